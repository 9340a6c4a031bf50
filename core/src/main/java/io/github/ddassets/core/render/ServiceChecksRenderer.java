package io.github.ddassets.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.model.JsonField;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import java.util.Map;

/**
 * Renders {@code service_checks.json} as Python's {@code json.dumps(data, indent=4)} followed by a
 * newline (what {@code ddev validate service-checks --sync} writes), with each entry's keys in the
 * canonical order: agent_version, integration, check, statuses, groups, name, description.
 */
public final class ServiceChecksRenderer {

  private static final int INDENT = 4;

  private ServiceChecksRenderer() {}

  /**
   * The text of a file built from declarations: its canonical text, or {@code {}} for a file
   * without service checks declared as an empty object ({@code @Layout(emptyServiceChecksObject)}).
   * Python's {@code json.dumps} writes an empty dict as {@code {}}, so that is canonical too.
   */
  public static String renderGenerated(ServiceChecksFile file) {
    if (file.shape() == ServiceChecksFile.Shape.EMPTY_OBJECT && file.entries().isEmpty()) {
      return "{}\n";
    }
    return render(file);
  }

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

  /**
   * Python's {@code json.dumps(indent=4)}: {@code ": "} between key and value, no space before
   * commas, {@code []} and {@code {}} for empty containers, non-ASCII characters escaped as
   * lower-case {@code \\uXXXX}. Written by hand rather than through Jackson's object mapper, whose
   * set-up the processor would otherwise pay for in every compilation.
   */
  private static String write(JsonNode node) {
    return PythonJson.dumps(node, INDENT, true);
  }
}
