package io.github.ddassets.core.yaml;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds insertion-ordered maps for expected values, as the YAML reader returns them. */
public final class OrderedMaps {

  private OrderedMaps() {}

  /** A map of alternating keys and values, in the order given. */
  public static Map<Object, Object> map(Object... keysAndValues) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
