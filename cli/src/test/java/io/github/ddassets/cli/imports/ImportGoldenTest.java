package io.github.ddassets.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java the import writes, against golden files reviewed for readability: the {@code acme}
 * fixture, and four integrations of the corpus: {@code trino} (a JMX check), {@code qdrant} (an
 * OpenMetrics check), {@code upstash} (an API integration with OAuth clients) and {@code ping} (a
 * conf.yaml.example without spec.yaml).
 *
 * <p>{@code -Dddassets.updateGoldens=true} rewrites the goldens from the current import (run from
 * the {@code cli} folder, as Maven does), for instance once the spec importer adds configuration
 * records.
 */
class ImportGoldenTest {

  private static final Path GOLDENS = Path.of("src/test/resources/goldens/ImportGoldenTest");

  @Test
  void acmeFixture() throws Exception {
    Path folder = Path.of(getClass().getResource("/imports/acme").toURI());
    check(folder, "com.acme");
  }

  @ParameterizedTest
  @ValueSource(strings = {"trino", "qdrant", "upstash", "ping"})
  void corpusIntegration(String name) throws Exception {
    check(SharedReference.corpus().resolve(name), "com.example." + name);
  }

  @Test
  void importIsDeterministic() throws Exception {
    Path folder = Path.of(getClass().getResource("/imports/acme").toURI());
    assertThat(imported(folder, "com.acme")).isEqualTo(imported(folder, "com.acme"));
  }

  private static void check(Path folder, String javaPackage) throws IOException {
    List<ImportedFile> files = imported(folder, javaPackage);
    Path golden = GOLDENS.resolve(folder.getFileName().toString());
    if (Boolean.getBoolean("ddassets.updateGoldens")) {
      ImportWriter.write(golden, files);
    }
    assertThat(files).extracting(ImportedFile::path).isEqualTo(goldenPaths(golden));
    for (ImportedFile file : files) {
      assertThat(file.content())
          .as(file.path())
          .isEqualTo(Files.readString(golden.resolve(file.path()), StandardCharsets.UTF_8));
    }
  }

  private static List<ImportedFile> imported(Path folder, String javaPackage) {
    ImportResult result =
        new IntegrationImporter(ConfigTemplates.builtIn(), RepoOverrides.NONE, false)
            .importFolder(
                IntegrationFolder.detect(folder).orElseThrow(),
                new DisplayPaths(folder, folder.getFileName().toString()),
                javaPackage,
                Optional.empty());
    assertThat(result.findings()).isEmpty();
    return result.files();
  }

  private static List<String> goldenPaths(Path golden) throws IOException {
    if (!Files.isDirectory(golden)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(golden)) {
      return walk.filter(Files::isRegularFile)
          .map(path -> golden.relativize(path).toString().replace('\\', '/'))
          .sorted((a, b) -> order(a) - order(b) != 0 ? order(a) - order(b) : a.compareTo(b))
          .toList();
    }
  }

  /** The import lists the check class, then the base manifest, then the config types. */
  private static int order(String path) {
    if (path.endsWith("Check.java")) {
      return 0;
    }
    return path.endsWith(".manifest.json") ? 1 : 2;
  }
}
