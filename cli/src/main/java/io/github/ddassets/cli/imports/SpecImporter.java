package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.ddassets.annotations.InitConfig;
import io.github.ddassets.annotations.InstanceConfig;
import io.github.ddassets.core.declare.ConfigSection;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.input.MalformedTextException;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Severity;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Turns an integration's {@code assets/configuration/spec.yaml} into annotated config types: an
 * {@code @InitConfig} and an {@code @InstanceConfig} record, and {@code @Logs} and
 * {@code @AutoConf} holders when the spec has them. Compiled with the processor, they give the spec
 * back (equal as parsed YAML) and the same {@code conf.yaml.example}.
 *
 * <p>The spec is first loaded as ddev loads it: a spec ddev refuses gives its findings and no
 * types. A spec that uses what the annotations cannot declare gives {@code spec-import-unsupported}
 * findings, each at the line that uses it, and no types either.
 */
public final class SpecImporter {

  private SpecImporter() {}

  /**
   * Imports a spec with descriptions as attributes, checked with the built-in templates.
   *
   * @param spec the spec.yaml file
   * @param javaPackage the package of the generated types
   * @param checkClass the check class the config types belong to
   */
  public static SpecImport importSpec(Path spec, String javaPackage, ClassName checkClass) {
    return importSpec(spec, javaPackage, checkClass, SpecImportOptions.defaults());
  }

  /**
   * Imports a spec.
   *
   * @param spec the spec.yaml file
   * @param javaPackage the package of the generated types
   * @param checkClass the check class the config types belong to
   * @param options how descriptions are written and which templates check the spec
   */
  public static SpecImport importSpec(
      Path spec, String javaPackage, ClassName checkClass, SpecImportOptions options) {
    String shown = spec.toString();
    String text;
    try {
      text = TextFiles.readUtf8(spec);
    } catch (MalformedTextException e) {
      return refused(Rule.SPEC_UNREADABLE.at(TextFiles.origin(e, shown), "it is not UTF-8"));
    } catch (IOException e) {
      return refused(Rule.SPEC_UNREADABLE.at(FileOrigin.of(shown), TextFiles.describe(e)));
    }
    return importText(text, shown, integrationName(spec), javaPackage, checkClass, options);
  }

  /**
   * Imports a spec's text: a spec.yaml's, or the one an example without spec stands for ({@link
   * ExampleSpec}).
   *
   * @param text the spec
   * @param shown how findings name it
   * @param integration the integration it belongs to
   * @param javaPackage the package of the generated types
   * @param checkClass the check class the config types belong to
   * @param options how descriptions are written and which templates check the spec
   */
  static SpecImport importText(
      String text,
      String shown,
      String integration,
      String javaPackage,
      ClassName checkClass,
      SpecImportOptions options) {
    SpecRendering.Result loaded =
        SpecRendering.render(text, shown, integration, options.templates());
    List<Finding> errors = new ArrayList<>();
    for (Report.Item item : Report.of(Profile.DDEV, loaded.findings()).items()) {
      if (item.severity() == Severity.ERROR) {
        errors.add(item.finding());
      }
    }
    // Defects ddev reports are imported: as they are when an annotation states them, left out
    // (the keys ddev does not know) when none does. Only what cannot be read stops the import.
    FolderDefects defects = FolderDefects.of(errors);
    if (!defects.refusals().isEmpty()) {
      return SpecImport.refused(defects.refusals());
    }
    YamlNode document;
    try {
      document = YamlReader.read(text, shown);
    } catch (YamlSyntaxException e) {
      return refused(Rule.SPEC_UNREADABLE.at(e.origin(), e.getMessage()));
    }
    Unsupported unsupported = new Unsupported();
    List<TypeSpec> types =
        new SpecTypes(
                unsupported,
                defects.droppedSpecKeys(),
                options.javadocDescriptions(),
                checkClass,
                integration,
                options.displayName().orElseGet(() -> displayName(Path.of(shown), integration)))
            .types((YamlMap) document);
    if (unsupported.any()) {
      return SpecImport.refused(unsupported.findings());
    }
    List<JavaFile> files = new ArrayList<>();
    for (TypeSpec type : types) {
      files.add(JavaFile.builder(javaPackage, type).skipJavaLangImports(true).indent("  ").build());
    }
    return new SpecImport(files, List.of(), defects.reported());
  }

