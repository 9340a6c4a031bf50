package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.generated;
import static io.github.ddassets.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Generated files do not depend on the order javac sees the sources in. */
class DeterminismTest {

  private static final List<String> FILES =
      List.of(
          "META-INF/datadog/acme/metadata.csv", "META-INF/datadog/acme/assets/service_checks.json");

  @Test
  void shuffledSources_giveByteIdenticalFiles() {
    List<String> reference = assertSameForEveryOrder(sources(""), List.of());
    assertThat(reference.get(0).lines().skip(1).map(row -> row.split(",")[0]))
        .containsExactly(
            "acme.m0", "acme.m1", "acme.m2", "acme.m3", "acme.m4", "acme.m5", "acme.zeta");
  }

  @Test
  void declarationOrder_isTheSameForEveryOrderOfTheSources() {
    // By class name, then by position: AcmeCheck's metric first, then Metrics0 to Metrics5.
    List<String> reference =
        assertSameForEveryOrder(
            sources("@Layout(metricsInDeclarationOrder = true)"),
            List.of("-Addassets.profile=ddev"));
    assertThat(reference.get(0).lines().skip(1).map(row -> row.split(",")[0]))
        .containsExactly(
            "acme.zeta", "acme.m5", "acme.m4", "acme.m3", "acme.m2", "acme.m1", "acme.m0");
  }

  private static List<String> assertSameForEveryOrder(
      List<JavaFileObject> sources, List<String> options) {
    List<String> reference = outputs(sources, options);
    Random random = new Random(42);
    for (int attempt = 0; attempt < 4; attempt++) {
      List<JavaFileObject> shuffled = new ArrayList<>(sources);
      Collections.shuffle(shuffled, random);
      assertThat(outputs(shuffled, options)).isEqualTo(reference);
    }
    List<JavaFileObject> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    assertThat(outputs(reversed, options)).isEqualTo(reference);
    return reference;
  }

  private static List<JavaFileObject> sources(String layout) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        source(
            "test.AcmeCheck",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "@Integration(name = \"acme\")",
            layout,
            "final class AcmeCheck {",
            "  /** Zeta. */ @Metric(type = MetricType.GAUGE) static final String Z = \"acme.zeta\";",
            "  /** Up. */ @ServiceCheck(name = \"Acme up\", agentVersion = \"7.59.0\") static final String UP = \"acme.up\";",
            "}"));
    for (int i = 0; i < 6; i++) {
      sources.add(
          source(
              "test.Metrics" + i,
              "package test;",
              "import io.github.ddassets.annotations.*;",
              "final class Metrics" + i + " {",
              "  /** Metric "
                  + i
                  + ". */ @Metric(type = MetricType.COUNT, check = AcmeCheck.class)",
              "  static final String M = \"acme.m" + (5 - i) + "\";",
              "  /** Check "
                  + i
                  + ". */ @ServiceCheck(name = \"Acme "
                  + i
                  + "\", agentVersion = \"7.59.0\", check = AcmeCheck.class)",
              "  static final String C = \"acme.check" + (i % 3) + "_" + i + "\";",
              "}"));
    }
    return sources;
  }

  private static List<String> outputs(List<JavaFileObject> sources, List<String> options) {
    Compilation compilation = compile(options, sources.toArray(new JavaFileObject[0]));
    assertThat(compilation).succeededWithoutWarnings();
    return FILES.stream().map(file -> generated(compilation, file).orElseThrow()).toList();
  }
}
