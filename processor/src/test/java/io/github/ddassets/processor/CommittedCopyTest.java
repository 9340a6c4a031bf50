package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.core.testing.Symlinks.link;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.generated;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ddassets.sync} and {@code ddassets.verify} options. */
class CommittedCopyTest {

  private static final JavaFileObject CHECK =
      RuleCase.acmeCheck(
          "  /** Messages waiting. */ @Metric(type = MetricType.GAUGE, unit = \"message\")",
          "  static final String DEPTH = \"acme.queue.depth\";",
          "  /** Returns `OK` when Acme answers. */ @ServiceCheck(name = \"Acme up\", agentVersion = \"7.59.0\")",
          "  static final String UP = \"acme.up\";");

  @TempDir Path repo;

  @Test
  void sync_writesTheGeneratedFilesIntoTheIntegrationFolder() throws IOException {
    Compilation compilation = compile(List.of("-Addassets.sync=" + repo), CHECK);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("ddassets: updated acme/assets/service_checks.json, acme/metadata.csv");
    assertThat(Files.readString(repo.resolve("acme/metadata.csv")))
        .isEqualTo(generated(compilation, "META-INF/datadog/acme/metadata.csv").orElseThrow());
    assertThat(Files.readString(repo.resolve("acme/assets/service_checks.json")))
        .isEqualTo(
            generated(compilation, "META-INF/datadog/acme/assets/service_checks.json")
                .orElseThrow());
  }

  @Test
  void verify_passesWhenTheCommittedCopyIsCurrent() {
    compile(List.of("-Addassets.sync=" + repo), CHECK);

    Compilation compilation = compile(List.of("-Addassets.verify=" + repo), CHECK);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void verify_toleratesCrlfCheckouts() throws IOException {
    compile(List.of("-Addassets.sync=" + repo), CHECK);
    Path metadata = repo.resolve("acme/metadata.csv");
    Files.writeString(metadata, Files.readString(metadata).replace("\n", "\r\n"));

    assertThat(compile(List.of("-Addassets.verify=" + repo), CHECK)).succeeded();
  }

  @Test
  void verify_failsWithADiffWhenTheCommittedCopyIsStale() throws IOException {
    compile(List.of("-Addassets.sync=" + repo), CHECK);
    Path metadata = repo.resolve("acme/metadata.csv");
    Files.writeString(
        metadata, Files.readString(metadata).replace("Messages waiting.", "Old text."));

    Compilation compilation = compile(List.of("-Addassets.verify=" + repo), CHECK);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            // javac indents the continuation lines of a diagnostic by two spaces.
            String.join(
                "\n  ",
                "[verify] acme/metadata.csv in " + repo + " differs from the generated file:",
                "--- committed/acme/metadata.csv",
                "+++ generated/acme/metadata.csv",
                "@@ -1,2 +1,2 @@",
                " metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric",
                "-acme.queue.depth,gauge,,message,,Old text.,0,acme,queue depth,",
                "+acme.queue.depth,gauge,,message,,Messages waiting.,0,acme,queue depth,"));
    // The way out is said once for the build, not once per stale file.
    assertThat(compilation)
        .hadNoteContaining(
            "To update the committed copy, build once with -Addassets.sync="
                + repo
                + ", or run the sync goal of ddassets-maven-plugin");
  }

  @Test
  void verify_ofSeveralStaleFiles_givesTheWayOutOnce() throws IOException {
    compile(List.of("-Addassets.sync=" + repo), CHECK);
    Files.delete(repo.resolve("acme/assets/service_checks.json"));
    Path metadata = repo.resolve("acme/metadata.csv");
    Files.writeString(
        metadata, Files.readString(metadata).replace("Messages waiting.", "Old text."));

    Compilation compilation = compile(List.of("-Addassets.verify=" + repo), CHECK);

    assertThat(compilation).hadErrorCount(2);
    assertThat(
            compilation.notes().stream()
                .filter(note -> note.getMessage(null).startsWith("To update the committed copy"))
                .count())
        .isEqualTo(1);
  }

  @Test
  void verify_failsWhenACommittedFileIsMissing() throws IOException {
    compile(List.of("-Addassets.sync=" + repo), CHECK);
    Files.delete(repo.resolve("acme/assets/service_checks.json"));

    Compilation compilation = compile(List.of("-Addassets.verify=" + repo), CHECK);

    assertThat(compilation)
        .hadErrorContaining("[verify] acme/assets/service_checks.json is missing from " + repo);
  }

