package io.github.ddassets.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.check.FolderReport;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.read.Parsed;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.read.ServiceChecksReader;
import io.github.ddassets.core.render.ManifestRenderer;
import io.github.ddassets.core.render.MetadataRenderer;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.ServiceChecksRenderer;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Robustness properties over the real corpus: every reader and renderer, given a corpus file
 * damaged by a {@link Mutation} (byte flips, truncation, duplicated lines, YAML anchors and
 * aliases, deep nesting, huge tokens), ends with a model or findings, never an unexpected
 * exception, and within {@link SeededTries#BUDGET}. 310 tries in all, each with a fixed seed (see
 * {@link SeededTries}); skipped with a message when {@code ../shared} is absent.
 */
class MutatedCorpusTest {

  private static Path corpus() {
    return SharedReference.corpus();
  }

  private static Path ddevTemplates() {
    return SharedReference.reference().resolve("ddev-templates");
  }

  private static ConfigTemplates templates(Path... firstRoots) {
    List<TemplateRoot> roots = new ArrayList<>();
    for (Path root : firstRoots) {
      roots.add(TemplateRoot.directory(root, "templates"));
    }
    roots.add(TemplateRoot.directory(ddevTemplates(), "ddev-templates"));
    roots.add(TemplateRoot.builtIn());
    return new ConfigTemplates(roots);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A read gives a model, or at least one finding saying why not. */
  private static <T> T modelOrFinding(Parsed<T> parsed) {
    assertThat(parsed.value().isPresent() || !parsed.findings().isEmpty()).isTrue();
    return parsed.value().orElse(null);
  }

  @TestFactory
  Stream<DynamicTest> metadataReader_givesRowsOrFindings() {
    return SeededTries.of(
        1_000_000L,
        50,
        SeededTries.files(corpus(), "metadata.csv"),
        (file, damaged) -> {
          MetadataFile metadata =
              modelOrFinding(MetadataReader.parse(text(damaged), "metadata.csv"));
          if (metadata != null) {
            assertThat(MetadataRenderer.render(metadata)).isNotNull();
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> serviceChecksReader_givesEntriesOrFindings() {
    return SeededTries.of(
        2_000_000L,
        50,
        SeededTries.files(corpus(), "service_checks.json"),
        (file, damaged) -> {
          ServiceChecksFile checks =
              modelOrFinding(ServiceChecksReader.parse(text(damaged), "service_checks.json"));
          if (checks != null) {
            assertThat(ServiceChecksRenderer.render(checks)).isNotNull();
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> manifestReader_givesAManifestOrFindings() {
    return SeededTries.of(
        3_000_000L,
        50,
        SeededTries.files(corpus(), "manifest.json"),
        (file, damaged) -> {
          Manifest manifest = modelOrFinding(ManifestReader.parse(text(damaged), "manifest.json"));
          if (manifest != null) {
            assertThat(ManifestRenderer.render(manifest)).isNotNull();
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> specRendering_givesExamplesOrFindings() {
    ConfigTemplates templates = templates();
    return SeededTries.of(
        4_000_000L,
        70,
        SeededTries.files(corpus(), "spec.yaml"),
        (file, damaged) -> {
          SpecRendering.Result result =
              SpecRendering.render(
                  text(damaged), "spec.yaml", file.getParent().getFileName().toString(), templates);
          assertThat(result.findings().isEmpty() && result.examples().isEmpty()).isFalse();
          result.examples().forEach(example -> assertThat(example.text()).isNotNull());
        });
  }

  @TestFactory
  Stream<DynamicTest> damagedTemplates_giveExamplesOrFindings() {
    Path ddev = ddevTemplates();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(ddev)) {
      walk.filter(path -> path.toString().endsWith(".yaml")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return SeededTries.of(
        5_000_000L,
        30,
        files,
        (file, damaged) -> {
          String relative = ddev.relativize(file).toString().replace('\\', '/');
          Path overlay = Files.createTempDirectory("ddassets-templates-");
          try {
            Path copy = overlay.resolve(relative);
            Files.createDirectories(copy.getParent());
            Files.write(copy, damaged);
            String name = relative.substring(0, relative.length() - ".yaml".length());
            SpecRendering.Result result =
                SpecRendering.render(
                    "name: Acme\nfiles:\n- name: acme.yaml\n  options:\n  - template: "
                        + name
                        + "\n",
                    "spec.yaml",
                    "acme",
                    templates(overlay));
            for (RenderedExample example : result.examples()) {
              assertThat(example.text()).isNotNull();
            }
          } finally {
            delete(overlay);
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> folderCheck_givesAReport() {
    List<Path> files = new ArrayList<>();
    for (String name :
        List.of(
            "manifest.json",
            "metadata.csv",
            "service_checks.json",
            "spec.yaml",
            "conf.yaml.example")) {
      files.addAll(SeededTries.files(corpus(), name));
    }
    files.sort(Comparator.naturalOrder());
    ConfigTemplates templates = templates();
    return SeededTries.of(
        6_000_000L,
        60,
        files,
        (file, damaged) -> {
          Path root = Files.createTempDirectory("ddassets-folder-");
          try {
            Path folder = copyFolder(file.getParent(), root);
            Files.write(folder.resolve(file.getFileName()), damaged);
            FolderCheck check =
                FolderCheck.standard(
                    new FolderCheckOptions(
                        templates, true, RepoOverrides.NONE, new DisplayPaths(root, "corpus")));
            IntegrationFolder integration = IntegrationFolder.detect(folder).orElseThrow();
            FolderReport report = check.check(integration);
            assertThat(report.report(Profile.STRICT)).isNotNull();
          } finally {
            delete(root);
          }
        });
  }

  private static Path copyFolder(Path folder, Path root) throws IOException {
    Path copy = Files.createDirectories(root.resolve(folder.getFileName().toString()));
    try (Stream<Path> children = Files.list(folder)) {
      for (Path child : children.filter(Files::isRegularFile).toList()) {
        Files.copy(child, copy.resolve(child.getFileName()));
      }
    }
    return copy;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
