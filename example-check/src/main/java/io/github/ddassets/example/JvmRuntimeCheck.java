package io.github.ddassets.example;

import com.timgroup.statsd.NonBlockingStatsDClientBuilder;
import com.timgroup.statsd.ServiceCheck.Status;
import com.timgroup.statsd.StatsDClient;
import io.github.ddassets.annotations.Author;
import io.github.ddassets.annotations.InitConfig;
import io.github.ddassets.annotations.InstanceConfig;
import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.MetricType;
import io.github.ddassets.annotations.Orientation;
import io.github.ddassets.annotations.Param;
import io.github.ddassets.annotations.ServiceCheck;
import io.github.ddassets.annotations.Template;
import io.github.ddassets.annotations.Tile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * A small JVM runtime check: it reads this JVM's memory and thread counts and submits them to the
 * Agent's DogStatsD port. Its metric and service-check constants and its configuration records are
 * annotated, so compiling it writes the integration's {@code manifest.json}, {@code metadata.csv},
 * {@code service_checks.json}, {@code spec.yaml} and {@code conf.yaml.example}, and generates
 * {@code JvmRuntimeCheckConfigLoader}, which reads the Agent's {@code conf.yaml} into {@link Init}
 * and {@link Instance}.
 *
 * <p>The manifest has no {@code source_type_id}: Datadog assigns it when the listing is created, so
 * the strict profile warns that it is missing until then.
 */
@Integration(
    name = "jvm_runtime",
    displayName = "JVM Runtime",
    metricPrefix = "jvm_runtime.",
    appUuid = "3f0c2b8e-6d1a-4e57-9a2c-8b4d7e1f5a60",
    tile =
        @Tile(
            title = "JVM Runtime",
            description = "Track the heap, threads and garbage collections of a JVM.",
            classifierTags = {
              "Category::Languages",
              "Offering::Integration",
              "Submitted Data Type::Metrics",
              "Supported OS::Linux",
              "Supported OS::Windows",
              "Supported OS::macOS"
            }),
    author =
        @Author(
            name = "ddassets",
            homepage = "https://github.com/ddassets/ddassets",
            supportEmail = "support@ddassets.example",
            salesEmail = "sales@ddassets.example"))
public final class JvmRuntimeCheck {

  /** Heap memory in use. */
  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      orientation = Orientation.LOWER_IS_BETTER,
      emittedEveryRun = true)
  public static final String HEAP_USED = "jvm_runtime.heap.used";

  /** Maximum heap memory the JVM may use. */
  @Metric(type = MetricType.GAUGE, unit = "byte")
  public static final String HEAP_MAX = "jvm_runtime.heap.max";

  /** Live threads, daemon and non-daemon. */
  @Metric(type = MetricType.GAUGE, unit = "thread", shortName = "threads")
  public static final String THREAD_COUNT = "jvm_runtime.thread.count";

  /** Time taken by one collection. */
  @Metric(
      type = MetricType.HISTOGRAM,
      unit = "millisecond",
      orientation = Orientation.LOWER_IS_BETTER)
  public static final String COLLECTION_TIME = "jvm_runtime.collection.time";

  /** Returns `CRITICAL` if the check cannot read the JVM's management beans, otherwise `OK`. */
  @ServiceCheck(
      name = "JVM Runtime can connect",
      groups = {"host"},
      agentVersion = "7.59.0")
  public static final String CAN_CONNECT = "jvm_runtime.can_connect";

  /**
   * Options shared by every instance.
   *
   * @param timeout Seconds to wait for a JVM's JMX server before giving up.
   */
  @InitConfig
  public record Init(@Param(example = "10", defaultValue = "10", minimum = 1) int timeout) {}

  /**
   * One JVM to monitor.
   *
   * @param host Host of the JVM's JMX server.
   * @param port Port of the JVM's JMX server.
   * @param user User to authenticate to the JMX server as.
   * @param password Password of that user.
   * @param jmxUrl JMX service URL, used instead of `host` and `port` when set, such as
   *     `service:jmx:rmi:///jndi/rmi://localhost:9999/jmxrmi`.
   */
  @InstanceConfig(templates = @Template("instances/default"))
  public record Instance(
      @Param(required = true, example = "localhost") String host,
      @Param(required = true, example = "9999", minimum = 1, maximum = 65535) int port,
      @Param(example = "<USER>") String user,
      @Param(secret = true, example = "<PASSWORD>") String password,
      String jmxUrl) {}

  private final StatsDClient statsd;

  /** Creates a check that submits to the given DogStatsD client. */
  public JvmRuntimeCheck(StatsDClient statsd) {
    this.statsd = statsd;
  }

  /** Reads the JVM's figures once and submits them. */
  public void collect() {
    try {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      statsd.gauge(HEAP_USED, memory.getHeapMemoryUsage().getUsed());
      statsd.gauge(HEAP_MAX, memory.getHeapMemoryUsage().getMax());
      statsd.gauge(THREAD_COUNT, threads.getThreadCount());
      statsd.serviceCheck(
          com.timgroup.statsd.ServiceCheck.builder()
              .withName(CAN_CONNECT)
              .withStatus(Status.OK)
              .build());
    } catch (RuntimeException e) {
      statsd.serviceCheck(
          com.timgroup.statsd.ServiceCheck.builder()
              .withName(CAN_CONNECT)
              .withStatus(Status.CRITICAL)
              .withMessage(e.getMessage())
              .build());
    }
  }

  /**
   * Collects once, submitting to DogStatsD on localhost:8125. With a path argument, first reads
   * that Agent configuration file and prints the instances it declares.
   */
  public static void main(String[] args)
      throws IOException, JvmRuntimeCheckConfigLoader.InvalidConfigException {
    if (args.length > 0) {
      JvmRuntimeCheckConfigLoader.Config config =
          JvmRuntimeCheckConfigLoader.load(Path.of(args[0]));
      config.warnings().forEach(System.err::println);
      config
          .instances()
          .forEach(instance -> System.out.println(instance.host() + ":" + instance.port()));
    }
    try (StatsDClient client =
        new NonBlockingStatsDClientBuilder().hostname("localhost").port(8125).build()) {
      new JvmRuntimeCheck(client).collect();
    }
  }
}
