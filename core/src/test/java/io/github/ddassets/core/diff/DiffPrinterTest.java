package io.github.ddassets.core.diff;

import static io.github.ddassets.core.diff.Fixture.HEADER;
import static io.github.ddassets.core.diff.Fixture.MANIFEST;
import static io.github.ddassets.core.diff.Fixture.SERVICE_CHECKS;
import static io.github.ddassets.core.diff.Fixture.SPEC;
import static io.github.ddassets.core.diff.Fixture.acme;
import static io.github.ddassets.core.diff.Fixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.testing.SarifSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF and GitHub forms of a comparison: valid SARIF, levels by impact, capped annotations. */
class DiffPrinterTest {

  @TempDir Path dir;

  private DiffReport report;

  /** Two breaking changes (a unit, a removal), one notable (a description), one additive. */
  @BeforeEach
  void compare() throws Exception {
    acme(dir.resolve("old"));
    String metadata =
        HEADER
            + "acme.queue.depth,gauge,,message,,Messages in the queue.,-1,acme,queue depth,\n"
            + "acme.errors,count,,error,,Errors met.,-1,acme,errors,\n";
    acme(dir.resolve("new"), metadata, SERVICE_CHECKS, SPEC, MANIFEST);
    report =
        ReleaseDiff.compare(
            read(dir.resolve("old"), dir.resolve("old").toString()),
            read(dir.resolve("new"), dir.resolve("new").toString()));
  }

  private String print(DiffFormat format, int limit) {
    StringWriter text = new StringWriter();
    PrintSettings settings = new PrintSettings("1.2.3", dir, dir, limit);
    DiffPrinter.print(report, format, settings, new PrintWriter(text));
    return text.toString();
  }

  @Test
  void sarif_isValidAgainstTheSarif210Schema_withOneRulePerKindOfChange() throws Exception {
    String sarif = print(DiffFormat.sarif, 10);

    assertThat(SarifSchema.errors(sarif)).isEmpty();
    JsonNode run = JsonMapper.builder().build().readTree(sarif).at("/runs/0");
    assertThat(run.at("/tool/driver/version").asText()).isEqualTo("1.2.3");
    assertThat(run.at("/tool/driver/rules").findValuesAsText("id"))
        .containsExactly("metric-added", "metric-description", "metric-removed");
    assertThat(run.at("/tool/driver/rules/2/defaultConfiguration/level").asText())
        .isEqualTo("error");
    assertThat(run.at("/results").findValuesAsText("level"))
        .containsExactly("error", "warning", "note");
    assertThat(run.at("/results/1/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("new/acme/metadata.csv");
    assertThat(run.at("/results/1/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(2);
    assertThat(run.at("/results/1/ruleIndex").asInt()).isEqualTo(1);
    assertThat(run.at("/results/0/properties/impact").asText()).isEqualTo("breaking");
  }

  @Test
  void github_pastTheLimitOfALevel_printsPlainLines_andSaysHowMany() {
    String removed = print(DiffFormat.github, 10);
    assertThat(removed).doesNotContain("were not annotated");

    acmeWithTwoRemovals();
    String capped = print(DiffFormat.github, 1);

    assertThat(capped.lines().filter(line -> line.startsWith("::error ")).count()).isEqualTo(1);
    assertThat(capped)
        .contains(": breaking: [metric-removed] metric `acme.sent` was removed")
        .endsWith(
            "::notice title=ddassets::1 of 2 changes were not annotated (GitHub shows 1 of each"
                + " level in a step); they are printed above as plain lines.\n");
  }

  /** Both metrics of the old release removed: two breaking changes of the same level. */
  private void acmeWithTwoRemovals() {
    try {
      acme(dir.resolve("new"), HEADER, SERVICE_CHECKS, SPEC, MANIFEST);
      report =
          ReleaseDiff.compare(
              read(dir.resolve("old"), dir.resolve("old").toString()),
              read(dir.resolve("new"), dir.resolve("new").toString()));
    } catch (UnreadableReleaseException e) {
      throw new AssertionError(e);
    }
  }
}
