package io.github.ddassets.core.yaml;

import io.github.ddassets.core.model.Origin;

/**
 * A node of a YAML document with its origin: a mapping, a sequence or a scalar.
 *
 * <p>Configuration specs are processed the way ddev processes them: templates are spliced in,
 * overrides written into them and defaults filled in, all in place. Nodes are therefore mutable
 * while a spec is being loaded; once loaded, a spec is only read.
 */
public abstract sealed class YamlNode permits YamlMap, YamlList, YamlScalar {

  private final Origin origin;

  YamlNode(Origin origin) {
    this.origin = origin;
  }

  /** Where the node was written. */
  public Origin origin() {
    return origin;
  }

  /** A deep copy (origins are shared: they are immutable). */
  public abstract YamlNode copy();

  /**
   * The node as plain Java values: {@link java.util.LinkedHashMap}, {@link java.util.ArrayList},
   * {@code String}, {@code Long}, {@code java.math.BigInteger}, {@code Double}, {@code Boolean} or
   * null.
   */
  public abstract Object toPlain();

  /** Builds a node from plain Java values, every node with the given origin. */
  public static YamlNode fromPlain(Object value, Origin origin) {
    if (value instanceof java.util.Map<?, ?> map) {
      YamlMap result = new YamlMap(origin);
      map.forEach((key, item) -> result.put(key, fromPlain(item, origin), origin));
      return result;
    }
    if (value instanceof java.util.List<?> list) {
      YamlList result = new YamlList(origin);
      list.forEach(item -> result.add(fromPlain(item, origin)));
      return result;
    }
    return new YamlScalar(PythonValues.normalize(value), origin);
  }
}
