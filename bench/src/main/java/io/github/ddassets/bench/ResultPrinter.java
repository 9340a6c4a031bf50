package io.github.ddassets.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Prints the machine, the settings and the results as Markdown, ready for BENCHMARKS.md. */
final class ResultPrinter {

  /** The target: the processor adds at most this much to javac at the target size. */
  static final double TARGET_PERCENT = 3.0;

  /** The size the target applies to. */
  static final int TARGET_METRICS = 10_000;

  private final PrintStream out;

  ResultPrinter(PrintStream out) {
    this.out = out;
  }

  void header(MachineInfo machine, JavacSetup setup, ProjectShape shape) {
    out.println("## ddassets benchmark, " + LocalDate.now());
    out.println();
    out.println("* CPU: " + machine.cpu() + ", " + machine.cores() + " cores available to the JVM");
    out.printf(
        Locale.ROOT,
        "* RAM: %.1f GiB; JVM max heap %.1f GiB; GC %s%n",
        gib(machine.ramBytes()),
        gib(machine.maxHeapBytes()),
        machine.gc());
    out.println("* OS: " + machine.os());
    out.println("* JDK: " + machine.jdk());
    out.println(
        "* JVM options: "
            + (machine.jvmArguments().isEmpty()
                ? "(none)"
                : String.join(" ", machine.jvmArguments())));
    out.println(
        "* javac: in-process, --release "
            + setup.release()
            + ", processor given by "
            + describe(setup.mode()));
    out.println(
        "* project shape: "
            + (shape == ProjectShape.SINGLE
                ? "single (one @Integration; the other classes name it with check = ...)"
                : "per-class (every class of 20 metrics is an @Integration)"));
    out.println();
  }

  void compileTable(List<CompileResult> results) {
    out.println(
        "| metrics | classes | rounds (warm-up + measured) | javac -proc:none, median ms [min-max]"
            + " | javac + processor, median ms [min-max] | difference ms | ratio | overhead |"
            + " difference per 1,000 metrics |");
    out.println("| ---: | ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (CompileResult result : results) {
      out.printf(
          Locale.ROOT,
          "| %,d | %,d | %d + %d | %s | %s | %,.0f | %.2f | %+.1f %% | %,.1f ms |%n",
          result.metrics(),
          result.classes(),
          result.warmups(),
          result.plain().count(),
          range(result.plain()),
          range(result.ddassets()),
          result.differenceMillis(),
          result.ratio(),
          result.overheadPercent(),
          result.differencePerThousandMetrics());
    }
    out.println();
    results.stream()
        .filter(result -> result.metrics() == TARGET_METRICS)
        .findFirst()
        .ifPresent(
            result ->
                out.printf(
                    Locale.ROOT,
                    "Target (processor adds at most %.0f %% to javac at %,d metrics): %s (%+.1f"
                        + " %%)%n%n",
                    TARGET_PERCENT,
                    TARGET_METRICS,
                    result.overheadPercent() <= TARGET_PERCENT ? "MET" : "NOT MET",
                    result.overheadPercent()));
    if (results.stream().anyMatch(result -> result.noop().isPresent())) {
      splitTable(results);
    }
  }

  /** Splits the overhead into javac's own annotation-processing cost and the processor's code. */
  private void splitTable(List<CompileResult> results) {
    out.println(
        "| metrics | javac + no-op processor, median ms [min-max] | javac's processing cost (no-op"
            + " minus -proc:none) | ddassets' own cost (ddassets minus no-op) | ddassets' own cost"
            + " per 1,000 metrics |");
    out.println("| ---: | ---: | ---: | ---: | ---: |");
    for (CompileResult result : results) {
      result
          .noop()
          .ifPresent(
              noop -> {
                double machinery = noop.medianMillis() - result.plain().medianMillis();
                double own = result.ddassets().medianMillis() - noop.medianMillis();
                out.printf(
                    Locale.ROOT,
                    "| %,d | %s | %,.0f ms (%+.1f %%) | %,.0f ms (%+.1f %%) | %,.1f ms |%n",
                    result.metrics(),
                    range(noop),
                    machinery,
                    100.0 * machinery / result.plain().medianMillis(),
                    own,
                    100.0 * own / result.plain().medianMillis(),
                    own * 1000.0 / result.metrics());
              });
    }
    out.println();
  }

  void validate(ValidateResult result, int warmups) {
    out.println(
        "| ddassets validate | rounds (warm-up + measured) | median ms [min-max] | exit code |");
    out.println("| --- | :---: | ---: | ---: |");
    out.printf(
        Locale.ROOT,
        "| %s | %d + %d | %s | %d |%n%n",
        result.corpus(),
        warmups,
        result.samples().count(),
        range(result.samples()),
        result.exitCode());
  }

  private static String range(Samples samples) {
    return String.format(
        Locale.ROOT,
        "%,.0f [%,.0f-%,.0f]",
        samples.medianMillis(),
        samples.minMillis(),
        samples.maxMillis());
  }

  private static String describe(ProcessorMode mode) {
    return mode == ProcessorMode.PATH
        ? "-processorpath (fresh class loader per compilation)"
        : "setProcessors (one instance per compilation, classes loaded once)";
  }

  private static double gib(long bytes) {
    return bytes / (1024.0 * 1024 * 1024);
  }
}
