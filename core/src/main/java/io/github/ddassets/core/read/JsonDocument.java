package io.github.ddassets.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.model.FileOrigin;
import java.util.Map;

/**
 * A parsed JSON file that remembers where every value was written.
 *
 * @param path how findings name the file
 * @param root the top-level value
 * @param origins the position of each value by JSON pointer ({@code ""} for the root)
 */
public record JsonDocument(String path, JsonNode root, Map<String, FileOrigin> origins) {

  public JsonDocument {
    origins = Map.copyOf(origins);
  }

  /** The position of the value at a JSON pointer, or of its closest known parent. */
  public FileOrigin origin(String pointer) {
    String current = pointer;
    while (true) {
      FileOrigin origin = origins.get(current);
      if (origin != null) {
        return origin;
      }
      if (current.isEmpty()) {
        return FileOrigin.of(path);
      }
      current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
    }
  }
}
