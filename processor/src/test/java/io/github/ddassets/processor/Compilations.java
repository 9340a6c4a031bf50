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

  /** A source file from the test resources, such as {@code config/AcmeCheck.java}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  /** The option that resolves spec templates with the small set of the test resources. */
  static String testTemplates() {
    try {
      return "-Addassets.templates="
          + Path.of(Compilations.class.getResource("/templates").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a golden file of the test resources, {@code goldens/<test>/<name>}. */
  static String golden(String test, String name) {
    String resource = "/goldens/" + test + "/" + name;
    try (java.io.InputStream in = Compilations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of every file the compilation generated, sources included, by path. */
  static java.util.Map<String, String> allGenerated(Compilation compilation) {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        files.put(file.toUri().getPath(), contents(file));
      }
    }
    return files;
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
    return writtenToDisk(options, sources, StandardLocation.CLASS_OUTPUT).stream()
        .filter(path -> path.startsWith("META-INF/"))
        .toList();
  }

  /** Like {@link #assetsWrittenToDisk}, for the Java sources the processor generated. */
  static List<String> sourcesWrittenToDisk(List<String> options, List<JavaFileObject> sources) {
    return writtenToDisk(options, sources, StandardLocation.SOURCE_OUTPUT);
  }

  private static List<String> writtenToDisk(
      List<String> options, List<JavaFileObject> sources, StandardLocation location) {
    return List.copyOf(filesOnDisk(options, sources, location).keySet());
  }

  /**
   * Compiles with javac into real output folders and returns the text of every file found in the
   * given location afterwards, by path relative to it.
   */
  static java.util.SortedMap<String, String> filesOnDisk(
      List<String> options, List<JavaFileObject> sources, StandardLocation location) {
    try {
      Path classes = Files.createTempDirectory("ddassets-out");
      Path generatedSources = Files.createTempDirectory("ddassets-src");
      try {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files =
            compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
          files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
          files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generatedSources));
          JavaCompiler.CompilationTask task =
              compiler.getTask(new StringWriter(), files, diagnostic -> {}, options, null, sources);
          task.setProcessors(List.of(new AssetsProcessor()));
          task.call();
        }
        Path out = location == StandardLocation.CLASS_OUTPUT ? classes : generatedSources;
        java.util.SortedMap<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
          for (Path path : walk.filter(Files::isRegularFile).toList()) {
            files.put(
                out.relativize(path).toString().replace('\\', '/'),
                Files.readString(path, StandardCharsets.ISO_8859_1));
          }
        }
        return files;
      } finally {
        for (Path dir : List.of(classes, generatedSources)) {
          try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
          }
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
