package io.github.ddassets.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.JsonField;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.model.ServiceChecksFile.Shape;
import io.github.ddassets.core.read.JsonDocumentReader.JsonSyntaxException;
import io.github.ddassets.core.rules.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code service_checks.json}, keeping the position of every entry and value. */
public final class ServiceChecksReader {

  private ServiceChecksReader() {}

  /** Reads a file from disk; {@code displayPath} is how findings name it. */
  public static Parsed<ServiceChecksFile> read(Path file, String displayPath) {
    String text;
    try {
      text = TextFiles.readUtf8(file);
    } catch (IOException e) {
      return Parsed.failed(
          Rule.SERVICE_CHECKS_UNREADABLE.at(
              TextFiles.origin(e, displayPath), TextFiles.describe(e)));
    }
    return parse(text, displayPath);
  }

  /** Parses the text of a service-checks file. */
  public static Parsed<ServiceChecksFile> parse(String text, String displayPath) {
    JsonDocument document;
    try {
      document = JsonDocumentReader.parse(text, displayPath);
    } catch (JsonSyntaxException e) {
      return Parsed.failed(Rule.SERVICE_CHECKS_UNREADABLE.at(e.origin(), e.getMessage()));
    }
    JsonNode root = document.root();
    FileOrigin origin = FileOrigin.of(displayPath);
    if (root.isObject() && root.isEmpty()) {
      return Parsed.of(new ServiceChecksFile(origin, Shape.EMPTY_OBJECT, List.of(), text));
    }
    if (!root.isArray()) {
      return Parsed.of(new ServiceChecksFile(document.origin(""), Shape.OTHER, List.of(), text));
    }
    List<ServiceCheckEntry> entries = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      entries.add(entry(document, root.get(i), "/" + i));
    }
    return Parsed.of(new ServiceChecksFile(origin, Shape.ARRAY, entries, text));
  }

  private static ServiceCheckEntry entry(JsonDocument document, JsonNode node, String pointer) {
    FileOrigin origin = document.origin(pointer);
    if (!node.isObject()) {
      return new ServiceCheckEntry(origin, false, Map.of());
    }
    Map<String, JsonField> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String fieldPointer = pointer + "/" + JsonDocumentReader.escape(field.getKey());
      fields.put(field.getKey(), new JsonField(field.getValue(), document.origin(fieldPointer)));
    }
    return new ServiceCheckEntry(origin, true, fields);
  }
}
