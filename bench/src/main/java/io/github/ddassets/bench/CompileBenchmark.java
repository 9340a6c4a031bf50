package io.github.ddassets.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times javac on one synthetic project, alone ({@code -proc:none}), with the ddassets processor and
 * optionally with a no-op processor: warm-up rounds first, then measured rounds. Each round runs
 * every variant once, in an order rotated from round to round so that no variant always runs right
 * after the same other one.
 */
final class CompileBenchmark {

  private final InProcessJavac javac;
  private final PrintStream progress;
  private final boolean threadCpu;

  /**
   * @param threadCpu whether to keep the compiling thread's processor time instead of the wall time
   */
  CompileBenchmark(InProcessJavac javac, PrintStream progress, boolean threadCpu) {
    this.threadCpu = threadCpu;
    this.javac = javac;
    this.progress = progress;
  }

  /**
   * Runs the rounds.
   *
   * @param project the project to compile
   * @param variants the variants to run in each round
   * @param outputs a folder for the class outputs; each run gets a fresh one, deleted afterwards
   */
  CompileResult run(
      SyntheticProject project, List<Variant> variants, Path outputs, int warmups, int runs) {
    Map<Variant, Samples> samples = new EnumMap<>(Variant.class);
    variants.forEach(variant -> samples.put(variant, new Samples()));
    int counter = 0;
    for (int round = 0; round < warmups + runs; round++) {
      boolean measured = round >= warmups;
      String label =
          measured
              ? "run " + (round - warmups + 1) + "/" + runs
              : "warm-up " + (round + 1) + "/" + warmups;
      List<Variant> order = new ArrayList<>(variants);
      Collections.rotate(order, -round);
      for (Variant variant : order) {
        Path classOutput =
            outputs.resolve(variant.name().toLowerCase(Locale.ROOT) + "-" + counter++);
        long nanos = compileOnce(project, variant, classOutput);
        progress.printf(
            "  %,d metrics, %s, %s: %,.0f ms%n",
            project.metrics(), label, variant.label(), nanos / 1e6);
        if (measured) {
          samples.get(variant).add(nanos);
        }
      }
    }
    return new CompileResult(project.metrics(), project.checks().size(), warmups, samples);
  }

  private long compileOnce(SyntheticProject project, Variant variant, Path classOutput) {
    settle();
    InProcessJavac.Run run = javac.compile(project, variant, classOutput);
    OutputCheck.verify(project, variant, classOutput);
    if (!run.warnings().isEmpty()) {
      progress.printf(
          "  note: %d warning(s), for example:%n%s%n",
          run.warnings().size(), run.warnings().get(0));
    }
    TempFolders.delete(classOutput);
    return threadCpu ? run.threadCpuNanos() : run.nanos();
  }

  /** Collects the previous run's garbage so that it is not charged to this one. */
  private static void settle() {
    System.gc();
    System.gc();
  }
}
