package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.assetsWrittenToDisk;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.generated;
import static io.github.ddassets.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the processor promises to javac and to its users, beyond the individual rules. */
class ProcessorContractTest {

  private static final JavaFileObject THREE_MISTAKES =
      RuleCase.acmeCheck(
          "  @Metric(type = MetricType.GAUGE, description = \"Bytes.\",",
          "      unit = \"byts\")",
          "  static final String BYTES = \"acme.bytes\";",
          "  @Metric(type = MetricType.GAUGE, description = \"Bad name.\")",
          "  static final String BAD = \"acme.Bad-Name\";",
          "  @ServiceCheck(name = \"Acme up\", description = \"Up.\",",
          "      agentVersion = \"latest\")",
          "  static final String UP = \"acme.up\";");

  private static final JavaFileObject WARNINGS_ONLY =
      RuleCase.acmeCheck(
          "  @Metric(type = MetricType.GAUGE, description = \"Same.\") static final String A ="
              + " \"acme.a\";",
          "  @Metric(type = MetricType.GAUGE, description = \"Same.\") static final String B ="
              + " \"acme.b\";");

  @Test
  void severalMistakes_areAllReportedAndNothingIsWritten() {
    Compilation compilation = compile(THREE_MISTAKES);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[metadata-unit-unknown] `byts` is not a valid unit_name (did you mean `byte`?)")
        .inFile(THREE_MISTAKES)
        .onLineContaining("unit = \"byts\"");
    assertThat(compilation)
        .hadErrorContaining(
            "[metadata-name-not-normalized] metric name `acme.Bad-Name` is not normalized")
        .inFile(THREE_MISTAKES)
        .onLineContaining("String BAD");
    assertThat(compilation)
        .hadErrorContaining("[service-checks-agent-version] invalid agent_version `latest`")
        .inFile(THREE_MISTAKES)
        .onLineContaining("agentVersion = \"latest\"");
    assertThat(assetsWrittenToDisk(List.of(), List.of(THREE_MISTAKES))).isEmpty();
  }

  @Test
  void warnings_doNotFailTheBuild() {
    Compilation compilation = compile(WARNINGS_ONLY);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(generated(compilation, "META-INF/datadog/acme/metadata.csv")).isPresent();
  }

  @Test
  void warnings_failTheBuildUnderWerror() {
    Compilation compilation = compile(List.of("-Werror"), WARNINGS_ONLY);

    assertThat(compilation).failed();
    assertThat(compilation).hadWarningContaining("[metadata-description-duplicate]");
  }

  @Test
  void ddevProfile_keepsDocumentationRulesOut() {
    JavaFileObject undocumented =
        RuleCase.acmeCheck(
            "  @Metric(type = MetricType.GAUGE) static final String A = \"acme.a\";");

    Compilation ddev = compile(List.of("-Addassets.profile=ddev"), undocumented);
    Compilation strict = compile(List.of("-Addassets.profile=strict"), undocumented);

    assertThat(ddev).succeeded();
    assertThat(ddev)
        .hadWarningContaining("[metadata-description-empty] metric `acme.a` has no description");
    assertThat(strict)
        .hadErrorContaining("[metadata-description-empty] metric `acme.a` has no description");
  }

  @Test
  void unknownProfile_isAnErrorNamingTheOption() {
    Compilation compilation = compile(List.of("-Addassets.profile=lenient"), WARNINGS_ONLY);

    assertThat(compilation)
        .hadErrorContaining("-Addassets.profile=lenient is not a profile: use ddev or strict");
    assertThat(assetsWrittenToDisk(List.of("-Addassets.profile=lenient"), List.of(WARNINGS_ONLY)))
        .isEmpty();
  }

  @Test
  void agentVersionOption_fillsServiceChecksWithoutOne() {
    JavaFileObject check =
        RuleCase.acmeCheck(
            "  @ServiceCheck(name = \"Acme up\", description = \"Up.\") static final String UP ="
                + " \"acme.up\";");

    Compilation withOption = compile(List.of("-Addassets.agentVersion=7.61.0"), check);
    Compilation without = compile(check);

    assertThat(
            generated(withOption, "META-INF/datadog/acme/assets/service_checks.json").orElseThrow())
        .contains("\"agent_version\": \"7.61.0\"");
    assertThat(without)
        .hadErrorContaining(
            "[service-checks-agent-version] agent_version must be a non-empty string such as 7.59.0"
                + " (set agentVersion = \"7.59.0\" on @ServiceCheck, or pass"
                + " -Addassets.agentVersion=7.59.0)")
        .inFile(check)
        .onLineContaining("@ServiceCheck(name = \"Acme up\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "a/b", "", "a\\\\b", ".hidden"})
  void unsafeIntegrationName_isRejectedBeforeAnythingIsWritten(String name) {
    JavaFileObject check =
        source(
            "test.Unsafe",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "@Integration(name = \"" + name + "\")",
            "final class Unsafe {",
            "  @Metric(type = MetricType.GAUGE, description = \"X.\") static final String X ="
                + " \"x.y\";",
            "}");

    Compilation compilation = compile(check);

    assertThat(compilation)
        .hadErrorContaining("[integration-name-unsafe]")
        .inFile(check)
        .onLineContaining("@Integration(name");
    assertThat(assetsWrittenToDisk(List.of(), List.of(check))).isEmpty();
  }

  @Test
  void processor_isRegisteredForServiceLoaderAndGradle() throws IOException {
    List<String> processors =
        ServiceLoader.load(Processor.class, getClass().getClassLoader()).stream()
            .map(provider -> provider.type().getName())
            .filter(name -> name.startsWith("io.github.ddassets"))
            .toList();
    String gradle;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      gradle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(processors).containsExactly(AssetsProcessor.class.getName());
    assertThat(gradle).isEqualTo("io.github.ddassets.processor.AssetsProcessor,aggregating\n");
  }

  @Test
  void processor_supportsTheLatestSourceVersionAndOnlyItsAnnotations() {
    AssetsProcessor processor = new AssetsProcessor();

    assertThat(processor.getSupportedSourceVersion())
        .isEqualTo(javax.lang.model.SourceVersion.latestSupported());
    assertThat(processor.getSupportedAnnotationTypes())
        .containsExactlyInAnyOrder(
            "io.github.ddassets.annotations.Integration",
            "io.github.ddassets.annotations.Listing",
            "io.github.ddassets.annotations.Layout",
            "io.github.ddassets.annotations.Metric",
            "io.github.ddassets.annotations.ServiceCheck",
            "io.github.ddassets.annotations.InitConfig",
            "io.github.ddassets.annotations.InstanceConfig",
            "io.github.ddassets.annotations.Param",
            "io.github.ddassets.annotations.Logs",
            "io.github.ddassets.annotations.AutoConf",
            "io.github.ddassets.annotations.OAuth",
            "io.github.ddassets.annotations.JmxRule",
            "io.github.ddassets.annotations.JmxRules",
            "io.github.ddassets.annotations.NotFromJmx");
    assertThat(processor.getSupportedOptions())
        .containsExactlyInAnyOrder(
            "ddassets.profile",
            "ddassets.agentVersion",
            "ddassets.verify",
            "ddassets.sync",
            "ddassets.templates",
            "ddassets.loader",
            "ddassets.warmUp",
            "ddassets.manifest",
            "ddassets.manifestNewline",
            "ddassets.suppress",
            "ddassets.rules",
            "ddassets.failOn",
            "ddassets.config",
            "ddassets.baseline",
            "ddassets.writeBaseline",
            "ddassets.previous");
  }
}
