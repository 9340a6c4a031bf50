package io.github.ddassets.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.render.ManifestRenderer;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip of issue 5: for each of the 233 manifests of the integrations-extras corpus, Java
 * annotated with what the code owns (the display name, the metric prefix, the metrics of {@code
 * metrics.check} as {@code @Metric} constants marked {@code emittedEveryRun}), compiled with the
 * processor and the corpus manifest as base, gives the corpus manifest back byte for byte (in
 * {@code json.dumps} layout for the 15 laid out by hand).
 *
 * <p>21 manifests have a {@code tile.description} longer than the 80 characters Datadog allows
 * (extras CI never runs the manifest validation): the processor refuses them, so their base is a
 * copy with that description cut to 80 characters, and the copy must come back byte for byte.
 */
class ManifestCorpusRoundTripTest {

  /** Integrations per compilation: an error in one stops the writing of all of its batch. */
  private static final int BATCH = 80;

  @TempDir Path copies;

  @Test
  void annotationsPlusCorpusManifestAsBase_reproduceEveryManifest() throws IOException {
    Path corpus = SharedReference.corpus();
    List<Case> cases = new ArrayList<>();
    for (IntegrationFolder folder : IntegrationFolder.under(corpus)) {
      if (Files.isRegularFile(folder.manifest())) {
        cases.add(caseOf(folder, cases.size()));
      }
    }

    List<String> canonical = new ArrayList<>();
    List<String> canonicalized = new ArrayList<>();
    List<String> different = new ArrayList<>();
    for (int start = 0; start < cases.size(); start += BATCH) {
      List<Case> batch = cases.subList(start, Math.min(cases.size(), start + BATCH));
      Compilation compilation =
          Compilations.compile(
              List.of("-Addassets.profile=ddev"),
              batch.stream().map(Case::source).toArray(JavaFileObject[]::new));
      assertThat(errors(compilation)).as("errors").isEmpty();
      for (Case item : batch) {
        String generated =
            Compilations.generated(
                    compilation, "META-INF/datadog/" + item.name() + "/manifest.json")
                .orElse("(not generated)");
        if (!generated.equals(item.expected())) {
          different.add(item.name());
        } else if (item.canonical()) {
          canonical.add(item.name());
        } else {
          canonicalized.add(item.name());
        }
      }
    }
    List<String> shortened = cases.stream().filter(Case::shortened).map(Case::name).toList();
    System.out.printf(
        "%nmanifest.json round trip through the processor: %d of %d canonical manifests"
            + " byte-identical (%d of them with a tile.description cut to 80 characters), %d of"
            + " %d hand-laid-out manifests identical to their canonical form; different: %s%n",
        canonical.size(),
        cases.stream().filter(Case::canonical).count(),
        shortened.stream().filter(canonical::contains).count(),
        canonicalized.size(),
        cases.stream().filter(item -> !item.canonical()).count(),
        different);

    assertThat(cases).hasSize(233);
    assertThat(different).isEmpty();
    assertThat(canonical).hasSize(218);
    assertThat(canonicalized).hasSize(15);
    assertThat(shortened).hasSize(21);

    // With their own manifest as base, those 21 are refused, each with one error on its base.
    Compilation refused =
        Compilations.compile(
            List.of("-Addassets.profile=ddev"),
            cases.stream()
                .filter(Case::shortened)
                .map(Case::withOriginalBase)
                .toArray(JavaFileObject[]::new));
    assertThat(errors(refused))
        .hasSize(21)
        .allMatch(error -> error.contains("/manifest.json:"))
        .allMatch(error -> error.contains("[manifest-description-too-long] tile.description has"));
  }

  /** One corpus manifest: the Java that declares what the code owns, and the expected text. */
  private record Case(
      String name,
      JavaFileObject source,
      JavaFileObject withOriginalBase,
      String expected,
      boolean canonical,
      boolean shortened) {}

  private Case caseOf(IntegrationFolder folder, int index) throws IOException {
    String name = folder.name();
    String text = TextFiles.readUtf8(folder.manifest());
    Manifest manifest = ManifestReader.parse(text, name).value().orElseThrow();
    boolean canonical = ManifestRenderer.render(manifest).equals(text);
    Path base = folder.manifest();
    String expected = ManifestRenderer.render(manifest);
    boolean shortened = false;
    String description = manifest.text(ManifestPointers.TILE_DESCRIPTION).orElse("");
    if (description.codePointCount(0, description.length()) > 80) {
      String cut = description.substring(0, description.offsetByCodePoints(0, 80));
      ObjectNode copy = manifest.root().deepCopy();
      ((ObjectNode) copy.get("tile")).put("description", cut);
      expected = ManifestRenderer.render(copy, manifest.format());
      // A hand-laid-out file keeps its layout in the copy: only the description's text changes.
      String copied = canonical ? expected : text.replace(description, cut);
      assertThat(copied).as(name).isNotEqualTo(text);
      base = copies.resolve(name + ".json");
      Files.writeString(base, copied);
      shortened = true;
    }
    return new Case(
        name,
        source(folder, manifest, base, index),
        source(folder, manifest, folder.manifest(), index),
        expected,
        canonical,
        shortened);
  }

  /** The check class: @Integration with the owned values, and the metrics.check metrics. */
  private static JavaFileObject source(
      IntegrationFolder folder, Manifest manifest, Path base, int index) {
    Map<String, MetricRow> rows = new HashMap<>();
    if (Files.isRegularFile(folder.metadata())) {
      MetadataReader.read(folder.metadata(), "metadata.csv")
          .value()
          .ifPresent(file -> file.rows().forEach(row -> rows.put(row.metricName(), row)));
    }
    List<String> attributes = new ArrayList<>();
    attributes.add("name = " + literal(folder.name()));
    manifest.sourceTypeName().ifPresent(name -> attributes.add("displayName = " + literal(name)));
    manifest
        .metricPrefix()
        .ifPresent(prefix -> attributes.add("metricPrefix = " + literal(prefix)));
    attributes.add("manifest = " + literal(base.toAbsolutePath().toString()));
    List<String> lines = new ArrayList<>();
    lines.add("package corpus;");
    lines.add("import io.github.ddassets.annotations.*;");
    lines.add("@Integration(" + String.join(", ", attributes) + ")");
    lines.add("final class Check" + index + " {");
    Set<String> metrics = new LinkedHashSet<>(manifest.metricsCheck());
    int constant = 0;
    for (String metric : metrics) {
      MetricRow row = rows.get(metric);
      String type =
          row == null ? "GAUGE" : row.value(MetadataColumn.METRIC_TYPE).toUpperCase(Locale.ROOT);
      String description =
          row == null || row.value(MetadataColumn.DESCRIPTION).isEmpty()
              ? "Submitted on every run."
              : row.value(MetadataColumn.DESCRIPTION);
      lines.add(
          "  @Metric(type = MetricType."
              + type
              + ", description = "
              + literal(description)
              + ", emittedEveryRun = true)");
      lines.add("  static final String M" + constant++ + " = " + literal(metric) + ";");
    }
    lines.add("}");
    return Compilations.source("corpus.Check" + index, lines.toArray(new String[0]));
  }

  private static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
        .map(Object::toString)
        .toList();
  }
}
