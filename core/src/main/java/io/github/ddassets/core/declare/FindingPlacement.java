package io.github.ddassets.core.declare;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.LoadedSpec;
import io.github.ddassets.core.config.TemplateException;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Moves the spec findings that point into template files onto the declaration that brought the
 * template in (the annotation's {@code templates}), keeping the template position in the message,
 * and moves an unused override onto the {@code @TemplateOverride} that is not used. A compiler
 * diagnostic can only point at source, and these are the places a user can fix. Findings on
 * declarations then speak of them as the sources do ({@link SourceNames}).
 */
final class FindingPlacement {

  private final DeclaredConfig config;
  private final ConfigTemplates templates;

  FindingPlacement(DeclaredConfig config, ConfigTemplates templates) {
    this.config = config;
    this.templates = templates;
  }

  List<Finding> place(List<Finding> findings, LoadedSpec loaded) {
    if (findings.isEmpty()) {
      return List.of(); // the usual case: no need to map every node of the spec to its owner
    }
    Map<Origin, Origin> blame = blame(loaded);
    Map<String, Origin> blameByFile = new HashMap<>();
    blame.forEach(
        (origin, owner) -> {
          if (origin instanceof FileOrigin file) {
            blameByFile.putIfAbsent(file.path(), owner);
          }
        });
    boolean declaredOverrideUnused =
        findings.stream()
            .anyMatch(
                f -> f.rule() == Rule.SPEC_OVERRIDE_UNUSED && !(f.origin() instanceof FileOrigin));
    boolean failingOverride =
        findings.stream()
            .anyMatch(f -> f.rule() == Rule.SPEC_OVERRIDE_UNUSED && failingOverride(f).isPresent());
    SourceNames names = SourceNames.of(loaded, config);
    List<Finding> placed = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.rule() == Rule.SPEC_OVERRIDE_UNUSED
          && finding.origin() instanceof FileOrigin
          && declaredOverrideUnused) {
        // The loader tries an unused override on every template of the level, nested ones
        // included; the finding on the declared template says it once.
        continue;
      }
      if (finding.rule() == Rule.SPEC_OVERRIDE_UNUSED
          && !(finding.origin() instanceof FileOrigin)
          && failingOverride
          && failingOverride(finding).isEmpty()) {
        // The same, for the other declared templates of the level: the override is reported
        // once, on the @TemplateOverride that declares it.
        continue;
      }
      if (finding.origin() instanceof FileOrigin file) {
        Origin owner =
            blame.getOrDefault(
                file, blameByFile.getOrDefault(file.path(), config.integration().origin()));
        placed.add(
            new Finding(
                finding.rule(),
                owner,
                finding.message() + " (in " + file.describe() + ")",
                finding.hint()));
      } else if (finding.rule() == Rule.SPEC_OVERRIDE_UNUSED) {
        placed.add(withoutEntry(unusedOverride(finding)));
      } else if (finding.rule() == Rule.SPEC_TEMPLATE_UNKNOWN) {
        placed.add(withoutEntry(finding));
      } else {
        placed.add(
            new Finding(
                finding.rule(), finding.origin(), names.rename(finding.message()), finding.hint()));
      }
    }
    return placed;
  }

  /**
   * A finding on a template reference or one of its overrides, without the place of the spec entry
   * ({@code option #2}): it sits on the annotation it is about, and the entry's number counts the
   * options of the expanded spec, which the sources never show.
   */
  private static Finding withoutEntry(Finding finding) {
    return new Finding(
        finding.rule(),
        finding.origin(),
        SourceNames.withoutEntry(finding.message()),
        finding.hint());
  }

  /** Each origin in the loaded spec, mapped to the declaration of the section that holds it. */
  private Map<Origin, Origin> blame(LoadedSpec loaded) {
    Map<Origin, Origin> blame = new HashMap<>();
    List<YamlMap> files = loaded.files();
    for (int index = 0; index < files.size(); index++) {
      boolean autoConf = index > 0;
      for (YamlNode entry : ((YamlList) files.get(index).get("options")).items()) {
        Origin owner = autoConf ? autoConfOwner() : sectionOwner(entry);
        collect(entry, owner, blame);
      }
    }
    return blame;
  }

  private Origin sectionOwner(YamlNode entry) {
    Object name = entry instanceof YamlMap map ? map.value("name") : null;
    Origin integration = config.integration().origin();
    if (ConfigSection.INIT_CONFIG.key().equals(name)) {
      return config
          .initConfig()
          .map(init -> init.origin().attribute(Vocabulary.InitConfig.TEMPLATES))
          .orElse(integration);
    }
    if (ConfigSection.INSTANCES.key().equals(name)) {
      return config
          .instances()
          .map(instances -> instances.origin().attribute(Vocabulary.InstanceConfig.TEMPLATES))
          .orElse(integration);
    }
    if ("logs".equals(name)) {
      return config.logs().map(LogsDeclaration::origin).orElse(integration);
    }
    // Anything else in the main file came from a template placed beside the sections.
    return config
        .instances()
        .filter(instances -> !instances.layout().fileTemplates().isEmpty())
        .map(instances -> instances.origin().attribute(Vocabulary.InstanceConfig.FILE_TEMPLATES))
        .orElse(integration);
  }

  private Origin autoConfOwner() {
    return config
        .autoConf()
        .map(autoConf -> autoConf.origin().attribute(Vocabulary.AutoConf.TEMPLATES))
        .orElse(config.integration().origin());
  }

  private static void collect(YamlNode node, Origin owner, Map<Origin, Origin> blame) {
    blame.putIfAbsent(node.origin(), owner);
    if (node instanceof YamlMap map) {
      for (Object key : map.keys()) {
        blame.putIfAbsent(map.keyOrigin(key), owner);
        collect(map.get(key), owner, blame);
      }
    } else if (node instanceof YamlList list) {
      list.items().forEach(item -> collect(item, owner, blame));
    }
  }

  /**
   * The loader reports an unused override on its template entry; when one of the entry's overrides
   * does not apply on its own, that override is the one to fix.
   */
  private Finding unusedOverride(Finding finding) {
    return failingOverride(finding)
        .map(
            override ->
                new Finding(
                    finding.rule(),
                    override.origin().attribute(Vocabulary.TemplateOverride.PATH),
                    finding.message(),
                    finding.hint()))
        .orElse(finding);
  }

  /** The override of the declared template a finding is on that does not apply by itself. */
  private Optional<TemplateDeclaration.TemplateOverride> failingOverride(Finding finding) {
    Optional<TemplateDeclaration> template =
        allTemplates()
            .filter(
                declared ->
                    finding.origin().equals(declared.origin().attribute(Vocabulary.Template.VALUE)))
            .findFirst();
    if (template.isEmpty()) {
      return Optional.empty();
    }
    for (TemplateDeclaration.TemplateOverride override : template.get().overrides()) {
      if (!appliesAlone(template.get().name(), override)) {
        return Optional.of(override);
      }
    }
    return Optional.empty();
  }

  private boolean appliesAlone(String template, TemplateDeclaration.TemplateOverride override) {
    try {
      YamlNode value =
          YamlNode.fromPlain(YamlReader.read(override.value(), "override").toPlain(), Origin.NONE);
      Map<String, YamlNode> overrides = new HashMap<>();
      overrides.put(override.path(), value);
      return templates.applyOverrides(templates.load(template), overrides).isEmpty();
    } catch (TemplateException | YamlSyntaxException e) {
      return true; // reported elsewhere: an unknown template, or YAML that does not parse
    }
  }

  private Stream<TemplateDeclaration> allTemplates() {
    return Stream.of(
            config.initConfig().stream().flatMap(init -> init.templates().stream()),
            config.instances().stream().flatMap(instances -> instances.templates().stream()),
            config.instances().stream()
                .flatMap(instances -> instances.layout().fileTemplates().stream()),
            config.autoConf().stream().flatMap(autoConf -> autoConf.templates().stream()))
        .flatMap(stream -> stream);
  }
}
