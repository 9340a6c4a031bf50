package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.source;
import static io.github.ddassets.processor.Compilations.testTemplates;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Where configuration findings land in the sources, beyond one case per rule. */
class ConfigDiagnosticsTest {

  private static final JavaFileObject ACME =
      source(
          "test.AcmeCheck",
          "package test;",
          "import io.github.ddassets.annotations.*;",
          "@Integration(name = \"acme\")",
          "public final class AcmeCheck {}");

  @Test
  void configurationWithoutIntegration_isReportedOnTheType() {
    JavaFileObject orphan =
        source(
            "test.Orphan",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "/** @param host The host. */",
            "@InstanceConfig",
            "record Orphan(@Param(example = \"x\") String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), ACME, orphan);

    assertThat(compilation)
        .hadErrorContaining("[source-no-integration] test.Orphan is not declared inside a class")
        .inFile(orphan)
        .onLineContaining("record Orphan");
  }

  @Test
  void checkThatIsNotAnIntegration_isReportedOnTheCheckAttribute() {
    JavaFileObject instance =
        source(
            "test.Instance",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "/** @param host The host. */",
            "@InstanceConfig(",
            "    check = String.class)",
            "record Instance(@Param(example = \"x\") String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), ACME, instance);

    assertThat(compilation)
        .hadErrorContaining("[source-check-not-integration] check = String.class")
        .inFile(instance)
        .onLineContaining("check = String.class");
  }

  @Test
  void typeInvisibleToTheLoader_isReported() {
    JavaFileObject instance =
        source(
            "other.Instance",
            "package other;",
            "import io.github.ddassets.annotations.*;",
            "/** @param host The host. */",
            "@InstanceConfig(check = test.AcmeCheck.class)",
            "record Instance(@Param(example = \"x\") String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), ACME, instance);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-config-shape] Instance is not visible from package `test`, where the"
                + " generated loader lives")
        .inFile(instance)
        .onLineContaining("@InstanceConfig");
  }

  @Test
  void publicTypeInAnotherPackage_getsItsLoader() {
    JavaFileObject instance =
        source(
            "other.Instance",
            "package other;",
            "import io.github.ddassets.annotations.*;",
            "/** @param host The host. */",
            "@InstanceConfig(check = test.AcmeCheck.class)",
            "public record Instance(@Param(example = \"x\") String host) {}");

    Compilation compilation = compile(List.of(testTemplates()), ACME, instance);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.AcmeCheckConfigLoader");
    assertThat(compilation).generatedSourceFile("test.AcmeCheckConfigLoaderSupport");
  }

  @Test
  void everyConfigurationMistake_isReportedInOneCompilation() {
    JavaFileObject instance =
        source(
            "test.Instance",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "@InstanceConfig(check = AcmeCheck.class)",
            "record Instance(",
            "    boolean verify,",
            "    @Param(description = \"Port.\", example = \"abc\") int port,",
            "    @Param(description = \"Mode.\", pattern = \"(\") String mode) {}");

    Compilation compilation = compile(List.of(testTemplates()), ACME, instance);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[spec-option-description]")
        .inFile(instance)
        .onLineContaining("boolean verify");
    assertThat(compilation)
        .hadErrorContaining("[spec-example-type]")
        .inFile(instance)
        .onLineContaining("example = \"abc\"");
    assertThat(compilation)
        .hadErrorContaining(
            "[source-attribute-invalid] pattern of `mode` is not a regular expression")
        .inFile(instance)
        .onLineContaining("pattern = \"(\"");
  }
}
