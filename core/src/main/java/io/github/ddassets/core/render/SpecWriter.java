package io.github.ddassets.core.render;

import io.github.ddassets.core.yaml.YamlNode;

/**
 * Writes a spec tree as {@code spec.yaml} text, in the block style real specs use (PyYAML's default
 * layout: two-space indentation, list items at the indentation of their key).
 */
public final class SpecWriter {

  private SpecWriter() {}

  /** The YAML text of a spec (or of any node). */
  public static String write(YamlNode spec) {
    return PyYamlExamples.INSTANCE.block(spec.toPlain());
  }
}
