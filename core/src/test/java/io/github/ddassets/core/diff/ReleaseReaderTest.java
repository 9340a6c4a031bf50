package io.github.ddassets.core.diff;

import static io.github.ddassets.core.diff.Fixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.output.GeneratedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three shapes a release comes in, and the inputs that cannot be compared. */
class ReleaseReaderTest {

  @TempDir Path dir;

  @Test
  void classOutput_isReadThroughItsGeneratedFolder() throws Exception {
    Path classes = dir.resolve("classes");
    generated(classes.resolve("META-INF/datadog/acme"));
    Release release = Fixture.read(classes, "classes");
    assertThat(release.integrations()).hasSize(1);
    IntegrationSnapshot acme = release.integrations().get(0);
    assertThat(acme.metrics()).containsOnlyKeys("acme.queue.depth", "acme.sent");
    assertThat(acme.serviceChecks()).containsOnlyKeys("acme.can_connect");
    assertThat(acme.options()).containsKeys("instances.url", "instances.timeout", "init_config");
    assertThat(acme.manifest()).isPresent();
    assertThat(acme.metrics().get("acme.sent").origin())
        .isEqualTo(FileOrigin.at("classes/META-INF/datadog/acme/metadata.csv", 3, 1));
  }

  @Test
  void jar_isReadLikeTheFolderItWasPackedFrom() throws Exception {
    Path classes = dir.resolve("classes");
    generated(classes.resolve("META-INF/datadog/acme"));
    Path jar = dir.resolve("acme-1.0.jar");
    pack(classes, jar);

    Release packed = Fixture.read(jar, "acme-1.0.jar");
    Release folder = Fixture.read(classes, "classes");

    assertThat(ReleaseDiff.compare(folder, packed).changes()).isEmpty();
    assertThat(packed.integrations().get(0).serviceChecks().get("acme.can_connect").origin())
        .hasToString(
            new FileOrigin(
                    "acme-1.0.jar!/META-INF/datadog/acme/assets/service_checks.json",
                    5,
                    14,
                    "/0/check")
                .toString());
  }

  @Test
  void generatedFiles_giveTheSnapshotOfTheFolderTheyAreWrittenTo() throws Exception {
    Path folder = dir.resolve("acme");
    generated(folder);
    GeneratedFiles files =
        new GeneratedFiles(
            "acme",
            Map.of(
                GeneratedFiles.METADATA, Fixture.METADATA,
                GeneratedFiles.SERVICE_CHECKS, Fixture.SERVICE_CHECKS,
                GeneratedFiles.SPEC, Fixture.SPEC,
                GeneratedFiles.MANIFEST, Fixture.MANIFEST));
    IntegrationSnapshot built = new ReleaseReader(ConfigTemplates.builtIn()).generated(files);
    IntegrationSnapshot read = Fixture.read(folder, "acme").integrations().get(0);
    assertThat(ReleaseDiff.compare(read, built)).isEmpty();
    assertThat(built.metrics().keySet()).isEqualTo(read.metrics().keySet());
    assertThat(built.options().keySet()).isEqualTo(read.options().keySet());
  }

  @Test
  void unreadableInputs_sayWhyInOneLine() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a jar");
    Files.createDirectories(dir.resolve("empty"));
    Path broken = acme(dir.resolve("broken"));
    Files.writeString(broken.resolve("service_checks.json"), "[\n  {\"check\": }\n]\n");
    Path jar = dir.resolve("plain.jar");
    pack(dir.resolve("empty"), jar);

    assertThatThrownBy(() -> Fixture.read(dir.resolve("missing"), "missing"))
        .isInstanceOf(UnreadableReleaseException.class)
        .hasMessage("missing is neither a folder nor a jar");
    assertThatThrownBy(() -> Fixture.read(dir.resolve("notes.txt"), "notes.txt"))
        .hasMessage("notes.txt is neither a folder nor a jar");
    assertThatThrownBy(() -> Fixture.read(jar, "plain.jar"))
        .hasMessage("plain.jar holds no META-INF/datadog folder");
    assertThatThrownBy(() -> Fixture.read(dir.resolve("empty"), "empty"))
        .hasMessage(
            "empty holds no integration (no metadata.csv, service_checks.json, spec or manifest)");
    assertThatThrownBy(() -> Fixture.read(broken, "broken"))
        .hasMessageStartingWith("broken/service_checks.json:2:13: ")
        .hasMessageNotContaining("\n");
  }

  private static void generated(Path folder) {
    Fixture.write(folder.resolve(GeneratedFiles.METADATA), Fixture.METADATA);
    Fixture.write(folder.resolve(GeneratedFiles.SERVICE_CHECKS), Fixture.SERVICE_CHECKS);
    Fixture.write(folder.resolve(GeneratedFiles.SPEC), Fixture.SPEC);
    Fixture.write(folder.resolve(GeneratedFiles.MANIFEST), Fixture.MANIFEST);
  }

  private static void pack(Path folder, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out);
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write("Manifest-Version: 1.0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }
}
