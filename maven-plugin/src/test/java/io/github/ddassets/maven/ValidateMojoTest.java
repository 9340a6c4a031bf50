package io.github.ddassets.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {

  private static final String SERVICE_CHECKS =
      """
      [
          {
              "agent_version": "7.59.0",
              "integration": "Acme",
              "check": "acme.can_connect",
              "statuses": [
                  "ok",
                  "critical"
              ],
              "groups": [],
              "name": "Acme can connect",
              "description": "Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`."
          }
      ]
      """;

  @TempDir Path dir;

  private SampleModule module;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void cleanFolder() throws IOException {
    module =
        new SampleModule(dir)
            .upToDate("acme")
            .committed("assets/acme/assets/service_checks.json", SERVICE_CHECKS)
            .committed(".ddev/config.toml", "[overrides.metrics-prefix]\nacme = \"acme.\"\n");
  }

  @Test
  void cleanFolder_passesWithTheSummary() throws Exception {
    mojo().execute();

    assertThat(log.lines())
        .containsExactly("[INFO] Checked 1 integration (profile strict): 0 errors, 0 warnings.");
  }

  @Test
  void errors_areLoggedAsErrorsWithPathsFromTheModule_andFailTheBuild() throws IOException {
    module.committed(
        "assets/acme/metadata.csv", SampleModule.METADATA.replace(",message,", ",messages,"));

    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Checked 1 integration (profile strict): 1 error, 0 warnings.");
    assertThat(log.lines()).hasSize(1);
    assertThat(log.lines().get(0))
        .startsWith("[ERROR] assets/acme/metadata.csv:2:")
        .contains(": error: [metadata-unit-unknown] ");
  }

  @Test
  void failOnNone_onlyReports() throws Exception {
    module.committed(
        "assets/acme/metadata.csv", SampleModule.METADATA.replace(",message,", ",messages,"));
    ValidateMojo mojo = mojo();
    mojo.failOn = "none";

    mojo.execute();

    assertThat(log.lines())
        .last()
        .isEqualTo("[INFO] Checked 1 integration (profile strict): 1 error, 0 warnings.");
  }

  @Test
  void jsonReport_goesToTheOutputFile_relativeToTheModule() throws Exception {
    ValidateMojo mojo = mojo();
    mojo.format = "json";
    mojo.outputFile = new File("target/ddassets.json");

    mojo.execute();

    assertThat(Files.readString(dir.resolve("target/ddassets.json")))
        .contains("\"profile\" : \"strict\"")
        .contains("\"findings\" : [ ]");
    assertThat(log.lines())
        .containsExactly(
            "[INFO] Wrote the findings to target/ddassets.json (json).",
            "[INFO] Checked 1 integration (profile strict): 0 errors, 0 warnings.");
  }

  @Test
  void foldersAndRepoConfigGiven_areResolvedAgainstTheModule() throws Exception {
    ValidateMojo mojo = mojo();
    mojo.folders = List.of(new File("assets/acme"));
    // Looked for in the folder and its parent only, so give it.
    mojo.repoConfig = new File(".ddev/config.toml");

    mojo.execute();

    assertThat(log.lines())
        .containsExactly("[INFO] Checked 1 integration (profile strict): 0 errors, 0 warnings.");
  }

  @Test
  void missingFolder_isAPlainMessage() {
    ValidateMojo mojo = mojo();
    mojo.folders = List.of(new File("integrations"));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "integrations is not a folder: set <folders> to the integration folders to validate.");
  }

  @Test
  void defaultFolderMissing_isNothingToValidate() throws Exception {
    ValidateMojo mojo = mojo();
    mojo.project = new SampleModule(dir.resolve("empty")).project;

    mojo.execute();

    assertThat(log.lines()).containsExactly("[INFO] Nothing to validate: assets does not exist.");
  }

  @Test
  void unknownProfile_formatOrFailOn_isAPlainMessage() {
    ValidateMojo profile = mojo();
    profile.profile = "lenient";
    ValidateMojo format = mojo();
    format.format = "xml";
    ValidateMojo failOn = mojo();
    failOn.failOn = "always";

    assertThatThrownBy(profile::execute)
        .hasMessage("profile must be ddev or strict, not `lenient`.");
    assertThatThrownBy(format::execute)
        .hasMessage("format must be text, json, github, sarif, markdown, not `xml`.");
    assertThatThrownBy(failOn::execute)
        .hasMessage("failOn must be error, warning or none, not `always`.");
  }

  @Test
  void aWrittenBaseline_passesTheNextBuild_andANewFindingStillFailsIt() throws Exception {
    module.committed(
        "assets/acme/metadata.csv", SampleModule.METADATA.replace(",message,", ",messages,"));
    ValidateMojo record = mojo();
    record.writeBaseline = new File("ddassets-baseline.json");
    record.execute();
    ValidateMojo known = mojo();
    known.baseline = new File("ddassets-baseline.json");
    known.execute();
    ValidateMojo stricter = mojo();
    stricter.baseline = new File("ddassets-baseline.json");
    stricter.rules = List.of("metadata-unsorted=error");
    module.committed(
        "assets/acme/metadata.csv",
        SampleModule.METADATA.replace(",message,", ",messages,").replace(",gauge,", ",gauges,"));

    assertThat(Files.readString(dir.resolve("ddassets-baseline.json")))
        .contains("\"rule\" : \"metadata-unit-unknown\"");
    assertThat(log.lines())
        .containsExactly(
            "[INFO] Checked 1 integration (profile strict): 1 error, 0 warnings.",
            "[INFO] Recorded 1 finding(s) in ddassets-baseline.json (1 entries).",
            "[INFO] Checked 1 integration (profile strict): 0 errors, 0 warnings. 1 known finding"
                + " left out (baseline).");
    assertThatThrownBy(stricter::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "Checked 1 integration (profile strict): 1 error, 0 warnings. 1 known finding left out"
                + " (baseline).");
    assertThat(log.lines()).last().asString().contains("[metadata-type-invalid]");
  }

  @Test
  void rules_turnARuleOff_andAnUnknownIdIsAPlainMessage() throws Exception {
    module.committed(
        "assets/acme/metadata.csv", SampleModule.METADATA.replace(",message,", ",messages,"));
    ValidateMojo off = mojo();
    off.rules = List.of("metadata-unit-unknown=off");
    ValidateMojo unknown = mojo();
    unknown.rules = List.of("metadata-unit-unknwn=off");

    off.execute();

    assertThat(log.lines())
        .containsExactly("[INFO] Checked 1 integration (profile strict): 0 errors, 0 warnings.");
    assertThatThrownBy(unknown::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "rules: `metadata-unit-unknwn` is not a rule id (did you mean"
                + " `metadata-unit-unknown`?)");
  }

  @Test
  void sarif_namesFilesRelativeToWhereMavenStarted() throws Exception {
    module.committed(
        "assets/acme/metadata.csv", SampleModule.METADATA.replace(",message,", ",messages,"));
    ValidateMojo mojo = mojo();
    mojo.format = "sarif";
    mojo.failOn = "none";
    mojo.pluginVersion = "9.9";
    mojo.executionRoot = dir.getParent().toString();
    mojo.outputFile = new File("target/ddassets.sarif");

    mojo.execute();

    assertThat(Files.readString(dir.resolve("target/ddassets.sarif")))
        .contains("\"version\" : \"9.9\"")
        .contains("\"uri\" : \"" + dir.getFileName() + "/assets/acme/metadata.csv\"");
  }

  private ValidateMojo mojo() {
    ValidateMojo mojo = new ValidateMojo();
    mojo.project = module.project;
    mojo.executionRoot = dir.toString();
    mojo.profile = "strict";
    mojo.format = "text";
    mojo.failOn = "error";
    mojo.setLog(log);
    return mojo;
  }
}
