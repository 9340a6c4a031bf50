package io.github.ddassets.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Prints the process timings as Markdown. */
final class ProcessResultPrinter {

  private final PrintStream out;

  ProcessResultPrinter(PrintStream out) {
    this.out = out;
  }

  /** The conditions of the measurement. */
  void header(MachineInfo machine, Instant start, String loadBefore, String loadAfter) {
    out.println("## Whole-process timings");
    out.println();
    out.printf("- Started: %s%n", start);
    out.printf(
        Locale.ROOT,
        "- Machine: %s, %d cores, %.1f GiB RAM, %s%n",
        machine.cpu(),
        machine.cores(),
        machine.ramBytes() / (1024.0 * 1024 * 1024),
        machine.os());
    out.printf("- JDK (launcher's JAVA_HOME and javac): %s%n", machine.jdk());
    out.printf("- Load average (1, 5, 15 min): %s before, %s after%n", loadBefore, loadAfter);
    out.println();
  }

  /** One row per case: wall and processor time medians. */
  void table(List<ProcessCase> cases, int warmup, int runs) {
    out.println(
        "| work | build | rounds (warm-up + measured) | wall, median ms [min-max] | CPU (user+sys), median ms [min-max] |");
    out.println("| --- | --- | :---: | ---: | ---: |");
    for (ProcessCase next : cases) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %d + %d | %,.0f [%,.0f-%,.0f] | %,.0f [%,.0f-%,.0f] |%n",
          next.work(),
          next.build(),
          warmup,
          runs,
          next.wall().medianMillis(),
          next.wall().minMillis(),
          next.wall().maxMillis(),
          next.cpu().medianMillis(),
          next.cpu().minMillis(),
          next.cpu().maxMillis());
    }
    out.println();
    ProcessCase plain =
        cases.stream().filter(next -> next.build().equals("-")).findFirst().orElse(null);
    if (plain == null) {
      return;
    }
    for (ProcessCase next : cases) {
      if (next.work().startsWith("javac") && next != plain) {
        out.printf(
            Locale.ROOT,
            "javac with the processor (%s) over -proc:none: %+.0f %% wall, %+.0f %% CPU.%n",
            next.build(),
            100 * (next.wall().medianMillis() / plain.wall().medianMillis() - 1),
            100 * (next.cpu().medianMillis() / plain.cpu().medianMillis() - 1));
      }
    }
    out.println();
  }
}
