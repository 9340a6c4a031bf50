package io.github.ddassets.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.baseline.FindingKey;
import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GitHub and Markdown formats, whose readers are a CI runner and a person. */
class FindingPrinterTest {

  @Test
  void github_annotatesUpToTheLimitOfEachSeverity_thenPrintsPlainLinesAndSaysHowMany() {
    List<ValidatedFinding> findings = new ArrayList<>();
    for (int row = 2; row <= 4; row++) {
      findings.add(unit("acme", row, Severity.ERROR));
    }
    findings.add(unit("acme", 5, Severity.WARNING));

    String out = print(OutputFormat.github, findings, 2);

    assertThat(out.lines().toList())
        .containsExactly(
            "::error"
                + " file=acme/metadata.csv,line=2,col=25,title=metadata-unit-unknown::[metadata-unit-unknown]"
                + " `byts` is not a valid unit_name",
            "::error"
                + " file=acme/metadata.csv,line=3,col=25,title=metadata-unit-unknown::[metadata-unit-unknown]"
                + " `byts` is not a valid unit_name",
            "acme/metadata.csv:4:25: error: [metadata-unit-unknown] `byts` is not a valid"
                + " unit_name",
            "::warning"
                + " file=acme/metadata.csv,line=5,col=25,title=metadata-unit-unknown::[metadata-unit-unknown]"
                + " `byts` is not a valid unit_name",
            "Checked 2 integrations (profile strict): 3 errors, 1 warning.",
            "::notice title=ddassets::1 of 4 findings were not annotated (GitHub shows 2 of each"
                + " level in a step); they are printed above as plain lines.");
  }

  @Test
  void github_withinTheLimit_hasNoClosingNotice() {
    String out = print(OutputFormat.github, List.of(unit("acme", 2, Severity.ERROR)), 10);

    assertThat(out).doesNotContain("::notice");
  }

  @Test
  void markdown_hasATableRowPerIntegrationWithFindings_andTheFindingsFolded() {
    List<ValidatedFinding> findings =
        List.of(
            unit("zeta", 2, Severity.ERROR),
            unit("acme", 2, Severity.ERROR),
            unit("acme", 3, Severity.WARNING),
            ValidatedFinding.of(
                Rule.MANIFEST_TITLE_DISPLAY_NAME.at(
                    new FileOrigin("acme/manifest.json", 3, 5, "/tile/title"),
                    "A|B",
                    "a_b",
                    "A",
                    "a"),
                Severity.WARNING,
                new FindingKey(
                    "acme", "manifest.json", "manifest-title-display-name", "/tile/title")));

    String out = print(OutputFormat.markdown, findings, 10);

    assertThat(out)
        .isEqualTo(
            """
            ### ddassets validate

            Checked 2 integrations (profile strict): 2 errors, 2 warnings.

            2 of 2 integrations with findings:

            | integration | errors | warnings | rules |
            | --- | ---: | ---: | --- |
            | acme | 1 | 2 | `manifest-title-display-name` 1, `metadata-unit-unknown` 2 |
            | zeta | 1 | 0 | `metadata-unit-unknown` 1 |

            <details><summary>Findings</summary>

            - `zeta/metadata.csv:2:25` error: [metadata-unit-unknown] `byts` is not a valid unit\\_name
            - `acme/metadata.csv:2:25` error: [metadata-unit-unknown] `byts` is not a valid unit\\_name
            - `acme/metadata.csv:3:25` warning: [metadata-unit-unknown] `byts` is not a valid unit\\_name
            - `acme/manifest.json:3:5` warning: [manifest-title-display-name] tile.title `A\\|B` normalizes to `a\\_b`, source\\_type\\_name `A` to `a`: the metadata integration column follows source\\_type\\_name

            </details>
            """);
  }

  @Test
  void markdown_withoutFindings_saysSo() {
    assertThat(print(OutputFormat.markdown, List.of(), 10))
        .isEqualTo(
            """
            ### ddassets validate

            Checked 2 integrations (profile strict): 0 errors, 0 warnings.

            No findings.
            """);
  }

  @Test
  void summaries_sayWhatTheBaselineLeftOut() {
    Summary summary = new Summary(Profile.STRICT, 3, 1, 0);

    assertThat(summary.withBaseline(40, 0).line())
        .isEqualTo(
            "Checked 3 integrations (profile strict): 1 error, 0 warnings. 40 known findings left"
                + " out (baseline).");
    assertThat(summary.withBaseline(1, 2).line())
        .endsWith(
            "1 known finding left out (baseline); 2 baseline entries no longer occur: write the"
                + " baseline again to drop them.");
  }

  private static ValidatedFinding unit(String integration, int line, Severity severity) {
    return ValidatedFinding.of(
        Rule.METADATA_UNIT_UNKNOWN.at(
            FileOrigin.at(integration + "/metadata.csv", line, 25), "byts", "unit_name"),
        severity,
        new FindingKey(integration, "metadata.csv", "metadata-unit-unknown", integration + line));
  }

  private static String print(OutputFormat format, List<ValidatedFinding> findings, int limit) {
    StringWriter out = new StringWriter();
    Summary summary = Summary.of(Profile.STRICT, 2, findings);
    FindingPrinter.forFormat(format, new PrintSettings("1.0", Path.of(""), Path.of(""), limit))
        .print(findings, summary, new PrintWriter(out));
    return out.toString().replace(System.lineSeparator(), "\n");
  }
}
