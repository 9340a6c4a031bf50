package io.github.ddassets.example;

import com.timgroup.statsd.NonBlockingStatsDClientBuilder;
import com.timgroup.statsd.StatsDClient;
import com.timgroup.statsd.StatsDClientException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the JVM runtime check from the command line: reads the Agent's configuration file through
 * the generated loader, collects every instance once (or every {@code --interval} seconds) and
 * submits to DogStatsD.
 *
 * <p>Exit codes: 0 when every instance was read, 1 when one could not be (its {@code can_connect}
 * service check is then {@code CRITICAL}), 2 for a bad command line or configuration file.
 */
@Command(
    name = "jvm_runtime",
    description = "Collects a JVM's runtime figures over JMX and submits them to DogStatsD.")
public final class CheckCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int UNREACHABLE = 1;
  static final int BAD_CONFIG = 2;

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "The check's conf.yaml (the Agent's conf.d/jvm_runtime.d/conf.yaml).")
  private Path config;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  private boolean help;

  @Option(
      names = "--interval",
      paramLabel = "SECONDS",
      description = "Collect every SECONDS seconds until stopped, instead of once.")
  private Integer interval;

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with the given output streams and returns its exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine command = new CommandLine(new CheckCommand());
    command.setOut(out);
    command.setErr(err);
    // One line, never a stack trace, whatever fails.
    command.setExecutionExceptionHandler(
        (exception, line, parsed) -> {
          line.getErr().println("jvm_runtime: " + Failures.reason(exception));
          return BAD_CONFIG;
        });
    // A stack overflow or an exhausted heap is an Error, which picocli lets through.
    command.setExecutionStrategy(
        parsed -> {
          try {
            return new CommandLine.RunLast().execute(parsed);
          } catch (StackOverflowError | OutOfMemoryError e) {
            err.println("jvm_runtime: " + Failures.exhausted(e));
            return BAD_CONFIG;
          }
        });
    return command.execute(args);
  }

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  private Integer execute(PrintWriter out, PrintWriter err) throws InterruptedException {
    JvmRuntimeCheckConfigLoader.Config loaded;
    try {
      loaded = JvmRuntimeCheckConfigLoader.load(config);
    } catch (NoSuchFileException e) {
      err.println("jvm_runtime: " + config + ": no such file");
      return BAD_CONFIG;
    } catch (IOException e) {
      err.println("jvm_runtime: " + config + ": cannot read: " + Failures.reason(e));
      return BAD_CONFIG;
    } catch (JvmRuntimeCheckConfigLoader.InvalidConfigException e) {
      e.warnings().forEach(warning -> err.println("warning: " + warning));
      e.problems().forEach(err::println);
      return BAD_CONFIG;
    }
    loaded.warnings().forEach(warning -> err.println("warning: " + warning));
    if (interval != null && interval < 1) {
      err.println("jvm_runtime: --interval must be at least 1 second, found " + interval);
      return BAD_CONFIG;
    }
    JvmRuntimeCheck.Init init = loaded.initConfig();
    StatsDClient client;
    try {
      client =
          new NonBlockingStatsDClientBuilder()
              .hostname(init.dogstatsdHost())
              .port(init.dogstatsdPort())
              // The client's own telemetry would be metrics the integration does not declare.
              .enableTelemetry(false)
              // Only a blocking client drains its queue and aggregator when it is closed.
              .blocking(true)
              .build();
    } catch (StatsDClientException e) {
      err.println(
          "jvm_runtime: cannot send to DogStatsD at " + address(init) + ": " + Failures.reason(e));
      return BAD_CONFIG;
    }
    // The client sends from background threads: closing it flushes what is queued.
    try (StatsDClient statsd = client) {
      JvmRuntimeCheck check = new JvmRuntimeCheck(statsd, Duration.ofSeconds(init.timeout()));
      if (interval == null) {
        return collectAll(check, loaded, out, err, address(init));
      }
      while (!Thread.currentThread().isInterrupted()) {
        collectAll(check, loaded, out, err, address(init));
        Thread.sleep(interval * 1000L);
      }
      return OK;
    }
  }

  private static int collectAll(
      JvmRuntimeCheck check,
      JvmRuntimeCheckConfigLoader.Config loaded,
      PrintWriter out,
      PrintWriter err,
      String dogstatsd) {
    int code = OK;
    for (JvmRuntimeCheck.Instance instance : loaded.instances()) {
      JvmRuntimeCheck.Outcome outcome = check.collect(instance);
      if (outcome.ok()) {
        out.printf(
            "jvm_runtime: %s: can_connect OK, %d metric values sent to DogStatsD at %s%n",
            outcome.target(), outcome.metricsSent(), dogstatsd);
      } else {
        err.printf(
            "jvm_runtime: %s: can_connect CRITICAL: %s%n", outcome.target(), outcome.error());
        code = UNREACHABLE;
      }
    }
    return code;
  }

  private static String address(JvmRuntimeCheck.Init init) {
    return init.dogstatsdHost() + ":" + init.dogstatsdPort();
  }
}
