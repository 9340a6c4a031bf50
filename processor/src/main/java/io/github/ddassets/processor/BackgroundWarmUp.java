package io.github.ddassets.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.github.ddassets.core.build.BuildWarmUp;
import io.github.ddassets.core.build.ConfiguredIntegration;
import io.github.ddassets.core.build.SourceSnapshot;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts {@link BuildWarmUp} on a daemon thread when the processor starts, generates the loader of
 * its configuration, reads a Javadoc comment and writes a source snapshot, so that the code the
 * build, the loader generation and the snapshot run is loaded and linked on another core while
 * javac's own thread reads the sources and enters the rounds. In a fresh compiler process nearly
 * all of the processor's cost is running its code for the first time, and javac leaves a core
 * partly idle meanwhile; BENCHMARKS.md has the figures. Spring Boot warms up its own start-up the
 * same way.
 *
 * <p>The warm-up shares nothing with the real build but the built-in templates, which are safe to
 * share between threads; it uses none of the build's settings (no baseline, no base manifest, no
 * templates folder); its outcome and any failure are dropped. It is skipped on a single-processor
 * machine, where it could only compete with javac, in a class loader that has warmed up once
 * already (a compiler that keeps the processor loaded), and with {@code -Addassets.warmUp=false}.
 */
final class BackgroundWarmUp {

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  /**
   * A Javadoc comment with what comments of annotated constants and records hold: inline tags, HTML
   * and block tags. The processor turns such comments into descriptions with regular expressions,
   * which the warm-up runs once.
   */
  private static final String COMMENT =
      """
       Messages waiting in the {@code queue}, as {@link java.util.Queue#size()} counts them.

       <p>Sampled <em>every</em> run; see <a href="https://example.com">the guide</a> &amp; more.
       @param host The host, such as {@code localhost}.
       @param port The port.
      """;

  private BackgroundWarmUp() {}

  /**
   * Starts the warm-up, unless it is turned off, useless or already done. It is the first thing the
   * processor does, so it reads its own option: the others are read meanwhile.
   *
   * @param options the processor's {@code -A} options
   */
  static void start(Map<String, String> options) {
    start(options, STARTED);
  }

  /**
   * Starts the warm-up unless {@code started} was set already (package-private for tests).
   *
   * @return the warm-up thread, when it was started
   */
  static Optional<Thread> start(Map<String, String> options, AtomicBoolean started) {
    if (!ProcessorOptions.warmUpRequested(options)
        || Runtime.getRuntime().availableProcessors() < 2
        || !started.compareAndSet(false, true)) {
      return Optional.empty();
    }
    Thread thread =
        new Thread(() -> warmUp(ConfigTemplates.builtIn(), RuleSet.standard()), "ddassets-warm-up");
    thread.setDaemon(true);
    thread.start();
    return Optional.of(thread);
  }

  private static void warmUp(ConfigTemplates templates, RuleSet rules) {
    try {
      loaderSources(templates, rules);
    } catch (RuntimeException | LinkageError e) {
      // Nothing to report: the real build runs the same code and reports what goes wrong.
    }
  }

  /**
   * Runs the warm-up, in the order a compilation needs the code: the first round's Javadoc reading,
   * configuration and loader, then the last round's files and snapshot. Returns the loader sources
   * it generated (package-private for tests).
   */
  static List<String> loaderSources(ConfigTemplates templates, RuleSet rules) {
    String summary = Javadocs.summarize(COMMENT);
    Javadocs.paramTag(COMMENT, "host");
    LoaderGenerator generator = new LoaderGenerator(new LoaderTypes(ClassName::bestGuess), true);
    List<String> sources = new ArrayList<>();
    for (ConfiguredIntegration configured : BuildWarmUp.configure(templates, rules)) {
      JavaFile loader = generator.loader(configured);
      sources.add(loader.toString());
      sources.add(
          LoaderSupport.source(ClassName.get(loader.packageName(), loader.typeSpec().name())));
    }
    BuildWarmUp.build(templates, rules);
    new SourceSnapshot(
            new TreeSet<>(List.of("ddassets.warmup.WarmUpCheck")),
            new TreeMap<>(Map.of("ddassets.warmup.WarmUpCheck", summary)),
            new TreeMap<>())
        .toJson();
    return sources;
  }
}
