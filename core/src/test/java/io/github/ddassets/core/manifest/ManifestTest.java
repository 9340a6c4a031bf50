package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.ManifestFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {

  private static final Manifest ACME = ManifestFixtures.parse(ManifestFixtures.BASE);

  @Test
  void accessors_readTheTypedValues() {
    assertThat(ACME.sourceTypeName()).contains("Acme");
    assertThat(ACME.metricPrefix()).contains("acme.");
    assertThat(ACME.metadataPath()).contains("metadata.csv");
    assertThat(ACME.serviceChecksPath()).contains("assets/service_checks.json");
    assertThat(ACME.specPath()).contains("assets/configuration/spec.yaml");
    assertThat(ACME.title()).contains("Acme");
    assertThat(ACME.metricsCheck()).containsExactly("acme.queue.depth");
    assertThat(ACME.classifierTags())
        .containsExactly(
            "Category::Message Queues",
            "Offering::Integration",
            "Submitted Data Type::Metrics",
            "Supported OS::Linux");
    assertThat(ACME.bool("/assets/integration/auto_install")).contains(true);
    assertThat(ACME.pricingMetrics()).isEmpty();
    assertThat(ACME.oauthScopes()).isEmpty();
    assertThat(ACME.isMarketplace()).isFalse();
  }

  @Test
  void valuesOfTheWrongType_readAsAbsent() {
    Manifest manifest =
        ManifestFixtures.parse(
            "{\"assets\": {\"integration\": {\"source_type_name\": 7, \"metrics\": {\"check\": 1,"
                + " \"metadata_path\": \"\"}}}}");

    assertThat(manifest.sourceTypeName()).isEmpty();
    assertThat(manifest.metricsCheck()).isEmpty();
    assertThat(manifest.metadataPath()).isEmpty();
    assertThat(manifest.text("/assets/integration/metrics/metadata_path")).contains("");
  }

  @Test
  void checkAsAString_isOneMetric_andAnEmptyStringNone() {
    assertThat(check("\"acme.up\"")).containsExactly("acme.up");
    assertThat(check("\"\"")).isEmpty();
    assertThat(check("[\"acme.a\", 3, \"acme.b\"]")).containsExactly("acme.a", "acme.b");
  }

  @Test
  void marketplace_isPricingLegalTermsOrAPaidOffering() {
    assertThat(marketplace("\"pricing\": [{\"metric\": \"acme.hosts\"}]")).isTrue();
    assertThat(marketplace("\"pricing\": []")).isFalse();
    assertThat(marketplace("\"legal_terms\": {\"eula\": \"assets/eula.pdf\"}")).isTrue();
    assertThat(marketplace("\"legal_terms\": {}")).isFalse();
    assertThat(marketplace("\"tile\": {\"classifier_tags\": [\"Offering::Professional Service\"]}"))
        .isTrue();
    assertThat(marketplace("\"author\": {\"vendor_id\": \"acme\"}")).isFalse();
  }

  @Test
  void oauthScopesAndPricingMetrics_areRead() {
    Manifest manifest =
        ManifestFixtures.parse(
            "{\"oauth\": {\"scopes\": [\"api_keys_write\"]}, \"pricing\": [{\"metric\":"
                + " \"acme.hosts\"}, {\"unit_price\": 1.5}]}");

    assertThat(manifest.oauthScopes()).contains(List.of("api_keys_write"));
    assertThat(manifest.pricingMetrics()).containsExactly("acme.hosts");
  }

  @Test
  void origin_ofAMissingKey_isItsClosestParent() {
    assertThat(ACME.origin("/tile/title").describe()).isEqualTo("manifest.json:13:14");
    assertThat(ACME.origin("/tile/uninstallation").describe()).isEqualTo("manifest.json:7:11");
  }

  private static List<String> check(String check) {
    return ManifestFixtures.parse(
            "{\"assets\": {\"integration\": {\"metrics\": {\"check\": " + check + "}}}}")
        .metricsCheck();
  }

  private static boolean marketplace(String fields) {
    return ManifestFixtures.parse("{" + fields + "}").isMarketplace();
  }
}