  /**
   * The integration a spec belongs to: the folder holding {@code assets/configuration}, or the
   * spec's own folder when the files are laid out side by side.
   */
  static String integrationName(Path spec) {
    Path folder = spec.toAbsolutePath().getParent();
    if (folder.getFileName() != null
        && folder.getFileName().toString().equals("configuration")
        && folder.getParent() != null
        && folder.getParent().getFileName().toString().equals("assets")) {
      folder = folder.getParent().getParent();
    }
    return folder.getFileName().toString();
  }

  /**
   * The display name the check class declares, as {@code ddassets import} writes it: the manifest's
   * {@code source_type_name} when the integration folder has a manifest that says it, else the
   * integration's name (the default of {@code @Integration(displayName)}).
   */
  static String displayName(Path spec, String integration) {
    Path folder = spec.toAbsolutePath().getParent();
    for (int up = 0; up < 3 && folder != null; up++, folder = folder.getParent()) {
      Path manifest = folder.resolve("manifest.json");
      if (folder.getFileName() != null
          && folder.getFileName().toString().equals(integration)
          && Files.isRegularFile(manifest)) {
        try {
          return ManifestReader.parse(TextFiles.readUtf8(manifest), "manifest.json")
              .value()
              .flatMap(Manifest::sourceTypeName)
              .orElse(integration);
        } catch (IOException e) {
          return integration;
        }
      }
    }
    return integration;
  }

  private static SpecImport refused(Finding finding) {
    return SpecImport.refused(List.of(finding));
  }

  /** Builds the types of one spec document. */
  private static final class SpecTypes {
    /** The section templates of the main file. */
    private static final List<String> SECTIONS = List.of("init_config", "instances", "logs");

    private final Unsupported unsupported;
    private final ClassName checkClass;
    private final String integration;
    private final OptionImporter options;
    private final TemplateImporter templates;
    private final SectionImporter sections;
    private final String base;
    private final String displayName;

    SpecTypes(
        Unsupported unsupported,
        Set<Origin> droppedKeys,
        boolean javadoc,
        ClassName checkClass,
        String integration,
        String displayName) {
      this.unsupported = unsupported;
      this.displayName = displayName;
      this.checkClass = checkClass;
      this.integration = integration;
      this.options = new OptionImporter(unsupported, droppedKeys, javadoc);
      this.templates = new TemplateImporter(unsupported);
      this.sections = new SectionImporter(unsupported, options, templates);
      String simple = checkClass.simpleName();
      this.base =
          simple.endsWith("Check") && simple.length() > "Check".length()
              ? simple.substring(0, simple.length() - "Check".length())
              : simple;
    }

    List<TypeSpec> types(YamlMap spec) {
      for (Object key : spec.keys()) {
        if (!key.equals("name") && !key.equals("files") && !key.equals("version")) {
          unsupported.at(spec.keyOrigin(key), "the spec's top-level key `" + key + "`");
        }
      }
      YamlMap main = null;
      YamlMap autoConf = null;
      for (YamlNode node : ((YamlList) spec.get("files")).items()) {
        YamlMap file = (YamlMap) node;
        String name = String.valueOf(file.value("name"));
        for (Object key : file.keys()) {
          if (!key.equals("name") && !key.equals("options")) {
            unsupported.at(file.keyOrigin(key), "the file key `" + key + "`");
          }
        }
        if (name.equals("auto_conf.yaml") && autoConf == null && main != null) {
          autoConf = file;
        } else if (main == null && name.equals(integration.toLowerCase(Locale.ROOT) + ".yaml")) {
          main = file;
        } else {
          unsupported.at(
              file.get("name").origin(),
              "the file `"
                  + name
                  + "`: the processor writes `"
                  + integration.toLowerCase(Locale.ROOT)
                  + ".yaml` then, optionally, `auto_conf.yaml`");
        }
      }
      if (main == null) {
        return List.of();
      }
      return mainFile(spec, main, autoConf);
    }

