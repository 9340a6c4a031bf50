package io.github.ddassets.cli.imports;

import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes spec values as the YAML text annotation attributes hold ({@code "8080"}, {@code "[a, b]"},
 * {@code "{k: v}"}), and only when reading that text back, as the processor does, gives the same
 * value.
 */
final class YamlText {

  private YamlText() {}

  /** The value as one line of flow YAML, or empty when the text would not read back the same. */
  static Optional<String> of(Object value) {
    // Plain scalars read best; text with line breaks needs double quotes to stay on one line.
    for (DumperOptions.ScalarStyle style :
        new DumperOptions.ScalarStyle[] {
          DumperOptions.ScalarStyle.PLAIN, DumperOptions.ScalarStyle.DOUBLE_QUOTED
        }) {
      DumperOptions options = new DumperOptions();
      options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
      options.setDefaultScalarStyle(style);
      options.setWidth(Integer.MAX_VALUE);
      options.setAllowUnicode(true);
      options.setSplitLines(false);
      String text = new Yaml(options).dump(value).strip();
      if (readsBack(text, value)) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** Whether the processor reads the text back as the value. */
  static boolean readsBack(String text, Object value) {
    try {
      return Objects.equals(YamlReader.read(text, "attribute").toPlain(), value);
    } catch (YamlSyntaxException e) {
      return false;
    }
  }
}
