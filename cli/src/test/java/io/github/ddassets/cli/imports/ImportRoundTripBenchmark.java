package io.github.ddassets.cli.imports;

import io.github.ddassets.core.read.RepoOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times the whole-corpus import round trip (import, in-process compilation with the processor,
 * comparison) in a fresh JVM, as the figure of {@code BENCHMARKS.md}.
 *
 * <p>Arguments: the shared folder (holding {@code corpus/integrations-extras} and {@code
 * reference/ddev-templates}) and the number of runs (default 3; the first is the cold one).
 */
public final class ImportRoundTripBenchmark {

  private ImportRoundTripBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path corpus = shared.resolve("corpus/integrations-extras");
    Path templates = shared.resolve("reference/ddev-templates");
    RepoOverrides overrides =
        RepoOverrides.read(
            Path.of(ImportRoundTripBenchmark.class.getResource("/extras-config.toml").toURI()));
    System.out.printf(
        Locale.ROOT,
        "Java %s, %d processors available%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    for (int run = 1; run <= runs; run++) {
      Path work = Files.createTempDirectory("ddassets-import-bench");
      try {
        CorpusRoundTrip.Report report =
            new CorpusRoundTrip(templates, overrides, work, false).run(corpus);
        System.out.printf(
            Locale.ROOT,
            "run %d: %d integrations in %d ms (%d with metadata, service checks and manifest"
                + " identical)%n",
            run,
            report.results().size(),
            report.millis(),
            RoundTripTable.count(report.results(), RoundTripTable.ASSETS));
      } finally {
        delete(work);
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
