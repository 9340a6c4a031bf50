package io.github.ddassets.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times what users wait for, each run a separate process: {@code ddassets validate} of one
 * integration and of the whole corpus through the launcher, and {@code javac} of the example check
 * with the processor and with {@code -proc:none}. With {@code --before DIR} it times a second build
 * (another checkout, built the same way) in the same rounds, interleaved, so that both see the same
 * machine load. Results go to standard output as Markdown; progress goes to standard error.
 */
public final class ProcessBench {

  static final String USAGE =
      """
      Usage: java -cp ddassets-bench.jar io.github.ddassets.bench.ProcessBench [options]

        --build DIR      the built project to time (default: the working folder); it needs the
                         main job's outputs: cli/target/ddassets, processor/target/*-all.jar,
                         annotations/target/*.jar, and bench/target/example-classpath (-Pbench)
        --before DIR     a second built project, timed in the same rounds (an older commit)
        --corpus DIR     the integrations-extras corpus (default: found near the working folder)
        --warmup N       unmeasured rounds (default 2)
        --runs N         measured rounds (default 11)
        --help           this text

      The Java that runs the harness is the Java that runs the launcher (as JAVA_HOME) and javac.
      """;

  private ProcessBench() {}

  /** Runs the benchmark and exits with 0, or 1 when a run failed, or 2 on a bad argument. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the benchmark and returns the exit code. */
  static int run(String... args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help")) {
        System.out.print(USAGE);
        return 0;
      }
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        System.err.println("ddassets-bench: unexpected argument " + args[i] + "\n" + USAGE);
        return 2;
      }
      options.put(args[i], args[++i]);
    }
    try {
      benchmark(options, System.out, System.err);
      return 0;
    } catch (BenchException | UncheckedIOException | NumberFormatException e) {
      System.err.println("ddassets-bench: FAILED: " + e.getMessage());
      return 1;
    }
  }

  private static void benchmark(Map<String, String> options, PrintStream out, PrintStream progress) {
    Path build = Path.of(options.getOrDefault("--build", "")).toAbsolutePath().normalize();
    Path corpus =
        Optional.ofNullable(options.get("--corpus"))
            .map(Path::of)
            .or(() -> CorpusLocator.near(Path.of("")))
            .orElseThrow(() -> new BenchException("no corpus found: pass --corpus DIR"))
            .toAbsolutePath();
    int warmup = Integer.parseInt(options.getOrDefault("--warmup", "2"));
    int runs = Integer.parseInt(options.getOrDefault("--runs", "11"));
    Path javaHome = Path.of(System.getProperty("java.home"));
    Path work = workFolder();
    try {
      List<ProcessCase> cases = new ArrayList<>();
      ExampleCompile example = ExampleCompile.of(build, javaHome, work);
      cases.addAll(cases(BuiltProject.of("after", build), corpus, javaHome, example));
      if (options.containsKey("--before")) {
        BuiltProject before =
            BuiltProject.of("before", Path.of(options.get("--before")).toAbsolutePath());
        cases.addAll(cases(before, corpus, javaHome, example));
      }
      cases.add(example.withoutProcessor());
      String loadBefore = loadAverage();
      Instant start = Instant.now();
      for (int round = 0; round < warmup + runs; round++) {
        progress.printf(
            "ddassets-bench: %s round %d of %d%n",
            round < warmup ? "warm-up" : "measured",
            round < warmup ? round + 1 : round - warmup + 1,
            round < warmup ? warmup : runs);
        for (int i = 0; i < cases.size(); i++) {
          // The order rotates from round to round, so that no case always follows the same one.
          ProcessCase next = cases.get((i + round) % cases.size());
          ProcessRun result = next.run();
          if (round >= warmup) {
            next.record(result);
          }
        }
      }
      ProcessResultPrinter printer = new ProcessResultPrinter(out);
      printer.header(
          MachineInfo.current(), start.truncatedTo(ChronoUnit.SECONDS), loadBefore, loadAverage());
      printer.table(cases, warmup, runs);
    } finally {
      TempFolders.delete(work);
    }
  }

  private static List<ProcessCase> cases(
      BuiltProject project, Path corpus, Path javaHome, ExampleCompile example) {
    Map<String, String> environment = Map.of("JAVA_HOME", javaHome.toString());
    return List.of(
        new ProcessCase(
            "`ddassets validate` one integration (redpanda)",
            project.label(),
            List.of(project.launcher().toString(), "validate", corpus.resolve("redpanda").toString()),
            environment,
            0,
            null),
        new ProcessCase(
            "`ddassets validate` whole corpus",
            project.label(),
            List.of(project.launcher().toString(), "validate", corpus.toString()),
            environment,
            1,
            null),
        example.withProcessor(project));
  }

  private static Path workFolder() {
    try {
      return Files.createTempDirectory("ddassets-process-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the working folder", e);
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** A built checkout: the launcher and the jars the main job leaves. */
  record BuiltProject(String label, Path root, Path launcher, Path processorJar, Path annotations) {

    static BuiltProject of(String label, Path root) {
      Path launcher = root.resolve("cli/target/ddassets");
      if (!Files.isExecutable(launcher)) {
        throw new BenchException(launcher + " is missing: run the main job in " + root);
      }
      return new BuiltProject(
          label,
          root,
          launcher,
          jar(root.resolve("processor/target"), "ddassets-processor-", "-all.jar"),
          jar(root.resolve("annotations/target"), "ddassets-annotations-", "-SNAPSHOT.jar"));
    }

    private static Path jar(Path folder, String prefix, String suffix) {
      try (Stream<Path> files = Files.list(folder)) {
        return files
            .filter(
                file ->
                    file.getFileName().toString().startsWith(prefix)
                        && file.getFileName().toString().endsWith(suffix))
            .findFirst()
            .orElseThrow(() -> new BenchException("no " + prefix + "*" + suffix + " in " + folder));
      } catch (IOException e) {
        throw new BenchException("cannot list " + folder + ": run the main job first");
      }
    }
  }
}
