package io.github.ddassets.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.cli.imports.RoundTripResult.Comparison;
import io.github.ddassets.cli.imports.RoundTripResult.Outcome;
import io.github.ddassets.core.read.RepoOverrides;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The round trip on the test fixtures, which need no corpus: {@code acme} (unsorted rows, which
 * come back in their order, a short name left empty, a constant-name collision, a metric name
 * starting with a digit, curated and per-unit values, a status list, a base manifest) comes back
 * file for file; {@code broken} (no metric prefix) is refused.
 */
class ImportFixtureRoundTripTest {

  @TempDir Path work;

  @ParameterizedTest(name = "javadoc = {0}")
  @ValueSource(booleans = {false, true})
  void acme_comesBack_andBroken_isRefused(boolean javadoc) throws Exception {
    Path fixtures = Path.of(getClass().getResource("/imports").toURI());

    CorpusRoundTrip.Report report =
        new CorpusRoundTrip(null, RepoOverrides.NONE, work, javadoc).run(fixtures);

    assertThat(report.results())
        .extracting(RoundTripResult::name)
        .containsExactly("acme", "broken");
    RoundTripResult acme = report.results().get(0);
    assertThat(acme.refused()).isEmpty();
    assertThat(acme.compileErrors()).isEmpty();
    assertThat(acme.files())
        .isEqualTo(
            Map.of(
                RoundTripFile.METADATA, new Comparison(Outcome.IDENTICAL, ""),
                RoundTripFile.SERVICE_CHECKS, new Comparison(Outcome.IDENTICAL, ""),
                RoundTripFile.MANIFEST, new Comparison(Outcome.IDENTICAL, "")));
    // The unknown unit would come along as it is; no annotation states a missing prefix.
    assertThat(report.results().get(1).refused()).isEqualTo(List.of("metadata-prefix-missing"));
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void firstDifference_namesTheLineAndBothTexts() {
    assertThat(FirstDifference.of("a\nb\nc\n", "a\nB\nc\n"))
        .isEqualTo("line 2: `b` became `B`");
    assertThat(FirstDifference.of("a\n", "a\nb\n"))
        .isEqualTo("line 2: `(end of file)` became `b`");
    assertThat(FirstDifference.of("a\n", "a"))
        .isEqualTo("line endings or final newline differ");
  }
}
