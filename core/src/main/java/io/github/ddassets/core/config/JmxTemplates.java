package io.github.ddassets.core.config;

import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.Optional;

/**
 * Whether a configuration spec uses the JMX templates the way ddev looks for them: an item {@code
 * template: init_config} of some file's options whose own options hold {@code template:
 * init_config/jmx}, and the same for {@code instances} and {@code instances/jmx}. A JMX template
 * nested anywhere else is not seen, as ddev does not see it.
 *
 * @param initConfig whether init_config uses init_config/jmx
 * @param instances whether instances uses instances/jmx
 */
public record JmxTemplates(boolean initConfig, boolean instances) {

  /** What a spec document, as read, uses. */
  public static JmxTemplates of(YamlNode spec) {
    boolean init = false;
    boolean instances = false;
    if (spec instanceof YamlMap root && root.get("files") instanceof YamlList files) {
      for (YamlNode file : files.items()) {
        if (file instanceof YamlMap fileMap && fileMap.get("options") instanceof YamlList options) {
          for (YamlNode option : options.items()) {
            init |= holds(option, "init_config", "init_config/jmx");
            instances |= holds(option, "instances", "instances/jmx");
          }
        }
      }
    }
    return new JmxTemplates(init, instances);
  }

  /**
   * What an example file says of {@code init_config.is_jmx}: its truth as Python reads it, or empty
   * when the file does not set it or is not YAML.
   *
   * @param exampleText the text of a {@code conf.yaml.example}
   * @param displayPath how to name it
   */
  public static Optional<Boolean> isJmx(String exampleText, String displayPath) {
    try {
      YamlNode root = YamlReader.read(exampleText, displayPath);
      if (root instanceof YamlMap map
          && map.get("init_config") instanceof YamlMap init
          && init.has("is_jmx")) {
        Object value = init.value("is_jmx");
        return Optional.of(value != null && !Boolean.FALSE.equals(value) && !"".equals(value));
      }
      return Optional.empty();
    } catch (YamlSyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean holds(YamlNode option, String section, String template) {
    if (!(option instanceof YamlMap map) || !section.equals(map.value("template"))) {
      return false;
    }
    if (!(map.get("options") instanceof YamlList inner)) {
      return false;
    }
    return inner.items().stream()
        .anyMatch(
            item -> item instanceof YamlMap itemMap && template.equals(itemMap.value("template")));
  }
}
