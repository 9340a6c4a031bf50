package io.github.ddassets.core.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.model.FileOrigin;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses JSON into Jackson nodes while recording the line and column of every value under its JSON
 * pointer, so that findings on JSON files point at the offending value.
 */
public final class JsonDocumentReader {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String path;
  private final Map<String, FileOrigin> origins = new HashMap<>();

  private JsonDocumentReader(String path) {
    this.path = path;
  }

  /**
   * Parses a JSON text (surrounding whitespace ignored, as ddev strips it first).
   *
   * @throws JsonSyntaxException with the position of the first syntax error
   */
  public static JsonDocument parse(String text, String path) throws JsonSyntaxException {
    JsonDocumentReader reader = new JsonDocumentReader(path);
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonSyntaxException("the file holds no JSON value", FileOrigin.at(path, 1, 1));
      }
      JsonNode root = reader.value(parser, "");
      if (parser.nextToken() != null) {
        throw new JsonSyntaxException(
            "extra data after the JSON value", reader.origin(parser.currentTokenLocation()));
      }
      return new JsonDocument(path, root, reader.origins);
    } catch (JsonSyntaxException e) {
      throw e;
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      FileOrigin origin = location == null ? FileOrigin.of(path) : reader.origin(location);
      throw new JsonSyntaxException(e.getOriginalMessage(), origin);
    } catch (IOException e) {
      throw new JsonSyntaxException(TextFiles.describe(e), FileOrigin.of(path));
    }
  }

  private JsonNode value(JsonParser parser, String pointer) throws IOException {
    FileOrigin at = origin(parser.currentTokenLocation());
    origins.put(pointer, new FileOrigin(path, at.line(), at.column(), pointer));
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          object.set(key, value(parser, pointer + "/" + escape(key)));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, pointer + "/" + array.size()));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        // NaN and Infinity (accepted, as Python accepts them) have no BigDecimal form.
        return parser.isNaN()
            ? NODES.numberNode(parser.getDoubleValue())
            : NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonSyntaxException("unexpected " + token, origin(parser.currentTokenLocation()));
    }
  }

  private FileOrigin origin(JsonLocation location) {
    return new FileOrigin(
        path, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), "");
  }

  /** Escapes a key for use in a JSON pointer (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** Thrown when a text is not valid JSON; carries the position of the problem. */
  public static final class JsonSyntaxException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient FileOrigin origin;

    JsonSyntaxException(String message, FileOrigin origin) {
      super(message);
      this.origin = origin;
    }

    /** Where the problem is. */
    public FileOrigin origin() {
      return origin;
    }
  }
}
