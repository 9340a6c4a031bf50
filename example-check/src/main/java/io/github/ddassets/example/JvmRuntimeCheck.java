package io.github.ddassets.example;

import com.timgroup.statsd.ServiceCheck.Status;
import com.timgroup.statsd.StatsDClient;
import io.github.ddassets.annotations.Author;
import io.github.ddassets.annotations.Curated;
import io.github.ddassets.annotations.InitConfig;
import io.github.ddassets.annotations.InstanceConfig;
import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.Listing;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.MetricType;
import io.github.ddassets.annotations.Orientation;
import io.github.ddassets.annotations.Param;
import io.github.ddassets.annotations.ServiceCheck;
import io.github.ddassets.annotations.Template;
import io.github.ddassets.annotations.Tile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM runtime check: it connects to a JVM's JMX endpoint, reads its memory, garbage collections,
 * threads, class loading, CPU load and uptime, and submits them to the Agent's DogStatsD port with
 * the instance's tags, plus a {@code can_connect} service check.
 *
 * <p>Its metric and service-check constants and its configuration records are annotated, so
 * compiling it writes the integration's {@code manifest.json}, {@code metadata.csv}, {@code
 * service_checks.json}, {@code spec.yaml} and {@code conf.yaml.example}, and generates {@code
 * JvmRuntimeCheckConfigLoader}, which reads the Agent's {@code conf.yaml} into {@link Init} and
 * {@link Instance}.
 */
