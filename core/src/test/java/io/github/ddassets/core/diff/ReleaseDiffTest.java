package io.github.ddassets.core.diff;

import static io.github.ddassets.core.diff.Fixture.HEADER;
import static io.github.ddassets.core.diff.Fixture.MANIFEST;
import static io.github.ddassets.core.diff.Fixture.METADATA;
import static io.github.ddassets.core.diff.Fixture.SERVICE_CHECKS;
import static io.github.ddassets.core.diff.Fixture.SPEC;
import static io.github.ddassets.core.diff.Fixture.acme;
import static io.github.ddassets.core.diff.Fixture.diff;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classification of each kind of change, on one small integration changed one way at a time.
 */
class ReleaseDiffTest {

  @TempDir Path dir;

  private Path old() {
    return acme(dir.resolve("old"));
  }

  private Path changed(String metadata, String serviceChecks, String spec, String manifest) {
    return acme(dir.resolve("new"), metadata, serviceChecks, spec, manifest);
  }

  @Test
  void sameRelease_hasNoChange() throws Exception {
    assertThat(diff(old(), acme(dir.resolve("new")))).isEmpty();
  }

  @Test
  void metricRemoved_isBreaking_andAddedIsAdditive() throws Exception {
    String metadata =
        HEADER
            + "acme.queue.depth,gauge,,message,,Messages waiting.,-1,acme,queue depth,\n"
            + "acme.errors,count,,error,,Errors met.,-1,acme,errors,\n";
    assertThat(diff(old(), changed(metadata, SERVICE_CHECKS, SPEC, MANIFEST)))
        .containsExactly(
            "breaking metric-removed acme.sent [acme.sent -> ]",
            "additive metric-added acme.errors [ -> acme.errors]");
  }

  @Test
  void metricWithANewNameAndTheSameFacts_isARename() throws Exception {
    String metadata = METADATA.replace("acme.sent,", "acme.bytes.sent,");
    assertThat(diff(old(), changed(metadata, SERVICE_CHECKS, SPEC, MANIFEST)))
        .containsExactly("breaking metric-renamed acme.sent [acme.sent -> acme.bytes.sent]");
  }

  @Test
  void metricTypeUnitAndPerUnit_areBreaking_wordsAndOrientationNotable() throws Exception {
    String metadata =
        HEADER
            + "acme.queue.depth,gauge,,message,,Messages in the queue.,0,acme,depth,\n"
            + "acme.sent,rate,,kibibyte,minute,Bytes sent.,0,acme,sent,\n";
    assertThat(diff(old(), changed(metadata, SERVICE_CHECKS, SPEC, MANIFEST)))
        .containsExactly(
            "breaking metric-per-unit acme.sent [second -> minute]",
            "breaking metric-type acme.sent [count -> rate]",
            "breaking metric-unit acme.sent [byte -> kibibyte]",
            "notable metric-description acme.queue.depth [Messages waiting. -> Messages in the"
                + " queue.]",
            "notable metric-orientation acme.queue.depth [-1 -> 0]",
            "notable metric-short-name acme.queue.depth [queue depth -> depth]");
  }

  @Test
  void serviceCheckStatusRemoved_isBreaking_statusAddedAdditive() throws Exception {
    String checks =
        SERVICE_CHECKS.replace(
            "\"ok\", \"warning\", \"critical\"", "\"ok\", \"critical\", \"unknown\"");
    assertThat(diff(old(), changed(METADATA, checks, SPEC, MANIFEST)))
        .containsExactly(
            "breaking service-check-status-removed acme.can_connect [warning -> ]",
            "additive service-check-status-added acme.can_connect [ -> unknown]");
  }

  @Test
  void serviceCheckRenamed_isBreaking_andItsWordsNotable() throws Exception {
    String renamed = SERVICE_CHECKS.replace("\"acme.can_connect\"", "\"acme.connect\"");
    assertThat(diff(old(), changed(METADATA, renamed, SPEC, MANIFEST)))
        .containsExactly(
            "breaking service-check-renamed acme.can_connect [acme.can_connect -> acme.connect]");
    String reworded =
        SERVICE_CHECKS
            .replace("cannot reach Acme.", "cannot reach Acme, else OK.")
            .replace("[\"host\"]", "[\"host\", \"port\"]");
    assertThat(diff(old(), acme(dir.resolve("reworded"), METADATA, reworded, SPEC, MANIFEST)))
        .containsExactly(
            "notable service-check-description acme.can_connect"
                + " [Returns CRITICAL if the check cannot reach Acme. ->"
                + " Returns CRITICAL if the check cannot reach Acme, else OK.]",
            "notable service-check-groups acme.can_connect [host -> host, port]");
  }

  @Test
  void serviceCheckRemoved_isBreaking() throws Exception {
    assertThat(diff(old(), changed(METADATA, "[]\n", SPEC, MANIFEST)))
        .containsExactly("breaking service-check-removed acme.can_connect [acme.can_connect -> ]");
  }

