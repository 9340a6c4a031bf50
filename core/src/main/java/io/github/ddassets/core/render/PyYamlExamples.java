package io.github.ddassets.core.render;

import io.github.ddassets.core.yaml.PyYaml;

/** {@link ExampleYaml} as PyYAML writes it. */
final class PyYamlExamples implements ExampleYaml {

  static final PyYamlExamples INSTANCE = new PyYamlExamples();

  private PyYamlExamples() {}

  @Override
  public String block(Object value) {
    return PyYaml.dumpBlock(value);
  }

  @Override
  public String flowDoubleQuoted(Object value) {
    return PyYaml.dumpDoubleQuoted((String) value);
  }

  @Override
  public String flowOneLine(Object value) {
    return PyYaml.dumpFlow(value);
  }
}
