package io.github.ddassets.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  private static final FindingKey UNIT =
      new FindingKey("acme", "metadata.csv", "metadata-unit-unknown", "acme.q unit_name");
  private static final FindingKey TITLE =
      new FindingKey("acme", "manifest.json", "manifest-title-display-name", "/tile/title");
  private static final FindingKey OTHER =
      new FindingKey("beta", "metadata.csv", "metadata-unit-unknown", "beta.q unit_name");

  @TempDir Path dir;

  @Test
  void match_leavesRecordedFindingsOut_andCountsTheOnesThatNoLongerOccur() {
    Baseline baseline = Baseline.of(List.of(UNIT, TITLE, TITLE));

    Baseline.Match<FindingKey> match =
        baseline.match(List.of(OTHER, TITLE, UNIT), Function.identity());

    assertThat(match.fresh()).containsExactly(OTHER);
    assertThat(match.known()).containsExactly(TITLE, UNIT);
    assertThat(match.gone()).isEqualTo(1);
  }

  @Test
  void aKeyRecordedOnce_coversOneFinding_aSecondOneIsNew() {
    Baseline.Match<FindingKey> match =
        Baseline.of(List.of(UNIT)).match(List.of(UNIT, UNIT), Function.identity());

    assertThat(match.fresh()).containsExactly(UNIT);
    assertThat(match.known()).containsExactly(UNIT);
    assertThat(match.gone()).isZero();
  }

  @Test
  void theFile_roundTrips_sortedWithCounts() throws IOException {
    Path file = dir.resolve("sub/baseline.json");
    Baseline baseline = Baseline.of(List.of(UNIT, TITLE, TITLE, OTHER));

    BaselineFile.write(file, baseline);

    assertThat(BaselineFile.read(file)).isEqualTo(baseline);
    assertThat(Files.readString(file))
        .isEqualTo(
            """
            {
              "ddassets-baseline" : 1,
              "findings" : [ {
                "integration" : "acme",
                "file" : "manifest.json",
                "rule" : "manifest-title-display-name",
                "subject" : "/tile/title",
                "count" : 2
              }, {
                "integration" : "acme",
                "file" : "metadata.csv",
                "rule" : "metadata-unit-unknown",
                "subject" : "acme.q unit_name"
              }, {
                "integration" : "beta",
                "file" : "metadata.csv",
                "rule" : "metadata-unit-unknown",
                "subject" : "beta.q unit_name"
              } ]
            }
            """);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aBrokenFile_isOneSentenceWithItsPosition() throws IOException {
    Path broken =
        Files.writeString(dir.resolve("broken.json"), "{\n  \"ddassets-baseline\": 1,\n  oops\n}");
    Path other = Files.writeString(dir.resolve("other.json"), "{\"findings\": []}");
    Path entry =
        Files.writeString(
            dir.resolve("entry.json"), "{\"ddassets-baseline\": 1, \"findings\": [\"x\"]}");

    assertThatThrownBy(() -> BaselineFile.read(broken))
        .hasMessageStartingWith(
            broken.toString().replace('\\', '/') + ":3:3: not a baseline file:");
    assertThatThrownBy(() -> BaselineFile.read(other))
        .hasMessage(
            other.toString().replace('\\', '/')
                + ": not a baseline file: it needs \"ddassets-baseline\": 1 (write one with"
                + " --write-baseline)");
    assertThatThrownBy(() -> BaselineFile.read(entry))
        .hasMessageEndingWith(": not a baseline file: /findings/0 has no rule");
    assertThatThrownBy(() -> BaselineFile.read(dir.resolve("missing.json")))
        .hasMessageEndingWith("missing.json: no such file");
  }

  @Test
  void buildKeys_nameTheDeclarationOrPointer_andDropLineNumbersFromMessages() {
    FindingKey layout =
        FindingKey.ofBuild(
            Rule.SERVICE_CHECKS_LAYOUT.at(FileOrigin.at("base/manifest.json", 7, 1), 7));
    FindingKey pointer =
        FindingKey.ofBuild(
            Rule.MANIFEST_TITLE_DISPLAY_NAME.at(
                new FileOrigin("base/manifest.json", 12, 3, "/tile/title"), "A", "a", "B", "b"));

    assertThat(layout)
        .isEqualTo(
            new FindingKey(
                "",
                "base/manifest.json",
                "service-checks-layout",
                "the file is not in the canonical layout (first difference at line #)"));
    assertThat(pointer.subject()).isEqualTo("/tile/title");
  }
}
