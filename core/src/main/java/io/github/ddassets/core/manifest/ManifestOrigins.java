package io.github.ddassets.core.manifest;

import io.github.ddassets.core.model.Origin;
import java.util.Map;
import java.util.Objects;

/**
 * Where each value of a manifest was written, by JSON pointer. A manifest read from a file maps
 * pointers to file positions; a manifest built from annotations maps them to annotation values.
 */
@FunctionalInterface
public interface ManifestOrigins {

  /**
   * The origin of the value at a JSON pointer, or of its closest parent that has one, so that a
   * finding about a missing key points at the object that lacks it.
   */
  Origin at(String pointer);

  /** One origin for every value, for example the annotated check class. */
  static ManifestOrigins everywhere(Origin origin) {
    Objects.requireNonNull(origin, "origin");
    return pointer -> origin;
  }

  /**
   * Origins given for some pointers; any other pointer takes the origin of its closest parent
   * listed, else {@code fallback}.
   */
  static ManifestOrigins byPointer(Map<String, ? extends Origin> origins, Origin fallback) {
    Map<String, Origin> copy = Map.copyOf(origins);
    Objects.requireNonNull(fallback, "fallback");
    return pointer -> {
      String current = pointer;
      while (true) {
        Origin origin = copy.get(current);
        if (origin != null) {
          return origin;
        }
        if (current.isEmpty()) {
          return fallback;
        }
        current = ManifestPointers.parent(current);
      }
    };
  }
}
