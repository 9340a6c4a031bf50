package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated configuration loader needs SnakeYAML at compile time. Without it a build fails with
 * one finding on the configuration record, not with the loader's own compile errors; {@code
 * -Addassets.loader=false} turns loaders off, and the need with them.
 */
class LoaderDependencyTest {

  private static final JavaFileObject CHECK =
      source(
          "test.AcmeCheck",
          "package test;",
          "import io.github.ddassets.annotations.*;",
          "@Integration(name = \"acme\")",
          "public final class AcmeCheck {",
          "  /**",
          "   * One Acme server.",
          "   *",
          "   * @param url The base URL of the Acme admin API.",
          "   */",
          "  @InstanceConfig",
          "  record Instance(@Param(example = \"http://localhost:8080\") String url) {}",
          "}");

  @Test
  void withoutSnakeYaml_isOneFindingOnTheRecord() {
    Compilation compilation = compileWithoutSnakeYaml(List.of());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[source-loader-dependency] the configuration loader of this record reads conf.yaml"
                + " with SnakeYAML, but org.yaml.snakeyaml.Yaml is not on the compile class path:"
                + " add the dependency org.yaml:snakeyaml (2.x), or turn loaders off with"
                + " -Addassets.loader=false")
        .inFile(CHECK)
        .onLineContaining("record Instance");
  }

  @Test
  void loaderOff_buildsWithoutSnakeYamlAndGeneratesNoLoader() {
    Compilation compilation = compileWithoutSnakeYaml(List.of("-Addassets.loader=false"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT, "META-INF/datadog/acme/assets/configuration/spec.yaml");
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  @Test
  void loaderOptionThatIsNotABoolean_isAnError() {
    Compilation compilation = compileWithoutSnakeYaml(List.of("-Addassets.loader=maybe"));

    assertThat(compilation).hadErrorContaining("-Addassets.loader=maybe is not true or false");
  }

  private static Compilation compileWithoutSnakeYaml(List<String> options) {
    List<File> classpath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("snakeyaml"))
            .map(File::new)
            .toList();
    return Compiler.javac()
        .withProcessors(new AssetsProcessor())
        .withClasspath(classpath)
        .withOptions(options)
        .compile(CHECK);
  }
}
