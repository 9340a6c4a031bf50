package io.github.ddassets.core.declare;

import java.util.ArrayList;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A parameter's default as one line of YAML, quoted where needed, for generated code to compose at
 * run time: the text itself for string and enum parameters, the parsed YAML for others.
 */
public final class DefaultValues {

  private DefaultValues() {}

  /** The default as flow YAML, or empty when the parameter has none (or it does not parse). */
  public static Optional<String> yaml(ParamDeclaration param) {
    if (param.values().defaultValue().isEmpty()) {
      return Optional.empty();
    }
    return new Snippets(new ArrayList<>())
        .value(param, param.values().defaultValue().get(), param.origin(), "default")
        .map(node -> dump(node.toPlain()));
  }

  private static String dump(Object value) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
    options.setWidth(Integer.MAX_VALUE);
    options.setAllowUnicode(true);
    return new Yaml(options).dump(value).strip();
  }
}
