package io.github.ddassets.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One item of {@code service_checks.json}.
 *
 * @param origin the item as a whole
 * @param isObject whether the item is a JSON object (anything else is an error)
 * @param fields the object's keys and values in file order; empty when not an object
 */
public record ServiceCheckEntry(Origin origin, boolean isObject, Map<String, JsonField> fields) {

  /** The seven keys of an entry, in the order real files write them. */
  public static final List<String> KEYS =
      List.of("agent_version", "integration", "check", "statuses", "groups", "name", "description");

  public ServiceCheckEntry {
    Objects.requireNonNull(origin, "origin");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The field of a key, or null. */
  public JsonField field(String key) {
    return fields.get(key);
  }

  /** The text of a string field, or null when absent or not a string. */
  public String text(String key) {
    JsonField field = fields.get(key);
    return field != null && field.value().isTextual() ? field.value().textValue() : null;
  }

  /** The origin of a field, or of the entry when the field is absent. */
  public Origin originOf(String key) {
    JsonField field = fields.get(key);
    return field == null ? origin : field.origin();
  }
}