    private List<TypeSpec> mainFile(YamlMap spec, YamlMap file, YamlMap autoConfFile) {
      Map<String, YamlMap> byKey = new LinkedHashMap<>();
      // Templates placed beside the sections, after them (@InstanceConfig(fileTemplates)).
      List<AnnotationSpec> fileTemplates = new ArrayList<>();
      for (YamlNode node : ((YamlList) file.get("options")).items()) {
        YamlMap entry = node instanceof YamlMap map ? map : null;
        Object key = entry == null ? null : entry.value("template");
        if (SECTIONS.contains(key) && !byKey.containsKey(key)) {
          if (!fileTemplates.isEmpty()) {
            unsupported.at(
                node.origin(),
                "a section after a template placed beside the sections, which"
                    + " @InstanceConfig(fileTemplates) writes after the last section");
          }
          byKey.put((String) key, entry);
        } else if (key instanceof String && !SECTIONS.contains(key) && !entry.has("options")) {
          templates.template(entry, new ArrayList<>()).ifPresent(fileTemplates::add);
        } else {
          unsupported.at(
              node.origin(),
              "a main file entry other than the init_config, instances and logs sections, each"
                  + " once, and templates without `options` after them");
        }
      }
      if (!byKey.containsKey("instances")) {
        unsupported.at(file.keyOrigin("options"), "a main file without an instances section");
        return List.of();
      }
      List<String> order = List.copyOf(byKey.keySet());
      List<String> standard =
          byKey.containsKey("logs") ? SECTIONS : SECTIONS.subList(0, 2);
      List<TypeSpec> types = new ArrayList<>();
      if (byKey.containsKey("init_config")) {
        sections
            .read(byKey.get("init_config"), "init_config")
            .filter(section -> !isDefaultInit(section))
            .ifPresent(
                section ->
                    types.add(
                        SectionImporter.record(
                            base + "InitConfig",
                            config(InitConfig.class, Vocabulary.InitConfig.CHECK),
                            ConfigSection.INIT_CONFIG,
                            section,
                            "The options shared by every instance of the check.")));
      }
      AnnotationSpec.Builder instanceConfig =
          config(InstanceConfig.class, Vocabulary.InstanceConfig.CHECK);
      Object specName = spec.value("name");
      if (specName instanceof String name && !name.equals(displayName)) {
        instanceConfig.addMember(Vocabulary.InstanceConfig.SPEC_NAME, "$S", name);
      } else if (!(specName instanceof String)) {
        unsupported.at(spec.keyOrigin("name"), "a spec `name` that is not text");
      }
      if (spec.value("version") instanceof String version) {
        instanceConfig.addMember(Vocabulary.InstanceConfig.SPEC_VERSION, "$S", version);
      } else if (spec.has("version")) {
        unsupported.at(spec.keyOrigin("version"), "a spec `version` that is not text");
      }
      if (!order.equals(standard)) {
        instanceConfig.addMember(
            Vocabulary.InstanceConfig.SECTIONS,
            order.size() == 1 ? "$S" : "{" + "$S, ".repeat(order.size() - 1) + "$S}",
            order.toArray());
      }
      if (!fileTemplates.isEmpty()) {
        instanceConfig.addMember(
            Vocabulary.InstanceConfig.FILE_TEMPLATES, "$L", TemplateImporter.array(fileTemplates));
      }
      sections
          .read(byKey.get("instances"), "instances")
          .ifPresent(
              section ->
                  types.add(
                      SectionImporter.record(
                          base + "Instance",
                          instanceConfig,
                          ConfigSection.INSTANCES,
                          section,
                          "The options of one instance of the check.")));
      if (byKey.containsKey("logs")) {
        new LogsImporter(unsupported)
            .logs(byKey.get("logs"), integration, checkClass)
            .ifPresent(
                logs -> types.add(holder(base + "Logs", logs, "The log collection of the check.")));
      }
      if (autoConfFile != null) {
        List<YamlMap> instanceOptions = new ArrayList<>();
        if (byKey.get("instances").get("options") instanceof YamlList children) {
          children.items().stream()
              .filter(YamlMap.class::isInstance)
              .map(YamlMap.class::cast)
              .filter(option -> !option.has("template"))
              .forEach(instanceOptions::add);
        }
        new AutoConfImporter(unsupported, templates)
            .autoConf(autoConfFile, instanceOptions, checkClass)
            .ifPresent(
                autoConf ->
                    types.add(
                        holder(
                            base + "AutoConf",
                            autoConf,
                            "The Autodiscovery template of the check, {@code auto_conf.yaml}.")));
      }
      return types;
    }

    private AnnotationSpec.Builder config(Class<?> annotation, String check) {
      return AnnotationSpec.builder(annotation).addMember(check, "$T.class", checkClass);
    }

    /** An init_config section made of its default template alone needs no record. */
    private static boolean isDefaultInit(SectionImporter.Section section) {
      return section.components().isEmpty() && section.usesOnlyTemplate("init_config/default");
    }

    /** An interface that only carries file-level annotations. */
    private static TypeSpec holder(String name, List<AnnotationSpec> annotations, String summary) {
      return TypeSpec.interfaceBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .addAnnotations(annotations)
          .addJavadoc("$L\n", summary)
          .build();
    }
  }
}
