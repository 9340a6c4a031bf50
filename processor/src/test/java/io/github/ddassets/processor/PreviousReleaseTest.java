package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.assetPaths;
import static io.github.ddassets.processor.Compilations.assetsWrittenToDisk;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.generated;
import static io.github.ddassets.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Addassets.previous}: a build held against the jar of its previous release reports each
 * breaking change as an error on the declaration it concerns, unless the declaration acknowledges
 * it, and warns about an acknowledgement that matches no change.
 */
class PreviousReleaseTest {

  private static final String QUEUE_DEPTH =
      "  @Metric(type = MetricType.GAUGE, unit = \"message\", emittedEveryRun = true,"
          + " description = \"Messages waiting.\")";
  private static final String SENT =
      "  @Metric(type = MetricType.COUNT, unit = \"byte\", description = \"Bytes sent.\")";
  private static final String CAN_CONNECT =
      "  @ServiceCheck(name = \"Acme can connect\", agentVersion = \"7.50.0\","
          + " statuses = {Status.OK, Status.WARNING, Status.CRITICAL},"
          + " description = \"Returns CRITICAL if the check cannot reach Acme.\")";
  private static final String INTEGRATION =
      "@Integration(name = \"acme\", displayName = \"Acme\", metricPrefix = \"acme.\")";

  @TempDir Path dir;
  private Path jar;
  private String previous;

  /** The previous release: the jar of the first version of the check. */
  @BeforeEach
  void release() throws IOException {
    Compilation first = compile(List.of("-Addassets.profile=ddev"), check());
    assertThat(first).succeeded();
    jar = dir.resolve("acme-1.0.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String path : assetPaths(first)) {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(generated(first, path).orElseThrow().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    previous = "-Addassets.previous=" + jar;
  }

  private static JavaFileObject check(String... replacements) {
    String text =
        String.join(
            "\n",
            "package test;",
            "",
            "import io.github.ddassets.annotations.*;",
            "",
            INTEGRATION,
            "public class AcmeCheck {",
            QUEUE_DEPTH,
            "  public static final String QUEUE_DEPTH = \"acme.queue.depth\";",
            "",
            SENT,
            "  public static final String SENT = \"acme.sent\";",
            "",
            CAN_CONNECT,
            "  public static final String CAN_CONNECT = \"acme.can_connect\";",
            "}");
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(text).contains(replacements[i]);
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    return source("test.AcmeCheck", text.split("\n"));
  }

  private Compilation compileAgainstPrevious(JavaFileObject source) {
    return compile(List.of("-Addassets.profile=ddev", previous), source);
  }

  @Test
  void sameRelease_compilesWithoutAWord() {
    Compilation compilation = compileAgainstPrevious(check());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "META-INF/datadog/acme/metadata.csv")).isPresent();
  }

  @Test
  void unitChanged_isAnErrorOnTheUnit_untilTheMetricSaysWhy() {
    JavaFileObject changed = check("unit = \"byte\"", "unit = \"kibibyte\"");

    Compilation compilation = compileAgainstPrevious(changed);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-breaking-change] metric `acme.sent`: unit changed from `byte` to `kibibyte`,"
                + " against the previous release "
                + jar
                + ": if the change is deliberate, say why with @Metric(breaking = \"...\")")
        .inFile(changed)
        .onLineContaining("unit = \"kibibyte\"");
    assertThat(compilation).hadErrorCount(1);
    assertThat(assetsWrittenToDisk(List.of("-Addassets.profile=ddev", previous), List.of(changed)))
        .as("no file is written when a change breaks the previous release")
        .isEmpty();
    assertThat(
            compileAgainstPrevious(
                check(
                    "unit = \"byte\"",
                    "unit = \"kibibyte\", breaking = \"Reported in KiB since 2.0.\"")))
        .succeededWithoutWarnings();
  }

  @Test
  void rename_isAnErrorOnTheNewMetric_untilItReplacesTheOldName() {
    JavaFileObject renamed = check("\"acme.sent\"", "\"acme.bytes.sent\"");

    assertThat(compileAgainstPrevious(renamed))
        .hadErrorContaining(
            "[source-breaking-change] metric `acme.sent` was renamed to `acme.bytes.sent`, against"
                + " the previous release "
                + jar
                + ": if the rename is deliberate, write replaces = \"acme.sent\" in its @Metric")
        .inFile(renamed)
        .onLineContaining("unit = \"byte\"");
    assertThat(
            compileAgainstPrevious(
                check(
                    "\"acme.sent\"",
                    "\"acme.bytes.sent\"",
                    "unit = \"byte\"",
                    "unit = \"byte\", replaces = \"acme.sent\"")))
        .succeededWithoutWarnings();
  }

  @Test
  void removal_isAnErrorOnTheIntegration_untilItAcceptsTheBreak() {
    JavaFileObject removed =
        check(SENT + "\n  public static final String SENT = \"acme.sent\";", "");

    assertThat(compileAgainstPrevious(removed))
        .hadErrorContaining(
            "[source-breaking-change] metric `acme.sent` was removed, against the previous"
                + " release "
                + jar
                + ": if it was renamed, write replaces = \"acme.sent\" in the @Metric of its"
                + " successor; if it is removed on purpose, name it in"
                + " @Integration(acceptedBreaks = ...)")
        .inFile(removed)
        .onLineContaining("@Integration(");
    assertThat(
            compileAgainstPrevious(
                check(
                    SENT + "\n  public static final String SENT = \"acme.sent\";",
                    "",
                    "metricPrefix = \"acme.\")",
                    "metricPrefix = \"acme.\", acceptedBreaks = \"acme.sent\")")))
        .succeededWithoutWarnings();
  }

  @Test
  void statusRemoved_isAnErrorOnTheStatuses_untilTheServiceCheckSaysWhy() {
    JavaFileObject changed =
        check("Status.OK, Status.WARNING, Status.CRITICAL", "Status.OK, Status.CRITICAL");

    assertThat(compileAgainstPrevious(changed))
        .hadErrorContaining(
            "[source-breaking-change] service check `acme.can_connect` no longer reports the"
                + " status `warning`, against the previous release "
                + jar
                + ": if the change is deliberate, say why with @ServiceCheck(breaking = \"...\")")
        .inFile(changed)
        .onLineContaining("statuses = {Status.OK, Status.CRITICAL}");
    assertThat(
            compileAgainstPrevious(
                check(
                    "Status.OK, Status.WARNING, Status.CRITICAL",
                    "Status.OK, Status.CRITICAL",
                    "agentVersion = \"7.50.0\",",
                    "agentVersion = \"7.50.0\", breaking = \"WARNING was never sent.\",")))
        .succeededWithoutWarnings();
  }

  @Test
  void acknowledgementThatMatchesNoChange_isAWarningOnIt() {
    JavaFileObject stale = check("unit = \"byte\"", "unit = \"byte\", replaces = \"acme.bytes\"");

    Compilation compilation = compileAgainstPrevious(stale);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[source-acknowledgement-unused] replaces = \"acme.bytes\" acknowledges no breaking"
                + " change against the previous release "
                + jar
                + ": remove it")
        .inFile(stale)
        .onLineContaining("replaces = \"acme.bytes\"");
  }

  @Test
  void unreadablePrevious_isAnOptionError() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not a jar");

    Compilation compilation =
        compile(List.of("-Addassets.profile=ddev", "-Addassets.previous=" + notes), check());

    assertThat(compilation)
        .hadErrorContaining("-Addassets.previous: " + notes + " is neither a folder nor a jar");
  }
}
