package io.github.ddassets.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.model.JsonField;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders {@code service_checks.json} as Python's {@code json.dumps(data, indent=4)} followed by a
 * newline (what {@code ddev validate service-checks --sync} writes), with each entry's keys in the
 * canonical order: agent_version, integration, check, statuses, groups, name, description.
 */
public final class ServiceChecksRenderer {

  private static final ObjectWriter WRITER = pythonStyleWriter(4);

  private ServiceChecksRenderer() {}

  /** The canonical text of the file. */
  public static String render(ServiceChecksFile file) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (ServiceCheckEntry entry : file.entries()) {
      array.add(canonicalObject(entry));
    }
    return write(array) + "\n";
  }

  private static JsonNode canonicalObject(ServiceCheckEntry entry) {
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (String key : ServiceCheckEntry.KEYS) {
      JsonField field = entry.field(key);
      if (field != null) {
        object.set(key, field.value());
      }
    }
    for (Map.Entry<String, JsonField> field : entry.fields().entrySet()) {
      if (!object.has(field.getKey())) {
        object.set(field.getKey(), field.getValue().value());
      }
    }
    return object;
  }

  private static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A writer that formats like Python's {@code json.dumps(indent=n)}: {@code ": "} between key and
   * value, no space before commas, {@code []} and {@code {}} for empty containers, and non-ASCII
   * characters escaped as lower-case {@code \\uXXXX}.
   */
  static ObjectWriter pythonStyleWriter(int indent) {
    DefaultIndenter indenter = new DefaultIndenter(" ".repeat(indent), "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();
    return mapper.writer(printer);
  }
}
