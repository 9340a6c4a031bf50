package io.github.ddassets.core.yaml;

import io.github.ddassets.core.model.Origin;

/**
 * A YAML scalar, resolved as PyYAML's safe loader resolves it: a {@code String}, {@code Long},
 * {@code java.math.BigInteger}, {@code Double}, {@code Boolean} or null.
 */
public final class YamlScalar extends YamlNode {

  private final Object value;

  /** A scalar with its resolved value. */
  public YamlScalar(Object value, Origin origin) {
    super(origin);
    this.value = PythonValues.normalize(value);
  }

  /** The resolved value. */
  public Object value() {
    return value;
  }

  @Override
  public YamlScalar copy() {
    return this;
  }

  @Override
  public Object toPlain() {
    return value;
  }
}
