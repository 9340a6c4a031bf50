package io.github.ddassets.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A value of a JSON object with where it was written.
 *
 * @param value the JSON value (treat as read-only)
 * @param origin its position
 */
public record JsonField(JsonNode value, Origin origin) {

  public JsonField {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
  }
}
