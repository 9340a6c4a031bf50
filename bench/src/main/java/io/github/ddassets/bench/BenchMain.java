package io.github.ddassets.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's entry point: for each size, generates a synthetic project, times javac on it with
 * and without the ddassets processor, then times {@code ddassets validate} on the corpus. Results
 * go to standard output as Markdown; progress goes to standard error.
 */
public final class BenchMain {

  private BenchMain() {}

  /** Runs the benchmark and exits with 0, or 1 when a run failed, or 2 on a bad argument. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the benchmark and returns the exit code. */
  public static int run(String... args) {
    PrintStream out = System.out;
    PrintStream progress = System.err;
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (BenchException e) {
      progress.println("ddassets-bench: " + e.getMessage());
      return 2;
    }
    if (options.help()) {
      out.print(BenchOptions.USAGE);
      return 0;
    }
    try {
      benchmark(options, out, progress);
      return 0;
    } catch (BenchException | UncheckedIOException e) {
      progress.println("ddassets-bench: FAILED: " + e.getMessage());
      return 1;
    }
  }

  private static void benchmark(BenchOptions options, PrintStream out, PrintStream progress) {
    JavacSetup setup = JavacSetup.of(options.processorPath(), options.mode());
    Optional<Path> corpus = options.validate() ? corpus(options) : Optional.empty();
    if (options.validate() && corpus.isEmpty()) {
      progress.println(
          "ddassets-bench: no corpus found (../shared/corpus/integrations-extras); validate is not"
              + " timed. Pass --corpus DIR to time it.");
    }
    Path workDir = workDir(options);
    progress.println("ddassets-bench: working in " + workDir);
    List<CompileResult> results = new ArrayList<>();
    CompileBenchmark compile = new CompileBenchmark(new InProcessJavac(setup), progress, options.threadCpu());
    try {
      for (int size : options.metrics()) {
        Path projectDir = workDir.resolve("project-" + size);
        progress.printf("ddassets-bench: generating %,d metrics in %s%n", size, projectDir);
        SyntheticProject project =
            SyntheticProject.generate(projectDir.resolve("src"), size, options.shape());
        results.add(
            compile.run(
                project,
                options.variants(),
                projectDir.resolve("out"),
                options.warmupsFor(size),
                options.runsFor(size)));
        if (!options.keep()) {
          TempFolders.delete(projectDir);
        }
      }
      ValidateResult validated =
          corpus
              .map(
                  path ->
                      new ValidateBenchmark(progress)
                          .run(path, options.validateWarmups(), options.validateRuns()))
              .orElse(null);
      ResultPrinter printer = new ResultPrinter(out);
      printer.header(MachineInfo.current(), setup, options.shape());
      if (options.threadCpu()) {
        out.println(
            "Times are the processor time of the compiling thread (--thread-cpu), not wall time.");
        out.println();
      }
      printer.compileTable(results);
      if (validated != null) {
        printer.validate(validated, options.validateWarmups());
      }
    } finally {
      if (!options.keep() && options.workDir() == null) {
        TempFolders.delete(workDir);
      }
    }
  }

  private static Optional<Path> corpus(BenchOptions options) {
    if (options.corpus() == null) {
      return CorpusLocator.near(Path.of(""));
    }
    if (!Files.isDirectory(options.corpus())) {
      throw new BenchException("--corpus " + options.corpus() + " is not a folder");
    }
    return Optional.of(options.corpus());
  }

  private static Path workDir(BenchOptions options) {
    try {
      if (options.workDir() != null) {
        return Files.createDirectories(options.workDir());
      }
      return Files.createTempDirectory("ddassets-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the working folder", e);
    }
  }
}
