package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.manifest.ManifestMerge.Merged;
import io.github.ddassets.core.render.ManifestRenderer;
import io.github.ddassets.core.testing.ManifestFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ManifestMerge}: the code's keys merged into a hand-written base manifest. */
class ManifestMergeTest {

  private static final ObjectNode CODE =
      ManifestFragment.builder()
          .sourceTypeName("Acme")
          .specPath("assets/configuration/spec.yaml")
          .metricPrefix("acme.")
          .metricsCheck(List.of("acme.queue.depth"))
          .metadataPath("metadata.csv")
          .serviceChecksPath("assets/service_checks.json")
          .build();

  @Test
  void baseAgreeingWithTheCode_comesOutByteForByte() {
    Manifest base = ManifestFixtures.parse(ManifestFixtures.BASE + "\n");

    Merged merged = ManifestMerge.merge(base.root(), CODE);

    assertThat(merged.conflicts()).isEmpty();
    assertThat(ManifestRenderer.render(merged.manifest(), base.format()))
        .isEqualTo(ManifestFixtures.BASE + "\n");
  }

  @Test
  void baseWithTheCheckAsAString_keepsItsForm() {
    String text =
        ManifestFixtures.with("/assets/integration/metrics/check", "\"acme.queue.depth\"");
    Manifest base = ManifestFixtures.parse(text);

    Merged merged = ManifestMerge.merge(base.root(), CODE);

    assertThat(merged.conflicts()).isEmpty();
    assertThat(ManifestRenderer.render(merged.manifest(), base.format())).isEqualTo(text);
  }

  @Test
  void missingOwnedKeys_areInsertedAtTheirCanonicalPlace_baseOrderKept() {
    String base =
        """
        {
          "app_id": "acme",
          "assets": {
            "integration": {
              "auto_install": true,
              "events": {
                "creates_events": false
              },
              "source_type_id": 10001
            },
            "dashboards": {
              "Acme Overview": "assets/dashboards/overview.json"
            }
          },
          "manifest_version": "2.0.0"
        }
        """;
    Manifest manifest = ManifestFixtures.parse(base);

    Merged merged = ManifestMerge.merge(manifest.root(), CODE);

    assertThat(merged.conflicts()).isEmpty();
    assertThat(ManifestRenderer.render(merged.manifest(), manifest.format()))
        .isEqualTo(
            """
            {
              "app_id": "acme",
              "assets": {
                "integration": {
                  "source_type_name": "Acme",
                  "configuration": {
                    "spec": "assets/configuration/spec.yaml"
                  },
                  "auto_install": true,
                  "events": {
                    "creates_events": false
                  },
                  "metrics": {
                    "prefix": "acme.",
                    "check": [
                      "acme.queue.depth"
                    ],
                    "metadata_path": "metadata.csv"
                  },
                  "service_checks": {
                    "metadata_path": "assets/service_checks.json"
                  },
                  "source_type_id": 10001
                },
                "dashboards": {
                  "Acme Overview": "assets/dashboards/overview.json"
                }
              },
              "manifest_version": "2.0.0"
            }
            """);
    assertThat(manifest.root().at("/assets/integration/metrics").isMissingNode())
        .as("the base is not changed")
        .isTrue();
  }

  @Test
  void conflictingPrefix_isAConflictWithItsPlaceInTheBase_andTheCodeWins() {
    Manifest base =
        ManifestFixtures.parse(
            ManifestFixtures.with("/assets/integration/metrics/prefix", "\"acme_\""));

    Merged merged = ManifestMerge.merge(base.root(), CODE);

    assertThat(merged.conflicts()).hasSize(1);
    FragmentDifference conflict = merged.conflicts().get(0);
    assertThat(conflict.describe())
        .isEqualTo(
            "/assets/integration/metrics/prefix is \"acme_\" in the manifest, \"acme.\" in the"
                + " code");
    assertThat(base.origin(conflict.pointer()).describe()).isEqualTo("manifest.json:50:19");
    assertThat(merged.manifest().at("/assets/integration/metrics/prefix").textValue())
        .isEqualTo("acme.");
  }
}
