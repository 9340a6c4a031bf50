package vocabulary;

import io.github.ddassets.annotations.*;

/** A JMX integration that writes every JMX annotation and attribute. */
@Integration(name = "every_jmx")
@JmxRule(
    domain = "every",
    domainRegex = "ever.*",
    bean = {},
    beanRegex = "every:type=(Queue|Topic),name=.*",
    properties =
        @JmxProperty(
            name = "type",
            values = {"Queue", "Topic"}),
    attributes =
        @JmxAttribute(
            name = "Size",
            alias = "every_jmx.$1.size",
            metricType = JmxMetricType.GAUGE,
            tags = "unit:message",
            values = "{\"true\": 1, default: 0}"),
    excludeTags = "name",
    tags = @JmxTag(name = "destination", value = "$1"),
    exclude =
        @JmxExclude(
            domain = "",
            domainRegex = "",
            bean = "every:type=Queue,name=internal",
            beanRegex = {},
            properties = @JmxProperty(name = "scope", values = "internal"),
            attributes = "Secret"),
    check = EveryJmx.class)
public final class EveryJmx {

  /** Seconds the server has been up. */
  @JmxRules({
    @JmxRule(
        bean = "every:type=Server",
        attributes = @JmxAttribute(name = "Uptime", metricType = JmxMetricType.MONOTONIC_COUNT))
  })
  @Metric(type = MetricType.COUNT, unit = "second")
  public static final String UPTIME = "every_jmx.uptime";

  /** Queue size. */
  @Metric(type = MetricType.GAUGE, unit = "message")
  public static final String QUEUE_SIZE = "every_jmx.queue.size";

  /** Topic size. */
  @Metric(type = MetricType.GAUGE, unit = "message")
  public static final String TOPIC_SIZE = "every_jmx.topic.size";

  /** A score the check reads from a web API. */
  @NotFromJmx("the web API")
  @Metric(type = MetricType.GAUGE)
  public static final String SCORE = "every_jmx.score";

  /** Shared options. */
  @InitConfig(check = EveryJmx.class, templates = @Template("init_config/jmx"))
  public record Init() {}

  /** One server. */
  @InstanceConfig(check = EveryJmx.class, templates = @Template("instances/jmx"))
  public record Instance() {}
}