@Integration(name = "jvm_runtime", displayName = "JVM Runtime", metricPrefix = "jvm_runtime.")
@Listing(
    appUuid = "3f0c2b8e-6d1a-4e57-9a2c-8b4d7e1f5a60",
    sourceTypeId = 90000001,
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
      curated = Curated.MEMORY,
      emittedEveryRun = true)
  public static final String HEAP_USED = "jvm_runtime.heap.used";

  /** Heap memory committed by the operating system for the JVM. */
  @Metric(type = MetricType.GAUGE, unit = "byte")
  public static final String HEAP_COMMITTED = "jvm_runtime.heap.committed";

  /** Maximum heap memory the JVM may use. */
  @Metric(type = MetricType.GAUGE, unit = "byte")
  public static final String HEAP_MAX = "jvm_runtime.heap.max";

  /** Non-heap memory in use: metaspace, code cache and the like. */
  @Metric(type = MetricType.GAUGE, unit = "byte", orientation = Orientation.LOWER_IS_BETTER)
  public static final String NON_HEAP_USED = "jvm_runtime.non_heap.used";

  /** Non-heap memory committed by the operating system for the JVM. */
  @Metric(type = MetricType.GAUGE, unit = "byte")
  public static final String NON_HEAP_COMMITTED = "jvm_runtime.non_heap.committed";

  /** Collections run by a garbage collector since the JVM started. */
  @Metric(type = MetricType.GAUGE, unit = "garbage collection", sampleTags = "collector")
  public static final String GC_COLLECTIONS = "jvm_runtime.gc.collections";

  /** Time a garbage collector spent collecting since the JVM started. */
  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      orientation = Orientation.LOWER_IS_BETTER,
      sampleTags = "collector")
  public static final String GC_TIME = "jvm_runtime.gc.time";

  /** Live threads, daemon and non-daemon. */
  @Metric(type = MetricType.GAUGE, unit = "thread", shortName = "threads")
  public static final String THREAD_COUNT = "jvm_runtime.thread.count";

  /** Live daemon threads. */
  @Metric(type = MetricType.GAUGE, unit = "thread", shortName = "daemon threads")
  public static final String THREAD_DAEMON = "jvm_runtime.thread.daemon";

  /** Highest number of live threads since the JVM started. */
  @Metric(type = MetricType.GAUGE, unit = "thread", shortName = "peak threads")
  public static final String THREAD_PEAK = "jvm_runtime.thread.peak";

  /** Classes currently loaded. */
  @Metric(type = MetricType.GAUGE, shortName = "loaded classes")
  public static final String CLASS_LOADED = "jvm_runtime.class.loaded";

  /** Classes unloaded since the JVM started. */
  @Metric(type = MetricType.GAUGE, shortName = "unloaded classes")
  public static final String CLASS_UNLOADED = "jvm_runtime.class.unloaded";

  /** Recent CPU usage of the JVM process, from 0 to 1 of all the machine's processors. */
  @Metric(
      type = MetricType.GAUGE,
      unit = "fraction",
      orientation = Orientation.LOWER_IS_BETTER,
      curated = Curated.CPU)
  public static final String CPU_LOAD = "jvm_runtime.cpu.load";

  /** Time since the JVM started. */
  @Metric(type = MetricType.GAUGE, unit = "second")
  public static final String UPTIME = "jvm_runtime.uptime";

  /**
   * Returns `CRITICAL` if the check cannot connect to the JVM's JMX server or read its figures,
   * otherwise `OK`.
   */
  @ServiceCheck(
      name = "JVM Runtime can connect",
      groups = {"host", "jmx_server"},
      agentVersion = "7.59.0")
  public static final String CAN_CONNECT = "jvm_runtime.can_connect";

  /**
   * Options shared by every instance.
   *
   * @param timeout Seconds to wait for a JVM's JMX server before giving up.
   * @param dogstatsdHost Host of the Agent's DogStatsD server, where the metrics are sent.
   * @param dogstatsdPort Port of the Agent's DogStatsD server.
   */
  @InitConfig
  public record Init(
      @Param(example = "10", defaultValue = "10", minimum = 1) int timeout,
      @Param(example = "localhost", defaultValue = "localhost") String dogstatsdHost,
      @Param(example = "8125", defaultValue = "8125", minimum = 1, maximum = 65535)
          int dogstatsdPort) {}

  /**
   * One JVM to monitor.
   *
   * @param host Host of the JVM's JMX server.
   * @param port Port of the JVM's JMX server.
   * @param user User to authenticate to the JMX server as.
   * @param password Password of that user.
   * @param jmxUrl JMX service URL, used instead of `host` and `port` when set, such as
   *     `service:jmx:rmi:///jndi/rmi://localhost:9999/jmxrmi`.
   * @param tags The {@code tags} option of the {@code instances/default} template, which gives its
   *     description and example: tags added to everything this instance submits.
   */
  @InstanceConfig(templates = @Template("instances/default"))
  public record Instance(
      @Param(required = true, example = "localhost") String host,
      @Param(required = true, example = "9999", minimum = 1, maximum = 65535) int port,
      @Param(example = "<USER>") String user,
      @Param(secret = true, example = "<PASSWORD>") String password,
      String jmxUrl,
      List<String> tags) {

    /** The instance's own tags, none when the file sets none. */
    public List<String> tags() {
      return tags == null ? List.of() : tags;
    }
  }

  private final StatsDClient statsd;
  private final Duration timeout;

  /**
   * Creates a check that submits to the given DogStatsD client.
   *
   * @param statsd where the metrics and service checks go
   * @param timeout how long to wait for a JMX server
   */
  public JvmRuntimeCheck(StatsDClient statsd, Duration timeout) {
    this.statsd = statsd;
    this.timeout = timeout;
  }

  /**
   * Collects one instance once: reads its JVM's figures and submits them, then the service check.
   *
   * @return the outcome, with the error message when the JVM could not be read
   */
  public Outcome collect(Instance instance) {
    JmxTarget target = JmxTarget.of(instance);
    List<String> tags = new ArrayList<>(instance.tags());
    tags.add("jmx_server:" + target.tagValue());
    RuntimeSample sample;
    try {
      sample = target.read(timeout);
    } catch (JmxTarget.UnreachableException e) {
      serviceCheck(Status.CRITICAL, e.getMessage(), tags);
      return new Outcome(target.describe(), 0, e.getMessage());
    }
    int sent = submit(sample, tags);
    serviceCheck(Status.OK, null, tags);
    return new Outcome(target.describe(), sent, null);
  }

  private int submit(RuntimeSample sample, List<String> tags) {
    String[] instanceTags = tags.toArray(String[]::new);
    int sent = 0;
    sent += gauge(HEAP_USED, sample.heapUsed(), instanceTags);
    sent += gauge(HEAP_COMMITTED, sample.heapCommitted(), instanceTags);
    sent += gauge(HEAP_MAX, sample.heapMax(), instanceTags);
    sent += gauge(NON_HEAP_USED, sample.nonHeapUsed(), instanceTags);
    sent += gauge(NON_HEAP_COMMITTED, sample.nonHeapCommitted(), instanceTags);
    for (RuntimeSample.Collector collector : sample.collectors()) {
      List<String> collectorTags = new ArrayList<>(tags);
      collectorTags.add("collector:" + collector.tagValue());
      String[] withCollector = collectorTags.toArray(String[]::new);
      sent += gauge(GC_COLLECTIONS, collector.collections(), withCollector);
      sent += gauge(GC_TIME, collector.timeMillis(), withCollector);
    }
    sent += gauge(THREAD_COUNT, sample.threads(), instanceTags);
    sent += gauge(THREAD_DAEMON, sample.daemonThreads(), instanceTags);
    sent += gauge(THREAD_PEAK, sample.peakThreads(), instanceTags);
    sent += gauge(CLASS_LOADED, sample.loadedClasses(), instanceTags);
    sent += gauge(CLASS_UNLOADED, sample.unloadedClasses(), instanceTags);
    sent += gauge(CPU_LOAD, sample.cpuLoad(), instanceTags);
    sent += gauge(UPTIME, sample.uptimeSeconds(), instanceTags);
    return sent;
  }

  /** Submits a gauge unless the JVM reported the figure as unavailable (a negative value). */
  private int gauge(String metric, double value, String[] tags) {
    if (value < 0) {
      return 0;
    }
    statsd.gauge(metric, value, tags);
    return 1;
  }

  private void serviceCheck(Status status, String message, List<String> tags) {
    com.timgroup.statsd.ServiceCheck.Builder check =
        com.timgroup.statsd.ServiceCheck.builder()
            .withName(CAN_CONNECT)
            .withStatus(status)
            .withTags(tags.toArray(String[]::new));
    if (message != null) {
      check.withMessage(message);
    }
    statsd.serviceCheck(check.build());
  }

  /**
   * What one collection of an instance did.
   *
   * @param target the JMX server, as {@code host:port} or its URL
   * @param metricsSent how many metric values were submitted
   * @param error why the JVM could not be read, or null when it was
   */
  public record Outcome(String target, int metricsSent, String error) {

    /** Whether the JVM was read. */
    public boolean ok() {
      return error == null;
    }
  }
}
