package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.source;
import static io.github.ddassets.processor.Compilations.testTemplates;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Where the findings about {@code @Layout} flags land: on the flag, inside {@code @Layout}. */
class LayoutDiagnosticsTest {

  /** {@code test.AcmeCheck} with the given body. */
  private static JavaFileObject check(String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("import io.github.ddassets.annotations.*;");
    lines.add("@Integration(name = \"acme\")");
    lines.add("final class AcmeCheck {");
    lines.addAll(List.of(body));
    lines.add("}");
    return source("test.AcmeCheck", lines.toArray(new String[0]));
  }

  @Test
  void compactExampleOnAParameterThatIsNotAList_isReportedOnTheFlag() {
    JavaFileObject source =
        check(
            "  /** @param host The host. */",
            "  @InstanceConfig record Instance(",
            "      @Param(example = \"x\")",
            "      @Layout(compactExample = true) String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), source);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-attribute-invalid] compactExample of `host` needs a list parameter")
        .inFile(source)
        .onLineContaining("@Layout(compactExample = true)");
  }

  @Test
  void compactExampleOnAType_isMisplaced() {
    JavaFileObject source =
        check(
            "  /** @param host The host. */",
            "  @InstanceConfig",
            "  @Layout(compactExample = true)",
            "  record Instance(@Param(example = \"x\") String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), source);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-layout-misplaced] @Layout(compactExample) applies to a parameter of a"
                + " configuration type, which test.AcmeCheck.Instance is not")
        .inFile(source)
        .onLineContaining("@Layout(compactExample = true)");
  }

  @Test
  void requiredOnPropertiesOnAParameterWithoutNestedRecord_isMisplaced() {
    JavaFileObject source =
        check(
            "  /** @param hosts The hosts. */",
            "  @InstanceConfig record Instance(",
            "      @Param(example = \"[x]\")",
            "      @Layout(requiredOnProperties = true) java.util.List<String> hosts) {}");

    Compilation compilation = compile(List.of(testTemplates()), source);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-layout-misplaced] @Layout(requiredOnProperties) applies to a parameter whose"
                + " value holds a nested record, which parameter `hosts` is not")
        .inFile(source)
        .onLineContaining("@Layout(requiredOnProperties = true)");
  }

  @Test
  void requiredOnPropertiesOnTheNestedRecordType_isMisplaced() {
    JavaFileObject source =
        check(
            "  /** @param relay The relay. */",
            "  @InstanceConfig record Instance(@Param(example = \"{host: x}\") Relay relay) {}",
            "  @Layout(requiredOnProperties = true)",
            "  record Relay(@Param(required = true) String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), source);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-layout-misplaced] @Layout(requiredOnProperties) applies to a parameter whose"
                + " value holds a nested record, which test.AcmeCheck.Relay is not")
        .inFile(source)
        .onLineContaining("@Layout(requiredOnProperties = true)");
  }

  @Test
  void typeFlagOnAParameter_isMisplaced() {
    JavaFileObject source =
        check(
            "  /** @param host The host. */",
            "  @InstanceConfig record Instance(",
            "      @Param(example = \"x\")",
            "      @Layout(templatesFirst = true) String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), source);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-layout-misplaced] @Layout(templatesFirst) applies to an @InitConfig or"
                + " @InstanceConfig type, which parameter `host` is not")
        .inFile(source)
        .onLineContaining("@Layout(templatesFirst = true)");
  }

  @Test
  void emptyOptionsNamingATemplateTheTypeDoesNotUse_isReportedOnThatName() {
    JavaFileObject source =
        check(
            "  /** @param host The host. */",
            "  @InstanceConfig",
            "  @Layout(emptyOptions = {\"instances/default\",",
            "      \"instances/http\"})",
            "  record Instance(@Param(example = \"x\") String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), source);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-layout-misplaced] @Layout(emptyOptions) names `instances/http`, which is not"
                + " a template of the @InitConfig, @InstanceConfig or @AutoConf of"
                + " test.AcmeCheck.Instance")
        .inFile(source)
        .onLineContaining("\"instances/http\"})");
  }

  @Test
  void emptyServiceChecksOutsideTheIntegrationClass_isMisplaced() {
    JavaFileObject source =
        check(
            "  /** @param host The host. */",
            "  @InstanceConfig",
            "  @Layout(emptyServiceChecks = true)",
            "  record Instance(@Param(example = \"x\") String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), source);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-layout-misplaced] @Layout(emptyServiceChecks) applies to the @Integration"
                + " class, which test.AcmeCheck.Instance is not")
        .inFile(source)
        .onLineContaining("@Layout(emptyServiceChecks = true)");
  }

  @Test
  void emptyServiceChecksObjectOutsideTheIntegrationClass_isMisplaced() {
    JavaFileObject source =
        check(
            "  /** @param host The host. */",
            "  @InstanceConfig",
            "  @Layout(emptyServiceChecksObject = true)",
            "  record Instance(@Param(example = \"x\") String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), source);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-layout-misplaced] @Layout(emptyServiceChecksObject) applies to the"
                + " @Integration class, which test.AcmeCheck.Instance is not")
        .inFile(source)
        .onLineContaining("@Layout(emptyServiceChecksObject = true)");
  }
}
