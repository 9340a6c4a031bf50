package io.github.ddassets.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Helpers to compile test sources with the processor and read what it wrote. */
final class Compilations {

  private Compilations() {}

  /** A source file from its qualified class name and lines. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Compiles the sources with the processor and the given {@code -A...} options. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new AssetsProcessor()).withOptions(options).compile(sources);
  }

  /** Compiles under the strict profile (the default). */
  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** The text of a generated class-output resource, if it was written. */
  static Optional<String> generated(Compilation compilation, String path) {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .map(Compilations::contents);
  }

  /**
   * Compiles with javac into a real class-output folder and returns the asset files found there
   * afterwards, relative to it. compile-testing hides generated files of a failed compilation; this
   * shows that nothing was written at all.
   */
  static List<String> assetsWrittenToDisk(List<String> options, List<JavaFileObject> sources) {
    try {
      Path out = Files.createTempDirectory("ddassets-out");
      try {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files =
            compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
          files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
          JavaCompiler.CompilationTask task =
              compiler.getTask(new StringWriter(), files, diagnostic -> {}, options, null, sources);
          task.setProcessors(List.of(new AssetsProcessor()));
          task.call();
        }
        try (Stream<Path> walk = Files.walk(out)) {
          return walk.filter(Files::isRegularFile)
              .map(path -> out.relativize(path).toString().replace('\\', '/'))
              .filter(path -> path.startsWith("META-INF/"))
              .sorted()
              .toList();
        }
      } finally {
        try (Stream<Path> walk = Files.walk(out)) {
          walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paths of every file the processor wrote under META-INF/datadog. */
  static List<String> assetPaths(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .map(JavaFileObject::toUri)
        .map(Object::toString)
        .filter(uri -> uri.contains("META-INF/datadog/"))
        .map(uri -> uri.substring(uri.indexOf("META-INF/datadog/")))
        .sorted()
        .toList();
  }

  private static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
