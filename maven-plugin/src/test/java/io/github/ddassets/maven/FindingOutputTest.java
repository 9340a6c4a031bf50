package io.github.ddassets.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.check.OutputFormat;
import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.check.Summary;
import io.github.ddassets.core.check.ValidatedFinding;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingOutputTest {

  private static final ValidatedFinding ERROR =
      ValidatedFinding.of(
          Rule.METADATA_UNIT_UNKNOWN.at(
              FileOrigin.at("assets/acme/metadata.csv", 2, 5), "bytes", "unit_name"),
          Severity.ERROR);
  private static final List<ValidatedFinding> FINDINGS = List.of(ERROR);
  private static final Summary SUMMARY = Summary.of(Profile.STRICT, 1, FINDINGS);

  private static final PrintSettings SETTINGS = PrintSettings.of("1.0", Path.of(""));

  private final RecordingLog log = new RecordingLog();
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

  @Test
  void text_goesToTheLog_atTheFindingsLevel() {
    FindingOutput.print(OutputFormat.text, FINDINGS, SUMMARY, SETTINGS, log, print());

    assertThat(log.lines())
        .containsExactly("[ERROR] assets/acme/metadata.csv:2:5: error: " + ERROR.finding().text());
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void githubCommands_goToTheStandardOutput_unprefixed() {
    FindingOutput.print(OutputFormat.github, FINDINGS, SUMMARY, SETTINGS, log, print());

    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .startsWith(
            "::error file=assets/acme/metadata.csv,line=2,col=5,title=metadata-unit-unknown::");
    assertThat(log.lines()).isEmpty();
  }

  private PrintStream print() {
    return new PrintStream(stdout, true, StandardCharsets.UTF_8);
  }
}
