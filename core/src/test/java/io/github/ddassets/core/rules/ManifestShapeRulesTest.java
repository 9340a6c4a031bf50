package io.github.ddassets.core.rules;

import static io.github.ddassets.core.rules.MetadataRulesTest.assertFindings;
import static io.github.ddassets.core.testing.ManifestFixtures.BASE;
import static io.github.ddassets.core.testing.ManifestFixtures.context;
import static io.github.ddassets.core.testing.ManifestFixtures.parse;
import static io.github.ddassets.core.testing.ManifestFixtures.with;
import static io.github.ddassets.core.testing.ManifestFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.manifest.AssetFolder;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ManifestShapeRules}: required keys and JSON types. {@code ManifestSchemaCorpusTest} checks
 * the same tables against the inferred schema and the corpus.
 */
class ManifestShapeRulesTest {

  @Test
  void baseManifest_hasNoFindingUnderStrict() {
    assertThat(ManifestRules.check(parse(BASE), context())).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_KEY_REQUIRED)
  void missingTitle_isReportedOnTheTile() {
    assertFindings(check(without("/tile/title")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_KEY_REQUIRED,
                "manifest.json:7:11",
                "`/tile` lacks the required key `title`"));
  }

  @Test
  void missingTopLevelKeys_areReportedOnTheRoot() {
    assertFindings(ManifestRules.check(parse("{\"manifest_version\": \"2.0.0\"}"), noFiles()))
        .containsExactly(
            tuple(
                Rule.MANIFEST_KEY_REQUIRED,
                "manifest.json:1:1",
                "`/` lacks the required key `app_uuid`"),
            tuple(
                Rule.MANIFEST_KEY_REQUIRED,
                "manifest.json:1:1",
                "`/` lacks the required key `app_id`"),
            tuple(
                Rule.MANIFEST_KEY_REQUIRED,
                "manifest.json:1:1",
                "`/` lacks the required key `display_on_public_website`"),
            tuple(
                Rule.MANIFEST_KEY_REQUIRED,
                "manifest.json:1:1",
                "`/` lacks the required key `tile`"),
            tuple(
                Rule.MANIFEST_KEY_REQUIRED,
                "manifest.json:1:1",
                "`/` lacks the required key `author`"),
            tuple(
                Rule.MANIFEST_KEY_REQUIRED,
                "manifest.json:1:1",
                "`/` lacks the required key `assets`"));
  }

  @Test
  void missingMetricsKey_isRequiredOnlyWhenMetricsIsThere() {
    assertFindings(check(without("/assets/integration/metrics/prefix")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_KEY_REQUIRED,
                "manifest.json:49:18",
                "`/assets/integration/metrics` lacks the required key `prefix`"));
  }

  @Test
  @Spares(Rule.MANIFEST_KEY_REQUIRED)
  void optionalKeys_mayBeAbsent() {
    assertThat(check(without("/tile/resources"))).isEmpty();
    assertThat(check(without("/owner"))).isEmpty();
    assertThat(check(without("/assets/dashboards"))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_TYPE_INVALID)
  void numberTitle_isTheWrongType() {
    assertFindings(check(with("/tile/title", "7")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_TYPE_INVALID,
                "manifest.json:13:14",
                "`/tile/title` should be a string, found a number"));
  }

  @Test
  void wrongContainer_isNotCheckedBelow() {
    assertFindings(check(with("/assets/integration/metrics", "[\"acme.\"]")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_TYPE_INVALID,
                "manifest.json:49:18",
                "`/assets/integration/metrics` should be an object, found a list"));
  }

  @Test
  void checkOfNumbers_isNeitherAStringNorAListOfStrings() {
    assertFindings(check(with("/assets/integration/metrics/check", "[1]")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_TYPE_INVALID,
                "manifest.json:51:18",
                "`/assets/integration/metrics/check` should be a string or a list of strings, found"
                    + " a list"));
  }

  @Test
  void dashboardPathNumber_isNotAnObjectOfStrings() {
    assertFindings(check(with("/assets/dashboards", "{\"Acme\": 1}")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_TYPE_INVALID,
                "manifest.json:62:19",
                "`/assets/dashboards` should be an object of strings, found an object"));
  }

  @Test
  @Spares(Rule.MANIFEST_TYPE_INVALID)
  void checkAsOneString_isAccepted() {
    String text = with("/assets/integration/metrics/check", "\"acme.queue.depth\"");

    assertThat(check(text)).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_VERSION)
  void versionOne_isRefused() {
    assertFindings(check(with("/manifest_version", "\"1.0.0\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_VERSION,
                "manifest.json:2:23",
                "manifest_version should be `2.0.0`, found `1.0.0`"));
  }

  @Test
  @Spares(Rule.MANIFEST_VERSION)
  void versionTwo_isAccepted() {
    assertThat(check(with("/manifest_version", "\"2.0.0\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_VALUE_EMPTY)
  void emptySourceTypeName_isReported() {
    // An empty display name also differs from the spec's name and the tile's title.
    assertFindings(check(with("/assets/integration/source_type_name", "\"\"")))
        .filteredOn(finding -> finding.toList().get(0) == Rule.MANIFEST_VALUE_EMPTY)
        .containsExactly(
            tuple(
                Rule.MANIFEST_VALUE_EMPTY,
                "manifest.json:42:27",
                "`/assets/integration/source_type_name` is empty"));
  }

  @Test
  @Spares(Rule.MANIFEST_VALUE_EMPTY)
  void emptyReadmeAnchor_isNotRequiredToHaveText() {
    assertThat(check(with("/tile/support", "\"\""))).isEmpty();
  }

  /** A context without metadata.csv, whose folder cannot tell which files exist. */
  private static ManifestContext noFiles() {
    return context(Optional.empty()).withFolder(AssetFolder.UNKNOWN);
  }

  private static List<Finding> check(String text) {
    return ManifestRules.check(parse(text), context());
  }
}
