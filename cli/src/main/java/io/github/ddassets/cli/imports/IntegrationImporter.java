package io.github.ddassets.cli.imports;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.check.FolderReport;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.LoadedIntegration;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Imports one integration folder into annotated Java: the check class with {@code @Integration},
 * one {@code @Metric} constant per {@code metadata.csv} row and one {@code @ServiceCheck} constant
 * per {@code service_checks.json} entry, the base manifest beside it, and the configuration types
 * of its {@code spec.yaml}.
 *
 * <p>The folder is validated first, as {@code ddassets validate --profile ddev} does. An error the
 * annotations can state is imported as it is, so that the build refuses it on the annotation value
 * that holds it; one no annotation states (a spec key ddev does not know) is left out with a note;
 * only a folder that cannot be read is refused ({@link FolderDefects}).
 */
public final class IntegrationImporter {

  private final ConfigTemplates templates;
  private final RepoOverrides overrides;
  private final boolean javadoc;

  /**
   * @param templates the templates the folder's spec is checked with
   * @param overrides the repository's overrides (prefixes of integrations without a manifest)
   * @param javadoc whether descriptions go to Javadoc rather than to {@code description} attributes
   */
  public IntegrationImporter(ConfigTemplates templates, RepoOverrides overrides, boolean javadoc) {
    this.templates = templates;
    this.overrides = overrides;
    this.javadoc = javadoc;
  }

  /**
   * Imports a folder.
   *
   * @param folder the integration folder
   * @param displayPaths how to name its files in findings
   * @param javaPackage the package of the generated types
   * @param className the check class's simple name, or empty for the default ({@link
   *     CheckClassNames#checkClass})
   */
  public ImportResult importFolder(
      IntegrationFolder folder,
      DisplayPaths displayPaths,
      String javaPackage,
      Optional<String> className) {
    FolderReport checked =
        FolderCheck.standard(new FolderCheckOptions(templates, false, overrides, displayPaths))
            .check(folder);
    LoadedIntegration loaded = checked.integration();
    List<Finding> errors =
        checked.report(Profile.DDEV).items().stream()
            .filter(item -> item.severity() == Severity.ERROR)
            .map(Report.Item::finding)
            .toList();
    FolderDefects defects = FolderDefects.of(errors);
    if (!defects.refusals().isEmpty()) {
      return ImportResult.refused(defects.refusals());
    }

    String name = folder.name();
    ClassName checkClass =
        ClassName.get(javaPackage, className.orElseGet(() -> CheckClassNames.checkClass(name)));
    String packagePath = javaPackage.isEmpty() ? "" : javaPackage.replace('.', '/') + "/";
    String basePath = packagePath + name + ".manifest.json";
    boolean hasSpec = Files.isRegularFile(folder.spec());
    boolean agentConfig = hasSpec || Files.isRegularFile(folder.example(ExampleFiles.CONF_EXAMPLE));
    ManifestImport.FolderFacts facts = facts(loaded);
    ManifestImport manifest =
        ManifestImport.of(name, loaded.manifest(), agentConfig, basePath, facts);

    // The display name @Integration ends up with: the manifest's, else (without a manifest) the
    // one its service checks agree on, else the name.
    String displayName =
        loaded
            .manifest()
            .map(source -> source.nonEmptyText(ManifestPointers.SOURCE_TYPE_NAME).orElse(name))
            .orElseGet(() -> facts.displayName().orElse(name));
    List<ImportedFile> files = new ArrayList<>();
    files.add(javaFile(checkClass(checkClass, loaded, manifest, displayName)));
    manifest.baseManifest().ifPresent(text -> files.add(new ImportedFile(basePath, text)));
    SpecImportOptions specOptions =
        new SpecImportOptions(javadoc, templates, Optional.of(displayName));
    List<String> notes = new ArrayList<>(defects.notes());
    if (hasSpec) {
      SpecImport spec =
          SpecImporter.importSpec(folder.spec(), javaPackage, checkClass, specOptions);
      if (!spec.findings().isEmpty()) {
        return ImportResult.refused(spec.findings());
      }
      spec.files().forEach(file -> files.add(javaFile(file)));
      specText(folder.spec())
          .ifPresent(
              text ->
                  LayoutNotes.example(
                      folder.example(ExampleFiles.CONF_EXAMPLE), text, name, templates, notes));
    } else if (agentConfig && ownsIntegration(loaded)) {
      Path example = folder.example(ExampleFiles.CONF_EXAMPLE);
      ExampleImporter.importExample(
              example, displayPaths.of(example), name, javaPackage, checkClass, specOptions, notes)
          .forEach(file -> files.add(javaFile(file)));
    } else if (agentConfig) {
      notes.add(
          "conf.yaml.example is not generated: the manifest has no assets.integration, where the"
              + " spec its @param blocks stand for would be declared");
    }
    notes.addAll(ImportNotes.of(loaded));
    LayoutNotes.assets(loaded, notes);
    return new ImportResult(files, List.of(), defects.reported(), notes);
  }

