package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.compile;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options CI sets on the processor: rule levels, the failing threshold, the project file, and a
 * baseline that the build records and then leaves out.
 */
class CiOptionsTest {

  /** A metric whose unit is no unit of Datadog's. */
  private static final JavaFileObject FLUX =
      ManifestSource.complete()
          .body(
              "  /** Messages waiting in the queue. */",
              "  @Metric(type = MetricType.GAUGE, unit = \"flux\", emittedEveryRun = true)",
              "  static final String DEPTH = \"acme.queue.depth\";")
          .build();

  /** A manifest with a sales e-mail that is no address: a strict error. */
  private static final JavaFileObject BAD_EMAIL =
      ManifestSource.complete().set("author.salesEmail", "salesEmail = \"sales-at-acme\"").build();

  @TempDir Path dir;

  @Test
  void rules_setLevels_ofStrictRulesAndWarnings() {
    Compilation warning =
        compile(List.of("-Addassets.rules=manifest-email-invalid=warning"), BAD_EMAIL);
    Compilation off = compile(List.of("-Addassets.rules= manifest-email-invalid=off "), BAD_EMAIL);

    assertThat(warning).succeeded();
    assertThat(warning).hadWarningContaining("[manifest-email-invalid]");
    assertThat(off).succeededWithoutWarnings();
  }

  @Test
  void rules_refuseTurningDownADdevError_andUnknownIds() {
    Compilation compilation =
        compile(
            List.of("-Addassets.rules=metadata-unit-unknown=off,manifest-email-invalde=off"), FLUX);

    assertThat(compilation)
        .hadErrorContaining(
            "-Addassets.rules: `manifest-email-invalde` is not a rule id (did you mean"
                + " `manifest-email-invalid`?)");
    assertThat(compilation)
        .hadErrorContaining(
            "`metadata-unit-unknown=off` is not allowed in a build: metadata-unit-unknown is an"
                + " error of the ddev profile");
  }

  @Test
  void failOnWarning_makesWarningsErrors_onTheirElement() {
    JavaFileObject source = ManifestSource.complete().remove("author.salesEmail").build();

    Compilation compilation = compile(List.of("-Addassets.failOn=warning"), source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[manifest-key-documented] `/author` lacks the key `sales_email`")
        .inFile(source);
    assertThat(compile(List.of("-Addassets.failOn=none"), source))
        .hadErrorContaining("-Addassets.failOn=none is not error or warning");
  }

  @Test
  void theProjectFile_addsUnits_andSetsLevels() throws IOException {
    Path config =
        Files.writeString(
            dir.resolve(".ddassets.toml"),
            """
            [rules]
            manifest-email-invalid = "warning"

            [extend]
            units = ["flux"]
            """);

    assertThat(compile(FLUX)).hadErrorContaining("[metadata-unit-unknown] `flux`");
    assertThat(compile(List.of("-Addassets.config=" + config), FLUX)).succeededWithoutWarnings();
    assertThat(compile(List.of("-Addassets.config=" + config), BAD_EMAIL))
        .hadWarningContaining("[manifest-email-invalid]");
  }

  @Test
  void aBrokenProjectFile_isAnOptionError() throws IOException {
    Path config = Files.writeString(dir.resolve(".ddassets.toml"), "[extend]\nunit = []\n");

    assertThat(compile(List.of("-Addassets.config=" + config), FLUX))
        .hadErrorContaining(
            "-Addassets.config: "
                + config
                + ": [extend] `unit` is not a key ddassets knows (use classifier-tags,"
                + " global-metric-prefixes, units)");
  }

  @Test
  void aRecordedBaseline_leavesItsFindingsOut_butNotNewOnes() throws IOException {
    Path baseline = dir.resolve("baseline.json");

    Compilation record = compile(List.of("-Addassets.writeBaseline=" + baseline), BAD_EMAIL);
    Compilation known = compile(List.of("-Addassets.baseline=" + baseline), BAD_EMAIL);
    JavaFileObject both =
        ManifestSource.complete()
            .set("author.salesEmail", "salesEmail = \"sales-at-acme\"")
            .body(
                "  /** Messages waiting in the queue. */",
                "  @Metric(type = MetricType.GAUGE, unit = \"flux\", emittedEveryRun = true)",
                "  static final String DEPTH = \"acme.queue.depth\";")
            .build();
    Compilation fresh = compile(List.of("-Addassets.baseline=" + baseline), both);

    assertThat(record).succeeded();
    assertThat(record).hadNoteContaining("ddassets: recorded 1 finding(s) in " + baseline);
    assertThat(Files.readString(baseline))
        .contains("\"rule\" : \"manifest-email-invalid\"")
        .contains("\"file\" : \"test.AcmeCheck\"");
    assertThat(known).succeeded();
    assertThat(known)
        .hadNoteContaining("ddassets: 1 known finding(s) left out (baseline 1 entries)");
    assertThat(fresh).failed();
    assertThat(fresh).hadErrorContaining("[metadata-unit-unknown] `flux`");
    assertThat(fresh).hadErrorCount(1);
  }

  @Test
  void aMissingBaseline_isAnOptionError() {
    Path missing = dir.resolve("missing.json");

    assertThat(compile(List.of("-Addassets.baseline=" + missing), FLUX))
        .hadErrorContaining("-Addassets.baseline: cannot read " + missing + ": no such file");
  }
}
