package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.ManifestFixtures;
import org.junit.jupiter.api.Test;

class CanonicalKeyOrderTest {

  @Test
  void topLevel_followsTheMostCommonOrderOfIntegrationsExtras() {
    assertThat(CanonicalKeyOrder.keys(""))
        .containsExactly(
            "manifest_version",
            "app_uuid",
            "app_id",
            "owner",
            "display_on_public_website",
            "tile",
            "oauth",
            "author",
            "pricing",
            "legal_terms",
            "assets");
    assertThat(CanonicalKeyOrder.keys("/author"))
        .containsExactly(
            "support_email", "homepage", "sales_email", "name", "vendor_id", "contact_link");
    assertThat(CanonicalKeyOrder.keys("/assets/integration/metrics"))
        .containsExactly("prefix", "check", "metadata_path");
    assertThat(CanonicalKeyOrder.keys("/assets/dashboards")).isEmpty();
  }

  @Test
  void sorted_ordersKnownKeysFirst_keepsOtherKeysArraysAndMaps() {
    String shuffled =
        """
        {"x-extra": 1, "assets": {"dashboards": {"Z": "z.json", "A": "a.json"}, "integration":
        {"metrics": {"metadata_path": "metadata.csv", "prefix": "acme."},
        "source_type_name": "Acme"}},
        "tile": {"media": [{"image_url": "i.png", "media_type": "image"}], "title": "Acme"},
        "x-another": 2, "manifest_version": "2.0.0"}
        """;

    assertThat(CanonicalKeyOrder.sorted(ManifestFixtures.json(shuffled)).toString())
        .isEqualTo(
            "{\"manifest_version\":\"2.0.0\",\"tile\":{\"title\":\"Acme\",\"media\":["
                + "{\"media_type\":\"image\",\"image_url\":\"i.png\"}]},"
                + "\"assets\":{\"integration\":{"
                + "\"source_type_name\":\"Acme\",\"metrics\":{\"prefix\":\"acme.\","
                + "\"metadata_path\":\"metadata.csv\"}},"
                + "\"dashboards\":{\"Z\":\"z.json\",\"A\":\"a.json\"}},"
                + "\"x-extra\":1,\"x-another\":2}");
  }
}