  @Test
  void sync_refusesALinkedIntegrationFolder_asAnErrorNamingIt() throws IOException {
    Path committed = Files.createDirectories(repo.resolve("committed"));
    Path elsewhere = Files.createDirectories(repo.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("metadata.csv"), "precious\n");
    link(committed.resolve("acme"), elsewhere);

    Compilation compilation = compile(List.of("-Addassets.sync=" + committed), CHECK);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[sync] cannot write the generated files to "
                + committed
                + ": refusing to write "
                + committed.resolve("acme/assets/service_checks.json")
                + ": "
                + committed.resolve("acme")
                + " is a symbolic link, and ddassets never follows links inside the output"
                + " folder "
                + committed);
    assertThat(elsewhere.resolve("metadata.csv")).hasContent("precious");
    assertThat(elsewhere.resolve("assets")).doesNotExist();
  }

  @Test
  void syncAndVerify_onlySyncWhenThereAreErrors() {
    JavaFileObject broken =
        RuleCase.acmeCheck(
            "  @Metric(type = MetricType.GAUGE) static final String X = \"acme.Bad-Name\";");

    Compilation compilation = compile(List.of("-Addassets.sync=" + repo), broken);

    assertThat(compilation).failed();
    assertThat(repo.resolve("acme")).doesNotExist();
  }

  @Test
  void verify_checksAHandWrittenManifestAgainstTheFragment() throws IOException {
    compile(List.of("-Addassets.sync=" + repo), CHECK);
    // The check declares no manifest, so sync leaves the hand-written one alone.
    assertThat(repo.resolve("acme/manifest.json")).doesNotExist();
    assertThat(repo.resolve("acme/manifest.fragment.json")).doesNotExist();
    Files.writeString(
        repo.resolve("acme/manifest.json"),
        String.join(
            "\n",
            "{",
            "  \"assets\": {",
            "    \"integration\": {",
            "      \"source_type_name\": \"Acme\",",
            "      \"metrics\": {",
            "        \"prefix\": \"acme_\",",
            "        \"check\": \"acme.queue.depth\"",
            "      },",
            "      \"service_checks\": {",
            "        \"metadata_path\": \"assets/service_checks.json\"",
            "      }",
            "    }",
            "  }",
            "}"));

    Compilation compilation = compile(List.of("-Addassets.verify=" + repo), CHECK);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[verify] acme/manifest.json:6:19 in "
                + repo
                + " disagrees with the code: /assets/integration/metrics/prefix is \"acme_\" in"
                + " the manifest, \"acme.\" in the code");
    assertThat(compilation)
        .hadErrorContaining(
            "[verify] acme/manifest.json:7:18 in "
                + repo
                + " disagrees with the code: /assets/integration/metrics/check is"
                + " \"acme.queue.depth\" in the manifest, [] in the code");
    assertThat(compilation)
        .hadErrorContaining(
            "[verify] acme/manifest.json:5:18 in "
                + repo
                + " disagrees with the code: /assets/integration/metrics/metadata_path is missing"
                + " from the manifest, \"metadata.csv\" in the code");
  }

  @Test
  void verify_comparesAGeneratedManifestByteForByte() throws IOException {
    JavaFileObject check = ManifestSource.complete().build();
    compile(List.of("-Addassets.sync=" + repo), check);
    Path manifest = repo.resolve("acme/manifest.json");
    assertThat(manifest).exists();
    assertThat(repo.resolve("acme/manifest.fragment.json")).doesNotExist();
    assertThat(compile(List.of("-Addassets.verify=" + repo), check)).succeededWithoutWarnings();
    Files.writeString(manifest, Files.readString(manifest).replace("Acme Inc.", "Acme Corp."));

    Compilation compilation = compile(List.of("-Addassets.verify=" + repo), check);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            String.join(
                "\n  ",
                "[verify] acme/manifest.json in " + repo + " differs from the generated file:",
                "--- committed/acme/manifest.json",
                "+++ generated/acme/manifest.json"));
    assertThat(compilation).hadErrorContaining("-    \"name\": \"Acme Corp.\"");
  }
}
