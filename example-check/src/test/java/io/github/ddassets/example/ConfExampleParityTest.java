package io.github.ddassets.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.testing.SharedReference;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code conf.yaml.example} the build put in the jar is what the ddev renderer makes of the
 * jar's {@code spec.yaml}: with the built-in templates the build used, and, compiling the check
 * again with {@code -Addassets.templates} pointing at ddev's templates, with those.
 */
class ConfExampleParityTest {

  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void builtInTemplates_renderTheJarsExampleByteForByte() {
    String spec = ClasspathAssets.read(ClasspathAssets.SPEC);

    String rendered = confExample(render(spec, ConfigTemplates.builtIn()));

    assertThat(rendered).isEqualTo(ClasspathAssets.read(ClasspathAssets.EXAMPLE));
  }

  @Test
  void ddevTemplates_theProcessorWritesWhatTheRendererMakesOfTheSpec(@TempDir Path out)
      throws IOException {
    Path ddev = SharedReference.reference().resolve("ddev-templates");
    Path classes = Files.createDirectories(out.resolve("classes"));

    String diagnostics = compile(classes, "-Addassets.templates=" + ddev);

    Path folder = classes.resolve(ClasspathAssets.ROOT);
    String spec = Files.readString(folder.resolve(ClasspathAssets.SPEC), StandardCharsets.UTF_8);
    String written =
        Files.readString(folder.resolve(ClasspathAssets.EXAMPLE), StandardCharsets.UTF_8);
    ConfigTemplates templates =
        new ConfigTemplates(
            List.of(TemplateRoot.directory(ddev, "ddev-templates"), TemplateRoot.builtIn()));
    assertThat(diagnostics).isEmpty();
    // The templates change the rendering, never the spec, which keeps its template references.
    assertThat(spec).isEqualTo(ClasspathAssets.read(ClasspathAssets.SPEC));
    assertThat(written).isEqualTo(confExample(render(spec, templates)));
    // ddev's wording is not the built-in one: the comparison above is not a tautology.
    assertThat(written).isNotEqualTo(ClasspathAssets.read(ClasspathAssets.EXAMPLE));
  }

  private static SpecRendering.Result render(String spec, ConfigTemplates templates) {
    SpecRendering.Result result = SpecRendering.render(spec, "spec.yaml", "jvm_runtime", templates);
    assertThat(result.findings()).isEmpty();
    return result;
  }

  private static String confExample(SpecRendering.Result result) {
    return result.examples().stream()
        .filter(example -> example.exampleName().equals("conf.yaml.example"))
        .map(RenderedExample::text)
        .findFirst()
        .orElseThrow();
  }

  /** Compiles the check's sources with the processor; returns javac's diagnostics. */
  private static String compile(Path classes, String option) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<File> sources;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      sources = files.filter(file -> file.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    // The check's own classes stay off the class path: javac compiles them from source here.
    Path ownClasses = Path.of("target/classes").toAbsolutePath();
    String classpath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).toAbsolutePath().equals(ownClasses))
            .collect(Collectors.joining(File.pathSeparator));
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled =
          javac
              .getTask(
                  diagnostics,
                  files,
                  null,
                  List.of(
                      "-d",
                      classes.toString(),
                      "-s",
                      Files.createDirectories(classes.resolveSibling("generated")).toString(),
                      "-classpath",
                      classpath,
                      "-processorpath",
                      classpath,
                      "-processor",
                      "io.github.ddassets.processor.AssetsProcessor",
                      "-Addassets.profile=strict",
                      option),
                  null,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
      assertThat(compiled).as(diagnostics.toString()).isTrue();
    }
    return diagnostics.toString();
  }
}