  /** Whether the folder's manifest, if it has one, has the keys of an integration with data. */
  private static boolean ownsIntegration(LoadedIntegration loaded) {
    return loaded
        .manifest()
        .map(manifest -> manifest.has(ManifestPointers.INTEGRATION))
        .orElse(true);
  }

  private static Optional<String> specText(Path spec) {
    try {
      return Optional.of(TextFiles.readUtf8(spec));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static ManifestImport.FolderFacts facts(LoadedIntegration loaded) {
    List<String> displayNames =
        loaded
            .assets()
            .serviceChecks()
            .map(ServiceChecksFile::entries)
            .orElse(List.<ServiceCheckEntry>of())
            .stream()
            .map(entry -> entry.text("integration"))
            .distinct()
            .toList();
    Optional<String> displayName =
        displayNames.size() == 1 && displayNames.get(0) != null && !displayNames.get(0).isEmpty()
            ? Optional.of(displayNames.get(0))
            : Optional.empty();
    boolean emptyMetadata =
        loaded.assets().metadata().map(file -> file.rows().isEmpty()).orElse(false);
    boolean emptyServiceChecks =
        loaded.assets().serviceChecks().map(file -> file.entries().isEmpty()).orElse(false);
    boolean emptyServiceChecksObject =
        loaded
            .assets()
            .serviceChecks()
            .map(file -> file.shape() == ServiceChecksFile.Shape.EMPTY_OBJECT)
            .orElse(false);
    List<String> metricNames =
        loaded.assets().metadata().map(MetadataFile::rows).orElse(List.<MetricRow>of()).stream()
            .map(MetricRow::metricName)
            .toList();
    boolean unsortedMetrics = !metricNames.equals(metricNames.stream().sorted().toList());
    boolean emptySampleTags =
        loaded
            .assets()
            .metadata()
            .filter(file -> file.headerNames().contains(MetadataColumn.SAMPLE_TAGS.header()))
            .filter(
                file ->
                    file.rows().stream()
                        .allMatch(row -> row.value(MetadataColumn.SAMPLE_TAGS).isEmpty()))
            .isPresent();
    return new ManifestImport.FolderFacts(
        Optional.ofNullable(loaded.assets().identity().metricPrefix()),
        displayName,
        emptyMetadata,
        emptyServiceChecks,
        emptyServiceChecksObject,
        unsortedMetrics,
        emptySampleTags);
  }

  private JavaFile checkClass(
      ClassName checkClass,
      LoadedIntegration loaded,
      ManifestImport manifest,
      String displayName) {
    String prefix = loaded.assets().identity().metricPrefix();
    String metricPrefix = prefix == null ? loaded.assets().identity().name() + "." : prefix;
    Set<String> everyRun =
        new HashSet<>(loaded.manifest().map(value -> value.metricsCheck()).orElse(List.of()));
    ConstantNames names = new ConstantNames();
    Descriptions descriptions = new Descriptions(javadoc);
    MetricConstants metrics = new MetricConstants(metricPrefix, everyRun, names, descriptions);
    ServiceCheckConstants checks =
        new ServiceCheckConstants(metricPrefix, displayName, names, descriptions);

    TypeSpec.Builder type =
        TypeSpec.classBuilder(checkClass)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The {@code $L} integration: its metrics, service checks and manifest.\n",
                loaded.assets().identity().name());
    manifest.annotations().forEach(type::addAnnotation);
    JmxImporter jmx = JmxImporter.of(loaded.folder(), new DisplayPaths(loaded.folder().dir(), ""));
    jmx.rules().forEach(type::addAnnotation);
    for (MetricRow row :
        loaded.assets().metadata().map(MetadataFile::rows).orElse(List.<MetricRow>of())) {
      type.addField(jmx.mark(row, metrics.constant(row)));
    }
    for (ServiceCheckEntry entry :
        loaded
            .assets()
            .serviceChecks()
            .map(ServiceChecksFile::entries)
            .orElse(List.<ServiceCheckEntry>of())) {
      type.addField(checks.constant(entry));
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return JavaFile.builder(checkClass.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static ImportedFile javaFile(JavaFile file) {
    String packagePath =
        file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
    return new ImportedFile(packagePath + file.typeSpec().name() + ".java", file.toString());
  }
}
