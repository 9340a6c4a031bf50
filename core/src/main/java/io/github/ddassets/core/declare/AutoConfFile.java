package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlScalar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code auto_conf.yaml} file of a spec: {@code ad_identifiers}, an empty {@code init_config},
 * and one instance made of the instance type's required options and those given an Autodiscovery
 * example, followed by the declared templates.
 */
final class AutoConfFile {

  static final String NAME = "auto_conf.yaml";

  private final OptionBuilder options;
  private final ConfigSpecBuilder builder;

  AutoConfFile(OptionBuilder options, ConfigSpecBuilder builder) {
    this.options = options;
    this.builder = builder;
  }

  YamlMap build(AutoConfDeclaration autoConf, Optional<ConfigDeclaration> instances) {
    Origin origin = autoConf.origin();
    YamlMap file = new YamlMap(origin);
    ConfigSpecBuilder.put(file, "name", NAME, origin);
    YamlList entries = new YamlList(origin);
    entries.add(adIdentifiers(autoConf));
    YamlMap initConfig = new YamlMap(origin);
    ConfigSpecBuilder.put(initConfig, "template", "init_config", origin);
    initConfig.put("options", new YamlList(origin), origin);
    entries.add(initConfig);
    YamlMap instance = new YamlMap(origin);
    ConfigSpecBuilder.put(instance, "template", "instances", origin);
    instance.put("options", instanceOptions(autoConf, instances), origin);
    entries.add(instance);
    file.put("options", entries, origin);
    return file;
  }

  private static YamlMap adIdentifiers(AutoConfDeclaration autoConf) {
    Origin origin = autoConf.origin().attribute(Vocabulary.AutoConf.AD_IDENTIFIERS);
    YamlMap entry = new YamlMap(autoConf.origin());
    ConfigSpecBuilder.put(entry, "template", "ad_identifiers", autoConf.origin());
    YamlMap overrides = new YamlMap(origin);
    overrides.put(
        "value.example", ConfigSpecBuilder.plain(autoConf.adIdentifiers(), origin), origin);
    entry.put("overrides", overrides, origin);
    return entry;
  }

  private YamlList instanceOptions(
      AutoConfDeclaration autoConf, Optional<ConfigDeclaration> instances) {
    YamlList children = new YamlList(autoConf.origin());
    Map<String, OptionBuilder.Example> examples = new HashMap<>();
    Map<String, AutoConfDeclaration.Example> declared = new HashMap<>();
    for (AutoConfDeclaration.Example example : autoConf.examples()) {
      examples.put(
          example.param(),
          new OptionBuilder.Example(
              example.value(), example.origin().attribute(Vocabulary.ParamValue.VALUE)));
      declared.put(example.param(), example);
    }
    Set<String> known = new HashSet<>();
    for (ParamDeclaration param : instances.map(ConfigDeclaration::params).orElse(List.of())) {
      String name = param.effectiveName();
      known.add(name);
      if (param.required() || examples.containsKey(name)) {
        YamlMap option = options.option(param, Optional.ofNullable(examples.get(name)));
        AutoConfDeclaration.Example example = declared.get(name);
        if (example != null && !example.description().isEmpty()) {
          Origin described = example.origin().attribute(Vocabulary.ParamValue.DESCRIPTION);
          option.put("description", new YamlScalar(example.description(), described), described);
        }
        children.add(option);
      }
    }
    for (AutoConfDeclaration.Example example : autoConf.examples()) {
      if (!known.contains(example.param())) {
        builder.report(
            Rule.SOURCE_ATTRIBUTE_INVALID.at(
                example.origin().attribute(Vocabulary.ParamValue.PARAM),
                unknownOption(example.param(), instances)));
      }
    }
    autoConf.templates().forEach(template -> children.add(builder.templateEntry(template)));
    return children;
  }

  /** Why an Autodiscovery example names no option, naming the type it was looked up in. */
  private static String unknownOption(String param, Optional<ConfigDeclaration> instances) {
    if (instances.isEmpty()) {
      return "`"
          + param
          + "` names no option: @ParamValue gives an example to an option of the integration's"
          + " @InstanceConfig type, and the integration declares none";
    }
    String type = instances.get().typeName();
    return "`"
        + param
        + "` is not an option of the @InstanceConfig type "
        + type.substring(type.lastIndexOf('.') + 1);
  }
}
