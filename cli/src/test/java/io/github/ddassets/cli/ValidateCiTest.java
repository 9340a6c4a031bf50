package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ddassets.core.read.ProjectFile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.testing.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What CI uses of {@code ddassets validate}: SARIF, rule levels, the project file, baselines and
 * the Markdown summary, on a copy of the example check's committed folder.
 */
class ValidateCiTest {

  private static final Path EXAMPLE = Path.of("../example-check/assets/jvm_runtime");
  private static final String LOADED =
      "jvm_runtime.class.loaded,gauge,,,,Classes currently loaded.,0,jvm_runtime,loaded classes,,";

  @TempDir Path repo;
  private Path folder;
  private Path metadata;

  @BeforeEach
  void copyTheExample() throws IOException {
    folder = repo.resolve("integrations/jvm_runtime");
    try (Stream<Path> files = Files.walk(EXAMPLE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = folder.resolve(EXAMPLE.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    metadata = folder.resolve("metadata.csv");
  }

  @Test
  void theCopy_isClean() {
    assertThat(CommandRun.of("validate", folder.toString()).exitCode()).isZero();
  }

  @Test
  void sarif_isValidAgainstTheSchema_withLocationsRelativeToTheRoot() throws IOException {
    replace(LOADED, LOADED.replace("gauge,,,", "gauge,,byts,"));

    CommandRun run =
        CommandRun.of(
            "validate", "--format", "sarif", "--sarif-root", repo.toString(), folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(SarifSchema.errors(run.out())).isEmpty();
    JsonNode sarifRun = JsonMapper.builder().build().readTree(run.out()).at("/runs/0");
    assertThat(sarifRun.at("/tool/driver/rules").size()).isEqualTo(Rule.values().length);
    assertThat(sarifRun.at("/tool/driver/version").asText()).isEqualTo(VersionProvider.version());
    JsonNode result = sarifRun.at("/results/0");
    assertThat(sarifRun.path("results").size()).isEqualTo(1);
    assertThat(result.path("ruleId").asText()).isEqualTo("metadata-unit-unknown");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("integrations/jvm_runtime/metadata.csv");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
    assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(33);
  }

  @Test
  void rule_setsALevel_orTurnsARuleOff() throws IOException {
    replace(LOADED, LOADED.replace("gauge,,,", "gauge,,byts,"));

    CommandRun warning =
        CommandRun.of("validate", "--rule", "metadata-unit-unknown=warning", folder.toString());
    CommandRun off =
        CommandRun.of("validate", "--rule=metadata-unit-unknown=off", folder.toString());

    assertThat(warning.exitCode()).isZero();
    assertThat(warning.out()).contains(": warning: [metadata-unit-unknown]");
    assertThat(off.exitCode()).isZero();
    assertThat(off.out()).isEmpty();
  }

  @Test
  void anUnknownRuleId_isAClearUsageError() {
    CommandRun run =
        CommandRun.of("validate", "--rule", "metadata-unit-unknwn=off", folder.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "--rule: `metadata-unit-unknwn` is not a rule id (did you mean"
                + " `metadata-unit-unknown`?)")
        .doesNotContain("Exception");
  }

  @Test
  void failOnWarning_failsARunWithWarningsOnly() throws IOException {
    replace(
        LOADED,
        LOADED.replace("Classes currently loaded.", "Classes unloaded since the JVM started."));

    CommandRun lenient = CommandRun.of("validate", folder.toString());
    CommandRun strict = CommandRun.of("validate", "--fail-on", "warning", folder.toString());
    CommandRun none =
        CommandRun.of(
            "validate",
            "--fail-on",
            "none",
            "--rule",
            "metadata-description-duplicate=error",
            folder.toString());

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.out()).contains("warning: [metadata-description-duplicate]");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(none.exitCode()).isZero();
    assertThat(none.out()).contains("error: [metadata-description-duplicate]");
  }

  @Test
  void theProjectFile_aboveThePath_setsLevelsFailOnAndUnits() throws IOException {
    replace(LOADED, LOADED.replace("gauge,,,", "gauge,,flux,"));
    replace("Classes unloaded since the JVM started.", "Classes currently loaded.");
    Files.writeString(
        repo.resolve(ProjectFile.NAME),
        """
        fail-on = "warning"

        [extend]
        units = ["flux"]
        """);

    CommandRun failing = CommandRun.of("validate", folder.toString());
    Files.writeString(
        repo.resolve(ProjectFile.NAME),
        """
        [rules]
        metadata-description-duplicate = "off"

        [extend]
        units = ["flux"]
        """);
    CommandRun passing = CommandRun.of("validate", folder.toString());
    CommandRun commandLineWins =
        CommandRun.of(
            "validate", "--rule", "metadata-description-duplicate=error", folder.toString());

    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.out())
        .doesNotContain("metadata-unit-unknown")
        .contains("warning: [metadata-description-duplicate]");
    assertThat(passing.exitCode()).isZero();
    assertThat(passing.out()).isEmpty();
    assertThat(commandLineWins.exitCode()).isEqualTo(1);
  }

  @Test
  void aBrokenProjectFile_isOneLineAndExitTwo() throws IOException {
    Files.writeString(repo.resolve(ProjectFile.NAME), "[rules]\nmetadata-unsorted = \"loud\"\n");

    CommandRun run = CommandRun.of("validate", folder.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            repo.resolve(ProjectFile.NAME).toAbsolutePath()
                + ": [rules] `loud` is not a level for metadata-unsorted: use off, warning or"
                + " error");
  }

  @Test
  void aBaseline_hidesKnownFindings_evenAfterLinesMove_andReportsOnlyTheNewOne()
      throws IOException {
    replace(LOADED, LOADED.replace("gauge,,,", "gauge,,byts,"));
    Path baseline = repo.resolve("ddassets-baseline.json");

    CommandRun record =
        CommandRun.of("validate", "--write-baseline", baseline.toString(), folder.toString());
    CommandRun known =
        CommandRun.of("validate", "--baseline", baseline.toString(), folder.toString());
    String newRow = "jvm_runtime.class.aaa,gauge,,byts,,Classes first.,0,jvm_runtime,aaa classes,,";
    replace(
        LOADED.replace("gauge,,,", "gauge,,byts,"),
        newRow + "\n" + LOADED.replace("gauge,,,", "gauge,,byts,"));
    CommandRun moved =
        CommandRun.of("validate", "--baseline", baseline.toString(), folder.toString());

    assertThat(record.exitCode()).isZero();
    assertThat(record.err()).endsWith("Recorded 1 finding in " + baseline + " (1 entries).\n");
    assertThat(Files.readString(baseline))
        .contains(
            "\"integration\" : \"jvm_runtime\",\n"
                + "    \"file\" : \"metadata.csv\",\n"
                + "    \"rule\" : \"metadata-unit-unknown\",\n"
                + "    \"subject\" : \"jvm_runtime.class.loaded unit_name\"");
    assertThat(known.exitCode()).isZero();
    assertThat(known.out()).isEmpty();
    assertThat(known.err()).contains("0 errors, 0 warnings. 1 known finding left out (baseline).");
    assertThat(moved.exitCode()).isEqualTo(1);
    assertThat(moved.out())
        .isEqualTo(
            folder
                + "/metadata.csv:2:30: error: [metadata-unit-unknown] `byts` is not a valid"
                + " unit_name (did you mean `byte`?)\n");
  }

  @Test
  void aBaseline_saysHowManyEntriesNoLongerOccur() throws IOException {
    Path baseline = repo.resolve("ddassets-baseline.json");
    replace(LOADED, LOADED.replace("gauge,,,", "gauge,,byts,"));
    CommandRun.of("validate", "--write-baseline", baseline.toString(), folder.toString());
    replace(LOADED.replace("gauge,,,", "gauge,,byts,"), LOADED);

    CommandRun run =
        CommandRun.of("validate", "--baseline", baseline.toString(), folder.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains(
            "0 known findings left out (baseline); 1 baseline entry no longer occurs: write the"
                + " baseline again to drop it.");
  }

  @Test
  void aBrokenBaseline_isAUsageError() throws IOException {
    Path baseline = Files.writeString(repo.resolve("b.json"), "[]");

    CommandRun run =
        CommandRun.of("validate", "--baseline", baseline.toString(), folder.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("--baseline: " + baseline + ": not a baseline file");
  }

  @Test
  void summary_appendsAMarkdownTableToTheFile() throws IOException {
    replace(LOADED, LOADED.replace("gauge,,,", "gauge,,byts,"));
    Path summary = Files.writeString(repo.resolve("step-summary.md"), "before\n");

    CommandRun run =
        CommandRun.of(
            "validate", "--format", "github", "--summary", summary.toString(), folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("::error file=");
    assertThat(Files.readString(summary))
        .startsWith("before\n### ddassets validate\n")
        .contains("| jvm\\_runtime | 1 | 0 | `metadata-unit-unknown` 1 |");
  }

  private void replace(String from, String to) throws IOException {
    String text = Files.readString(metadata);
    assertThat(text).contains(from);
    Files.writeString(metadata, text.replace(from, to));
  }
}
