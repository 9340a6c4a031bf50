package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ddassets.core.testing.SarifSchema;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strict run over the integrations-extras corpus with its own baseline: a repository that
 * carries thousands of findings passes, and one new defect (in a row inserted at the top of a file,
 * so that every known finding below it moves a line) fails the run with exactly that finding.
 * Skipped, with a message, when ../shared is absent.
 */
class CorpusBaselineTest {

  private static final String ERRORS = "3130 errors";
  private static final String WARNINGS = "1047 warnings";
  private static final int FINDINGS = 3130 + 1047;
  private static final int ENTRIES = 4168;

  @TempDir Path work;

  @Test
  void theStrictRun_withItsOwnBaseline_passes_andOneNewDefectFailsWithExactlyThatFinding()
      throws IOException {
    Path extras = copy(SharedReference.corpus(), work.resolve("extras"));
    Path baseline = work.resolve("ddassets-baseline.json");

    CommandRun record =
        CommandRun.of("validate", "--write-baseline", baseline.toString(), extras.toString());
    CommandRun clean =
        CommandRun.of("validate", "--baseline", baseline.toString(), extras.toString());
    Path metadata = extras.resolve("ably/metadata.csv");
    String text = Files.readString(metadata);
    int header = text.indexOf('\n') + 1;
    Files.writeString(
        metadata,
        text.substring(0, header)
            + "ably.aaa.depth,gauge,60,byts,,Messages waiting.,0,ably,aaa depth,\n"
            + text.substring(header));
    CommandRun defect =
        CommandRun.of("validate", "--baseline", baseline.toString(), extras.toString());

    assertThat(record.exitCode()).isZero();
    assertThat(record.err())
        .contains("Checked 235 integrations (profile strict): " + ERRORS + ", " + WARNINGS + ".")
        .endsWith(
            "Recorded " + FINDINGS + " findings in " + baseline + " (" + ENTRIES + " entries).\n");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).isEmpty();
    assertThat(clean.err())
        .endsWith(
            "Checked 235 integrations (profile strict): 0 errors, 0 warnings. "
                + FINDINGS
                + " known findings left out (baseline).\n");
    assertThat(defect.exitCode()).isEqualTo(1);
    assertThat(defect.out())
        .isEqualTo(
            extras
                + "/ably/metadata.csv:2:25: error: [metadata-unit-unknown] `byts` is not a valid"
                + " unit_name (did you mean `byte`?)\n");
    assertThat(defect.err())
        .endsWith(
            "Checked 235 integrations (profile strict): 1 error, 0 warnings. "
                + FINDINGS
                + " known findings left out (baseline).\n");
  }

  @Test
  void theSarifLogOfTheWholeCorpus_isValidAgainstTheSchema() throws IOException {
    Path extras = SharedReference.corpus();

    CommandRun run =
        CommandRun.of(
            "validate", "--format", "sarif", "--sarif-root", extras.toString(), extras.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(SarifSchema.errors(run.out())).isEmpty();
    JsonNode results = JsonMapper.builder().build().readTree(run.out()).at("/runs/0/results");
    assertThat(results.size()).isEqualTo(FINDINGS);
    assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .doesNotStartWith("/")
        .doesNotStartWith("file:");
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return to;
  }
}
