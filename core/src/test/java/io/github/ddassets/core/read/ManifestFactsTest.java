package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.read.JsonDocumentReader.JsonSyntaxException;
import org.junit.jupiter.api.Test;

class ManifestFactsTest {

  @Test
  void integrationAssets_giveTheFacts() throws JsonSyntaxException {
    ManifestFacts facts =
        facts(
            """
            {
              "assets": {
                "integration": {
                  "source_type_name": "Acme Cloud",
                  "metrics": {"prefix": "acme.", "metadata_path": "metadata.csv"},
                  "service_checks": {"metadata_path": "assets/service_checks.json"}
                }
              }
            }\
            """);

    assertThat(facts.sourceTypeName()).isEqualTo("Acme Cloud");
    assertThat(facts.metricPrefix()).isEqualTo("acme.");
    assertThat(facts.metadataPathIfSet()).contains("metadata.csv");
    assertThat(facts.serviceChecksPathIfSet()).contains("assets/service_checks.json");
    assertThat(facts.origin().describe()).isEqualTo("manifest.json:1:1");
  }

  @Test
  void missingOrNonTextFields_areNull() throws JsonSyntaxException {
    ManifestFacts facts =
        facts(
            "{\"assets\": {\"integration\": {\"source_type_name\": 7, \"metrics\":"
                + " {\"metadata_path\": \"\"}}}}");

    assertThat(facts.sourceTypeName()).isNull();
    assertThat(facts.metricPrefix()).isNull();
    assertThat(facts.metadataPathIfSet()).isEmpty();
    assertThat(facts.serviceChecksPathIfSet()).isEmpty();
  }

  private static ManifestFacts facts(String json) throws JsonSyntaxException {
    return ManifestFacts.of(JsonDocumentReader.parse(json, "manifest.json"));
  }
}
