package io.github.ddassets.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The integrations-extras corpus ({@code ../shared}) compared with itself, and with a copy changed
 * in known ways: every change is found, classified as expected, and nothing else is reported.
 */
class CorpusDiffTest {

  @TempDir Path dir;

  @Test
  void corpus_againstItself_hasNoChange() throws Exception {
    Path corpus = SharedReference.corpus();
    DiffReport report =
        ReleaseDiff.compare(Fixture.read(corpus, "old"), Fixture.read(corpus, "new"));
    assertThat(report.integrations()).isEqualTo(235);
    assertThat(report.changes()).isEmpty();
    assertThat(report.fails(FailOn.notable)).isFalse();
  }

  @Test
  void corpus_againstAMutatedCopy_reportsExactlyTheMutations() throws Exception {
    Path corpus = SharedReference.corpus();
    Path copy = dir.resolve("new");
    copy(corpus, copy);
    // Metrics: a type, a removal, a rename, a new description, an addition.
    replace(
        copy.resolve("exim/metadata.csv"), "exim.queue.count,gauge,", "exim.queue.count,count,");
    replace(
        copy.resolve("ably/metadata.csv"),
        "ably.apiRequests.all.refused,count,60,request,,Total number of refused requests"
            + " (due to account limits).,0,ably,apiRequests.all.refused,\n",
        "");
    replace(
        copy.resolve("ably/metadata.csv"),
        "ably.apiRequests.all.failed,count,60,request,,Total number of failed requests.",
        "ably.api_requests.all.failed,count,60,request,,Total number of failed requests.");
    replace(
        copy.resolve("exim/metadata.csv"),
        "The volume of messages in a given mail queue",
        "The volume of the messages in a mail queue");
    Files.writeString(
        copy.resolve("exim/metadata.csv"),
        "exim.queue.age,gauge,,second,,Age of the oldest message,0,exim,queue_age,\n",
        java.nio.file.StandardOpenOption.APPEND);
    // Service checks and options.
    replace(copy.resolve("exim/service_checks.json"), "\"ok\",\n", "");
    replace(
        copy.resolve("redpanda/spec.yaml"),
        "    - name: use_openmetrics\n",
        "    - name: use_openmetrics\n      required: true\n");
    replace(
        copy.resolve("redpanda/spec.yaml"),
        "        type: string\n        example:",
        "        type: integer\n        example:");
    // Manifests: an immutable key and a tile description.
    replace(
        copy.resolve("ably/manifest.json"),
        "4596cd59-d3f2-4921-8133-3a448ccaea61",
        "4596cd59-d3f2-4921-8133-3a448ccaea62");
    replace(
        copy.resolve("ably/manifest.json"),
        "Collect and graph Ably metrics",
        "Collect and graph the metrics of Ably");
    // A whole integration gone.
    delete(copy.resolve("1e"));

    DiffReport report = ReleaseDiff.compare(Fixture.read(corpus, "old"), Fixture.read(copy, "new"));

    assertThat(Fixture.lines(report))
        .containsExactly(
            "breaking integration-removed 1e [1e -> ]",
            "breaking metric-renamed ably.apiRequests.all.failed [ably.apiRequests.all.failed ->"
                + " ably.api_requests.all.failed]",
            "breaking metric-removed ably.apiRequests.all.refused [ably.apiRequests.all.refused ->"
                + " ]",
            "breaking manifest-immutable /app_uuid [4596cd59-d3f2-4921-8133-3a448ccaea61 ->"
                + " 4596cd59-d3f2-4921-8133-3a448ccaea62]",
            "notable manifest-value /tile/description [Collect and graph Ably metrics -> Collect"
                + " and graph the metrics of Ably]",
            "breaking metric-type exim.queue.count [gauge -> count]",
            "breaking service-check-status-removed exim.returns.output [ok -> ]",
            "notable metric-description exim.queue.volume [The volume of messages in a given mail"
                + " queue -> The volume of the messages in a mail queue]",
            "additive metric-added exim.queue.age [ -> exim.queue.age]",
            "breaking option-type instances.metric_groups [array of string -> array of integer]",
            "breaking option-required instances.use_openmetrics [optional -> required]");
    assertThat(report.integrations()).isEqualTo(235);
    assertThat(report.count(Impact.BREAKING)).isEqualTo(8);
    assertThat(report.fails(FailOn.breaking)).isTrue();
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).as(file.toString()).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