  @Test
  void optionRequiredAndRetyped_areBreaking_defaultAndDescriptionNotable() throws Exception {
    String spec =
        SPEC.replace("  - name: timeout\n", "  - name: timeout\n      required: true\n")
            .replace(
                "type: integer\n        display_default: 10",
                "type: number\n        display_default: 30")
            .replace("The URL of Acme.", "The URL of the Acme server.");
    assertThat(diff(old(), changed(METADATA, SERVICE_CHECKS, spec, MANIFEST)))
        .containsExactly(
            "breaking option-required instances.timeout [optional -> required]",
            "breaking option-type instances.timeout [integer -> number]",
            "notable option-default instances.timeout [10 -> 30]",
            "notable option-description instances.url [The URL of Acme. -> The URL of the Acme"
                + " server.]");
  }

  @Test
  void optionRemovedRenamedOrAddedAsRequired_areBreaking() throws Exception {
    String spec =
        SPEC.replace("- name: timeout\n", "- name: timeout_seconds\n")
            .replace(
                "    - name: url\n      required: true\n",
                "    - name: url\n      required: false\n")
            .replace(
                "    - template: instances/default\n",
                "    - name: token\n      required: true\n      description: The API token.\n"
                    + "      value:\n        type: string\n    - template: instances/default\n");
    assertThat(diff(old(), changed(METADATA, SERVICE_CHECKS, spec, MANIFEST)))
        .containsExactly(
            "breaking option-renamed instances.timeout [instances.timeout ->"
                + " instances.timeout_seconds]",
            "breaking option-added-required instances.token [ -> instances.token]",
            "additive option-optional instances.url [required -> optional]");
    String removed =
        SPEC.replace(
            "    - name: timeout\n      description: Seconds to wait.\n      value:\n"
                + "        type: integer\n        display_default: 10\n        example: 10\n",
            "");
    assertThat(
            diff(old(), acme(dir.resolve("removed"), METADATA, SERVICE_CHECKS, removed, MANIFEST)))
        .containsExactly("breaking option-removed instances.timeout [instances.timeout -> ]");
  }

  @Test
  void immutableManifestKeys_areBreaking() throws Exception {
    String manifest =
        MANIFEST
            .replace("c7f4a9a2-1111-4222-8333-944455556666", "d7f4a9a2-1111-4222-8333-944455556666")
            .replace(
                "\"source_type_name\": \"Acme\"",
                "\"source_type_name\": \"Acme Queues\", \"source_type_id\": 42")
            .replace("\"display_on_public_website\": true", "\"display_on_public_website\": false")
            .replace("\"Acme Overview\"", "\"Acme Queues\"")
            .replace("Watch Acme queues.", "Watch the queues of Acme.");
    assertThat(diff(old(), changed(METADATA, SERVICE_CHECKS, SPEC, manifest)))
        .containsExactly(
            "breaking manifest-immutable /app_uuid"
                + " [c7f4a9a2-1111-4222-8333-944455556666 -> d7f4a9a2-1111-4222-8333-944455556666]",
            "breaking manifest-asset-removed /assets/dashboards/Acme Overview [Acme Overview -> ]",
            "breaking manifest-immutable /assets/integration/source_type_name [Acme -> Acme"
                + " Queues]",
            "breaking manifest-unpublished /display_on_public_website [true -> false]",
            "notable manifest-value /tile/description [Watch Acme queues. -> Watch the queues of"
                + " Acme.]",
            "additive manifest-asset-added /assets/dashboards/Acme Queues [ -> Acme Queues]",
            "additive manifest-set /assets/integration/source_type_id [ -> 42]");
  }

  @Test
  void integrationRemovedOrAdded() throws Exception {
    Path before = dir.resolve("old");
    acme(before);
    Fixture.write(before.resolve("zeta/metadata.csv"), HEADER);
    Path after = dir.resolve("new");
    acme(after);
    Fixture.write(after.resolve("beta/metadata.csv"), HEADER);
    DiffReport report =
        ReleaseDiff.compare(Fixture.read(before, "old"), Fixture.read(after, "new"));
    assertThat(Fixture.lines(report))
        .containsExactly(
            "additive integration-added beta [ -> beta]",
            "breaking integration-removed zeta [zeta -> ]");
    assertThat(report.integrations()).isEqualTo(3);
    assertThat(report.summary())
        .isEqualTo("Compared 3 integrations: 2 changes (1 breaking, 0 notable, 1 additive).");
  }

  @Test
  void failOn_decidesWhichImpactFails() throws Exception {
    String notable = METADATA.replace("Messages waiting.", "Messages queued.");
    DiffReport report =
        ReleaseDiff.compare(
            Fixture.read(old(), "old"),
            Fixture.read(changed(notable, SERVICE_CHECKS, SPEC, MANIFEST), "new"));
    assertThat(report.fails(FailOn.breaking)).isFalse();
    assertThat(report.fails(FailOn.notable)).isTrue();
    assertThat(report.fails(FailOn.none)).isFalse();
  }
}
