package io.github.ddassets.processor.hosts;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * A compiler that runs annotation processors through {@code javax.tools}: the JDK's javac, or
 * Eclipse's ECJ (the compiler of Eclipse's builder). Tests compile the same sources under both and
 * compare where the diagnostics land.
 */
public enum CompilerHost {
  JAVAC {
    @Override
    JavaCompiler compiler() {
      return ToolProvider.getSystemJavaCompiler();
    }

    @Override
    List<String> releaseOptions() {
      return List.of("--release", "17");
    }
  },
  ECJ {
    @Override
    JavaCompiler compiler() {
      return new EclipseCompiler();
    }

    @Override
    List<String> releaseOptions() {
      return List.of("-17");
    }
  };

  abstract JavaCompiler compiler();

  abstract List<String> releaseOptions();

  /**
   * One diagnostic, host-neutral.
   *
   * @param kind error, warning or note
   * @param file the file name, or empty when the host gave none
   * @param line the line, or -1 when the host gave none
   * @param message the message
   */
  public record Message(Diagnostic.Kind kind, String file, long line, String message) {}

  /**
   * Compiles sources written into {@code folder} with the ddassets processor and returns every
   * diagnostic.
   *
   * @param folder a scratch folder; sources go under {@code src}, classes under {@code classes}
   * @param sources source text by path relative to {@code src}, such as {@code test/Acme.java}
   */
  public List<Message> compile(Path folder, Map<String, String> sources) {
    try {
      Path src = Files.createDirectories(folder.resolve("src"));
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = src.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        names.add(source.getKey());
      }
      return compile(folder, names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles some of the sources under {@code folder/src} into {@code folder/classes}, with that
   * folder on the class path as well, the way Maven and IDE builders compile the changed files of
   * a module: what was compiled before is visible as classes.
   *
   * @param folder the folder holding {@code src}; {@code classes} and {@code generated} are created
   * @param files the sources to compile, relative to {@code src}
   */
  public List<Message> compile(Path folder, List<String> files) {
    try {
      Path src = folder.resolve("src");
      Path classes = Files.createDirectories(folder.resolve("classes"));
      Path generated = Files.createDirectories(folder.resolve("generated"));
      List<File> sourceFiles = files.stream().map(name -> src.resolve(name).toFile()).toList();
      List<File> classpath = new ArrayList<>();
      classpath.add(classes.toFile());
      Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
          .map(File::new)
          .forEach(classpath::add);
      JavaCompiler compiler = compiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager fileManager =
          compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        fileManager.setLocation(StandardLocation.CLASS_PATH, classpath);
        fileManager.setLocation(StandardLocation.ANNOTATION_PROCESSOR_PATH, classpath);
        fileManager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
        fileManager.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
        List<String> options = new ArrayList<>(releaseOptions());
        options.addAll(
            List.of(
                "-encoding", "UTF-8", "-processor", "io.github.ddassets.processor.AssetsProcessor"));
        // The host's own printout (ECJ prints each problem) is not wanted: the collector has them.
        compiler
            .getTask(
                new StringWriter(),
                fileManager,
                diagnostics,
                options,
                null,
                fileManager.getJavaFileObjectsFromFiles(sourceFiles))
            .call();
      }
      List<Message> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        String file =
            diagnostic.getSource() == null
                ? ""
                : Path.of(diagnostic.getSource().toUri()).getFileName().toString();
        messages.add(
            new Message(
                diagnostic.getKind(),
                file,
                diagnostic.getLineNumber(),
                diagnostic.getMessage(Locale.ROOT)));
      }
      return messages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
