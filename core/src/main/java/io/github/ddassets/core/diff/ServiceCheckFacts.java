package io.github.ddassets.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.model.JsonField;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.model.ServiceCheckEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a release says of one service check: an entry of service_checks.json.
 *
 * @param check the check name the Agent submits
 * @param name the displayed name
 * @param statuses the statuses, in file order
 * @param groups the tag keys, in file order
 * @param description the description
 * @param origin the entry's {@code check} value
 */
public record ServiceCheckFacts(
    String check,
    String name,
    List<String> statuses,
    List<String> groups,
    String description,
    Origin origin) {

  public ServiceCheckFacts {
    statuses = List.copyOf(statuses);
    groups = List.copyOf(groups);
  }

  /** The facts of an entry, or empty when it names no check. */
  public static Optional<ServiceCheckFacts> of(ServiceCheckEntry entry) {
    String check = entry.text("check");
    if (check == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ServiceCheckFacts(
            check,
            text(entry.text("name")),
            texts(entry.field("statuses")),
            texts(entry.field("groups")),
            text(entry.text("description")),
            entry.originOf("check")));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static List<String> texts(JsonField field) {
    List<String> texts = new ArrayList<>();
    if (field != null && field.value().isArray()) {
      for (JsonNode item : field.value()) {
        texts.add(item.asText());
      }
    }
    return texts;
  }

  /** What a renamed service check keeps: its statuses and description, when it has one. */
  String renameSignature() {
    return description.isEmpty() ? "" : String.join(",", statuses) + "\u0000" + description;
  }
}
