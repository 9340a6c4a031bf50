package io.github.ddassets.bench;

import io.github.ddassets.processor.AssetsProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a synthetic project with the JDK's own javac in this JVM, with a fresh file manager and
 * class output per run, and times it. A run with errors fails the benchmark.
 */
final class InProcessJavac {

  /**
   * The outcome of one compilation.
   *
   * @param nanos the wall-clock time of the compilation, file manager included
   * @param warnings the warnings javac (or the processor) reported
   */
  record Run(long nanos, long threadCpuNanos, List<String> warnings) {}

  private final JavaCompiler compiler;
  private final JavacSetup setup;

  InProcessJavac(JavacSetup setup) {
    this.compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new BenchException("no system Java compiler: run the benchmark on a JDK, not a JRE");
    }
    this.setup = setup;
  }

  /** Compiles the project into a class output folder that must not exist yet or be empty. */
  Run compile(SyntheticProject project, Variant variant, Path classOutput) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter javacOut = new StringWriter();
    try {
      Files.createDirectories(classOutput);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + classOutput, e);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    boolean success;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              javacOut,
              files,
              diagnostics,
              setup.options(variant, classOutput),
              null,
              files.getJavaFileObjectsFromPaths(project.sources()));
      if (setup.mode() == ProcessorMode.INSTANCE && variant != Variant.PLAIN) {
        task.setProcessors(
            List.of(variant == Variant.DDASSETS ? new AssetsProcessor() : new NoOpProcessor()));
      }
      success = task.call();
    } catch (IOException e) {
      throw new UncheckedIOException("javac's file manager failed", e);
    }
    long nanos = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    List<Diagnostic<? extends JavaFileObject>> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .toList();
    if (!success || !errors.isEmpty()) {
      throw new BenchException(
          variant.label()
              + " failed with "
              + errors.size()
              + " error(s):\n"
              + errors.stream()
                  .limit(20)
                  .map(InProcessJavac::describe)
                  .collect(Collectors.joining("\n"))
              + (javacOut.toString().isBlank() ? "" : "\njavac said:\n" + javacOut));
    }
    List<String> warnings =
        diagnostics.getDiagnostics().stream()
            .filter(
                d ->
                    d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
            .map(InProcessJavac::describe)
            .toList();
    return new Run(nanos, cpuNanos, warnings);
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    String where =
        diagnostic.getSource() == null
            ? ""
            : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
    return "  "
        + where
        + diagnostic.getKind().toString().toLowerCase(Locale.ROOT)
        + ": "
        + diagnostic.getMessage(Locale.ROOT);
  }
}
