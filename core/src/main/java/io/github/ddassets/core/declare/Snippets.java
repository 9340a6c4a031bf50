package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlScalar;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the values written in annotation attributes: YAML, except for string and enum parameters,
 * whose examples and defaults are the text itself (so that {@code example = "8080"} on a {@code
 * String} is the string {@code 8080}, not a number).
 */
final class Snippets {

  private final List<Finding> findings;

  Snippets(List<Finding> findings) {
    this.findings = findings;
  }

  /** Whether a parameter's examples and defaults are plain text rather than YAML. */
  static boolean isText(ParamDeclaration param) {
    boolean textual =
        param.type() instanceof ParamType.EnumType
            || param.type() instanceof ParamType.ScalarType scalar
                && scalar.scalar() == ParamType.Scalar.STRING;
    return textual && param.constraints().anyOf().isEmpty();
  }

  /**
   * A parameter's value: its text when the parameter is textual, else the YAML it holds.
   *
   * @param what how findings name the value, such as "the example of `port`"
   */
  Optional<YamlNode> value(ParamDeclaration param, String text, Origin origin, String what) {
    if (isText(param)) {
      return Optional.of(new YamlScalar(text, origin));
    }
    return yaml(text, origin, what);
  }

  /** The YAML a text holds, every node with the given origin; empty (with a finding) if invalid. */
  Optional<YamlNode> yaml(String text, Origin origin, String what) {
    try {
      return Optional.of(YamlNode.fromPlain(YamlReader.read(text, what).toPlain(), origin));
    } catch (YamlSyntaxException e) {
      findings.add(Rule.SOURCE_YAML_INVALID.at(origin, what, e.getMessage()));
      return Optional.empty();
    }
  }
}
