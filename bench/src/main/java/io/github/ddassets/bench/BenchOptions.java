package io.github.ddassets.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of the benchmark.
 *
 * @param metrics the project sizes to measure, in metrics
 * @param warmups warm-up rounds per size, or -1 for the default of the size
 * @param runs measured rounds per size, or -1 for the default of the size
 * @param mode how javac gets the processor
 * @param noopBaseline whether to also time javac with a no-op processor
 * @param shape how the generated classes map to integrations
 * @param processorPath an explicit processor path, or null for this JVM's class path
 * @param corpus the folder to validate, or null to look for {@code ../shared}
 * @param validate whether to time {@code ddassets validate}
 * @param validateWarmups warm-up runs of validate
 * @param validateRuns measured runs of validate
 * @param workDir the folder for generated projects and class outputs, or null for a temporary one
 * @param keep whether to keep the generated projects
 * @param help whether to print the usage and stop
 * @param threadCpu whether compilations are timed by the processor time of the compiling thread
 *     instead of the wall clock
 */
public record BenchOptions(
    List<Integer> metrics,
    int warmups,
    int runs,
    ProcessorMode mode,
    boolean noopBaseline,
    ProjectShape shape,
    String processorPath,
    Path corpus,
    boolean validate,
    int validateWarmups,
    int validateRuns,
    Path workDir,
    boolean keep,
    boolean help,
    boolean threadCpu) {

  /** Sizes from this many metrics on get fewer rounds by default, so that a run ends in minutes. */
  static final int LARGE = 50_000;

  /** The usage text. */
  static final String USAGE =
      """
      Usage: java -jar bench/target/ddassets-bench.jar [options]

        --metrics N[,N...]      project sizes in @Metric constants (default 10000); 20 per class
        --warmup W              warm-up rounds per size (default 5; 1 from 50,000 metrics)
        --runs R                measured rounds per size (default 5; 3 from 50,000 metrics)
        --processor-mode M      path: -processorpath, a fresh class loader per compilation (default)
                                instance: one AssetsProcessor class loaded once (setProcessors)
        --noop-baseline         also time javac with a processor that does nothing, to separate
                                javac's own annotation-processing cost from the processor's
        --shape S               per-class: every class is an @Integration (default);
                                single: one @Integration, the other classes point at it
        --processor-path P      processor path for mode path (default: this JVM's class path)
        --corpus DIR            folder for ddassets validate (default: ../shared/corpus/
                                integrations-extras, looked for from the working folder up)
        --no-validate           do not time ddassets validate
        --validate-warmup W     warm-up runs of validate (default 2)
        --validate-runs R       measured runs of validate (default 5)
        --work-dir DIR          where to generate projects (default: a new temporary folder)
        --keep                  keep the generated projects
        --thread-cpu            time compilations by the compiling thread's processor time (javac
                                and the processor run in it; JIT and GC threads do not count),
                                which a loaded machine disturbs far less than the wall clock
        --help                  print this text

      A round compiles the project with -proc:none and with the processor (and with the no-op
      processor), in an order rotated from round to round; medians are over the measured rounds.
      """;

  /** Parses the command line; a bad argument is a {@link BenchException}. */
  static BenchOptions parse(String... args) {
    List<Integer> metrics = List.of(10_000);
    int warmups = -1;
    int runs = -1;
    ProcessorMode mode = ProcessorMode.PATH;
    boolean noopBaseline = false;
    ProjectShape shape = ProjectShape.PER_CLASS;
    String processorPath = null;
    Path corpus = null;
    boolean validate = true;
    int validateWarmups = 2;
    int validateRuns = 5;
    Path workDir = null;
    boolean keep = false;
    boolean help = false;
    boolean threadCpu = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--metrics" -> metrics = sizes(value(args, ++i, arg));
        case "--warmup" -> warmups = count(value(args, ++i, arg), arg, 0);
        case "--runs" -> runs = count(value(args, ++i, arg), arg, 1);
        case "--processor-mode" -> mode = mode(value(args, ++i, arg));
        case "--noop-baseline" -> noopBaseline = true;
        case "--shape" -> shape = ProjectShape.parse(value(args, ++i, arg));
        case "--processor-path" -> processorPath = value(args, ++i, arg);
        case "--corpus" -> corpus = Path.of(value(args, ++i, arg));
        case "--no-validate" -> validate = false;
        case "--validate-warmup" -> validateWarmups = count(value(args, ++i, arg), arg, 0);
        case "--validate-runs" -> validateRuns = count(value(args, ++i, arg), arg, 1);
        case "--work-dir" -> workDir = Path.of(value(args, ++i, arg));
        case "--keep" -> keep = true;
        case "--thread-cpu" -> threadCpu = true;
        case "--help", "-h" -> help = true;
        default -> throw new BenchException("unknown argument `" + arg + "`\n\n" + USAGE);
      }
    }
    return new BenchOptions(
        metrics,
        warmups,
        runs,
        mode,
        noopBaseline,
        shape,
        processorPath,
        corpus,
        validate,
        validateWarmups,
        validateRuns,
        workDir,
        keep,
        help,
        threadCpu);
  }

  /** Warm-up rounds for a size. */
  int warmupsFor(int size) {
    return warmups >= 0 ? warmups : size >= LARGE ? 1 : 5;
  }

  /** The variants each round compiles. */
  List<Variant> variants() {
    return noopBaseline
        ? List.of(Variant.PLAIN, Variant.NOOP, Variant.DDASSETS)
        : List.of(Variant.PLAIN, Variant.DDASSETS);
  }

  /** Measured rounds for a size. */
  int runsFor(int size) {
    return runs >= 1 ? runs : size >= LARGE ? 3 : 5;
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new BenchException(option + " needs a value");
    }
    return args[index];
  }

  private static List<Integer> sizes(String text) {
    List<Integer> sizes = new ArrayList<>();
    for (String item : text.split(",")) {
      sizes.add(count(item.trim().replace("_", ""), "--metrics", 1));
    }
    return List.copyOf(sizes);
  }

  private static int count(String text, String option, int minimum) {
    try {
      int value = Integer.parseInt(text);
      if (value < minimum) {
        throw new BenchException(option + " must be at least " + minimum + ", not " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new BenchException(option + " needs a whole number, not `" + text + "`");
    }
  }

  private static ProcessorMode mode(String text) {
    try {
      return ProcessorMode.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BenchException("--processor-mode must be path or instance, not `" + text + "`");
    }
  }
}
