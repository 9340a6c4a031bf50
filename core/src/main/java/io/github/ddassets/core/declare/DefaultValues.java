package io.github.ddassets.core.declare;

import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A parameter's default as one line of YAML, quoted where needed, for generated code to compose at
 * run time: the text itself for string and enum parameters, the parsed YAML for others.
 */
public final class DefaultValues {

  /**
   * A word YAML writes unquoted: a letter, then letters, digits, underscores, dots, dashes or
   * slashes, short enough to stay on one line.
   */
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_./-]{0,63}");

  /**
   * Words YAML 1.1 may read as booleans or null, in lower case: SnakeYAML quotes them to keep them
   * text, so they are left to it.
   */
  private static final Set<String> YAML11_WORDS =
      Set.of("yes", "no", "true", "false", "on", "off", "null", "y", "n");

  private DefaultValues() {}

  /** The default as flow YAML, or empty when the parameter has none (or it does not parse). */
  public static Optional<String> yaml(ParamDeclaration param) {
    if (param.values().defaultValue().isEmpty()) {
      return Optional.empty();
    }
    Optional<YamlNode> node =
        new Snippets(new ArrayList<>())
            .value(param, param.values().defaultValue().get(), param.origin(), "default");
    return node.isPresent() ? Optional.of(dump(node.get().toPlain())) : Optional.empty();
  }

  /**
   * The flow YAML of a value. Integers, booleans and words that need no quotes are written
   * directly, as SnakeYAML writes them: they are most defaults, and building a SnakeYAML dumper for
   * them costs a compilation more than the rest of the loader (see BENCHMARKS.md).
   * DefaultValuesTest compares both ways.
   */
  static String dump(Object value) {
    if (value instanceof Long || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof String text
        && PLAIN_WORD.matcher(text).matches()
        && !YAML11_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    return dumpWithSnakeYaml(value);
  }

  /** {@link #dump} by SnakeYAML's dumper alone, whatever the value (package-private for tests). */
  static String dumpWithSnakeYaml(Object value) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
    options.setWidth(Integer.MAX_VALUE);
    options.setAllowUnicode(true);
    return new Yaml(options).dump(value).strip();
  }
}
