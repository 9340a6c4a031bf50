package io.github.ddassets.core.spec;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** {@link ExampleYaml} as PyYAML writes it. */
final class PyYamlExamples implements ExampleYaml {

  static final PyYamlExamples INSTANCE = new PyYamlExamples();

  private PyYamlExamples() {}

  @Override
  public String block(Object value) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setWidth(80);
    options.setAllowUnicode(false);
    return new Yaml(options).dump(value);
  }

  @Override
  public String flowDoubleQuoted(Object value) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
    options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
    options.setAllowUnicode(false);
    return new Yaml(options).dump(value);
  }

  @Override
  public String flowOneLine(Object value) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
    options.setWidth(Integer.MAX_VALUE);
    options.setAllowUnicode(false);
    return new Yaml(options).dump(value);
  }
}
