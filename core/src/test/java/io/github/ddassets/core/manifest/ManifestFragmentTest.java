package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.render.ManifestRenderer;
import io.github.ddassets.core.testing.ManifestFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestFragmentTest {

  private static final ObjectNode ACME =
      ManifestFragment.builder()
          .metricsCheck(List.of("acme.queue.depth"))
          .serviceChecksPath("assets/service_checks.json")
          .metricPrefix("acme.")
          .sourceTypeName("Acme")
          .metadataPath("metadata.csv")
          .specPath("assets/configuration/spec.yaml")
          .build();

  @Test
  void ownedPointers_areTheKeysTheCodeIsTheSourceOfTruthFor() {
    assertThat(ManifestFragment.OWNED_POINTERS)
        .containsExactly(
            "/assets/integration/source_type_name",
            "/assets/integration/configuration/spec",
            "/assets/integration/metrics/prefix",
            "/assets/integration/metrics/check",
            "/assets/integration/metrics/metadata_path",
            "/assets/integration/service_checks/metadata_path");
  }

  @Test
  void builder_writesTheFragmentInCanonicalOrder() {
    assertThat(
            ManifestRenderer.render(
                ACME, ManifestFormat.CANONICAL.withKeyOrder(ManifestFormat.KeyOrder.AS_GIVEN)))
        .isEqualTo(
            """
            {
              "assets": {
                "integration": {
                  "source_type_name": "Acme",
                  "configuration": {
                    "spec": "assets/configuration/spec.yaml"
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
                  }
                }
              }
            }\
            """);
  }

  @Test
  void extract_keepsOnlyTheOwnedKeys() {
    ObjectNode extracted =
        ManifestFragment.extract(ManifestFixtures.parse(ManifestFixtures.BASE).root());

    assertThat(extracted).isEqualTo(ACME);
    assertThat(ManifestFragment.compare(ManifestFixtures.parse(ManifestFixtures.BASE).root(), ACME))
        .isEmpty();
  }

  @Test
  void compare_namesEachDifferingPointer() {
    String manifest =
        ManifestFixtures.edit(
            root -> {
              ManifestTree.put(root, "/assets/integration/metrics/prefix", "acme_");
              ManifestTree.remove(root, "/assets/integration/configuration/spec");
            });

    List<FragmentDifference> differences =
        ManifestFragment.compare(ManifestFixtures.parse(manifest).root(), ACME);

    assertThat(differences)
        .extracting(
            FragmentDifference::pointer, FragmentDifference::missing, FragmentDifference::describe)
        .containsExactly(
            tuple(
                "/assets/integration/configuration/spec",
                true,
                "/assets/integration/configuration/spec is missing from the manifest,"
                    + " \"assets/configuration/spec.yaml\" in the code"),
            tuple(
                "/assets/integration/metrics/prefix",
                false,
                "/assets/integration/metrics/prefix is \"acme_\" in the manifest, \"acme.\" in the"
                    + " code"));
  }

  @Test
  void checkAsAStringOrInAnotherOrder_isTheSameSet() {
    ObjectNode two = ManifestFragment.builder().metricsCheck(List.of("acme.a", "acme.b")).build();

    assertThat(compareCheck("[\"acme.b\", \"acme.a\"]", two)).isEmpty();
    assertThat(
            compareCheck(
                "\"acme.a\"", ManifestFragment.builder().metricsCheck(List.of("acme.a")).build()))
        .isEmpty();
    assertThat(compareCheck("[\"acme.a\"]", two)).hasSize(1);
    assertThat(compareCheck("7", two)).hasSize(1);
  }

  @Test
  void keyTheCodeDoesNotDeclare_isNotCompared() {
    ObjectNode prefixOnly = ManifestFragment.builder().metricPrefix("acme.").build();

    assertThat(ManifestFragment.compare(ManifestFixtures.json("{\"assets\": {}}"), prefixOnly))
        .extracting(FragmentDifference::pointer)
        .containsExactly("/assets/integration/metrics/prefix");
  }

  @Test
  void valueThatIsNotAnObjectOnTheWay_isTheDifference() {
    String manifest = "{\"assets\": {\"integration\": {\"metrics\": \"acme.\"}}}";

    assertThat(ManifestFragment.compare(ManifestFixtures.json(manifest), ACME))
        .extracting(FragmentDifference::pointer, FragmentDifference::describe)
        .containsExactly(
            tuple(
                "/assets/integration/source_type_name",
                "/assets/integration/source_type_name is missing from the manifest, \"Acme\" in"
                    + " the code"),
            tuple(
                "/assets/integration/configuration/spec",
                "/assets/integration/configuration/spec is missing from the manifest,"
                    + " \"assets/configuration/spec.yaml\" in the code"),
            tuple(
                "/assets/integration/metrics",
                "/assets/integration/metrics is \"acme.\" in the manifest,"
                    + " {\"prefix\":\"acme.\",\"check\":[\"acme.queue.depth\"],"
                    + "\"metadata_path\":\"metadata.csv\"} in the code"),
            tuple(
                "/assets/integration/service_checks/metadata_path",
                "/assets/integration/service_checks/metadata_path is missing from the manifest,"
                    + " \"assets/service_checks.json\" in the code"));
  }

  private static List<FragmentDifference> compareCheck(String check, ObjectNode fragment) {
    return ManifestFragment.compare(
        ManifestFixtures.json(
            "{\"assets\": {\"integration\": {\"metrics\": {\"check\": " + check + "}}}}"),
        fragment);
  }
}
