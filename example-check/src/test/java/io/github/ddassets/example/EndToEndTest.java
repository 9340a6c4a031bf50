package io.github.ddassets.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ddassets.testing.DeclaredMetrics;
import io.github.ddassets.testing.DeclaredServiceChecks;
import io.github.ddassets.testing.DogStatsDLines;
import io.github.ddassets.testing.EmissionCoverage;
import io.github.ddassets.testing.MetricReport;
import io.github.ddassets.testing.ServiceCheckReport;
import io.github.ddassets.testing.SubmittedMetric;
import io.github.ddassets.testing.SubmittedServiceCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the check, as its own process, against a real JVM with remote JMX on a loopback port, with a
 * DogStatsD listener on loopback, and compares what it submitted with the generated metadata.csv.
 */
class EndToEndTest {

  /** Generous bounds for a loaded two-core machine; nothing is asserted about durations. */
  private static final Duration JMX_STARTUP = Duration.ofSeconds(90);

  private static final Duration CHECK_RUN = Duration.ofSeconds(120);

  @Test
  void check_submitsExactlyTheDeclaredMetrics_withTheirTypesAndTags(@TempDir Path dir)
      throws Exception {
    int jmxPort = JavaProcesses.freePort();
    Process target =
        JavaProcesses.start(
            dir, "target", targetOptions(jmxPort), IdleJvm.class.getName(), List.of());
    try (DogStatsDListener dogstatsd = new DogStatsDListener()) {
      awaitJmx(target, jmxPort, dir);
      String server = "127.0.0.1:" + jmxPort;

      JavaProcesses.Finished run = runCheck(dir, jmxPort, dogstatsd.port());
      DogStatsDLines.Submissions received = dogstatsd.drain();

      assertThat(run.stderr()).isEmpty();
      assertThat(run.stdout())
          .isEqualTo(
              "jvm_runtime: "
                  + server
                  + ": can_connect OK, 16 metric values sent to DogStatsD at 127.0.0.1:"
                  + dogstatsd.port()
                  + "\n");
      assertThat(run.exitCode()).isZero();
      MetricReport report =
          DeclaredMetrics.fromClasspath("jvm_runtime")
              .compareSymmetric(received.metrics(), Set.of());
      assertThat(report.clean()).as(report.describe()).isTrue();
      assertThat(received.metrics()).hasSize(16);
      assertThat(received.metrics())
          .allSatisfy(
              metric ->
                  assertThat(metric.tags())
                      .contains("env:test", "team:jvm", "jmx_server:" + server));
      // The target runs the serial collector, whose two collectors have fixed names.
      List<String> collectorSeries =
          received.metrics().stream()
              .filter(metric -> metric.name().startsWith("jvm_runtime.gc."))
              .map(EndToEndTest::nameAndTags)
              .sorted()
              .toList();
      assertThat(collectorSeries)
          .containsExactly(
              "jvm_runtime.gc.collections [collector:copy, env:test, jmx_server:"
                  + server
                  + ", team:jvm]",
              "jvm_runtime.gc.collections [collector:marksweepcompact, env:test, jmx_server:"
                  + server
                  + ", team:jvm]",
              "jvm_runtime.gc.time [collector:copy, env:test, jmx_server:" + server + ", team:jvm]",
              "jvm_runtime.gc.time [collector:marksweepcompact, env:test, jmx_server:"
                  + server
                  + ", team:jvm]");
      assertThat(received.serviceChecks())
          .containsExactly(
              new SubmittedServiceCheck(
                  "jvm_runtime.can_connect",
                  SubmittedServiceCheck.OK,
                  // The client writes a service check's tags last one first.
                  List.of("jmx_server:" + server, "team:jvm", "env:test"),
                  ""));
      ServiceCheckReport checks =
          DeclaredServiceChecks.fromClasspath("jvm_runtime")
              .compareSymmetric(received.serviceChecks(), Set.of());
      assertThat(checks.clean()).as(checks.describe()).isTrue();
      // One run emits every declaration: the whole of metadata.csv and service_checks.json.
      EmissionCoverage coverage = EmissionCoverage.fromClasspath("jvm_runtime");
      coverage.record(received);
      coverage.report().failUnder(1.0);
    } finally {
      JavaProcesses.destroy(target);
    }
  }

  @Test
  void closedPort_sendsCritical_andExitsNonZero_withoutAStackTrace(@TempDir Path dir)
      throws Exception {
    int closedPort = JavaProcesses.freePort();
    String server = "127.0.0.1:" + closedPort;
    try (DogStatsDListener dogstatsd = new DogStatsDListener()) {
      JavaProcesses.Finished run = runCheck(dir, closedPort, dogstatsd.port());
      DogStatsDLines.Submissions received = dogstatsd.drain();

      String message = "cannot read " + server + ": Connection refused";
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.stdout()).isEmpty();
      assertThat(run.stderr())
          .isEqualTo("jvm_runtime: " + server + ": can_connect CRITICAL: " + message + "\n");
      assertThat(received.metrics()).isEmpty();
      assertThat(received.serviceChecks())
          .containsExactly(
              new SubmittedServiceCheck(
                  "jvm_runtime.can_connect",
                  SubmittedServiceCheck.CRITICAL,
                  // The client writes a service check's tags last one first.
                  List.of("jmx_server:" + server, "team:jvm", "env:test"),
                  message));
    }
  }

  private static String nameAndTags(SubmittedMetric metric) {
    return metric.name() + " " + metric.tags().stream().sorted().toList();
  }

  private static List<String> targetOptions(int port) {
    return List.of(
        "-XX:+UseSerialGC",
        "-Xmx64m",
        "-Dcom.sun.management.jmxremote.port=" + port,
        "-Dcom.sun.management.jmxremote.rmi.port=" + port,
        "-Dcom.sun.management.jmxremote.authenticate=false",
        "-Dcom.sun.management.jmxremote.ssl=false",
        "-Dcom.sun.management.jmxremote.host=127.0.0.1",
        "-Djava.rmi.server.hostname=127.0.0.1");
  }

  /** Waits until the target's JMX server answers (bounded), failing early if the target died. */
  private static void awaitJmx(Process target, int port, Path dir) throws Exception {
    JMXServiceURL url =
        new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
    Instant deadline = Instant.now().plus(JMX_STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!target.isAlive()) {
        fail("the target JVM exited: " + JavaProcesses.output(dir, "target"));
      }
      try (JMXConnector connector = JMXConnectorFactory.connect(url)) {
        connector.getMBeanServerConnection().getMBeanCount();
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    fail("the target JVM's JMX server did not answer within " + JMX_STARTUP);
  }

  private static JavaProcesses.Finished runCheck(Path dir, int jmxPort, int dogstatsdPort)
      throws IOException, InterruptedException {
    Path config = dir.resolve("conf.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "init_config:",
            "  dogstatsd_host: 127.0.0.1",
            "  dogstatsd_port: " + dogstatsdPort,
            "instances:",
            "  - host: 127.0.0.1",
            "    port: " + jmxPort,
            "    tags: [env:test, team:jvm]",
            ""),
        StandardCharsets.UTF_8);
    Process check =
        JavaProcesses.start(
            dir,
            "check",
            List.of(),
            CheckCommand.class.getName(),
            List.of("--config", config.toString()));
    try {
      return JavaProcesses.await(check, dir, "check", CHECK_RUN);
    } finally {
      JavaProcesses.destroy(check);
    }
  }
}
