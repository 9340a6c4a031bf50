package com.example.acme;

import io.github.ddassets.annotations.InitConfig;
import io.github.ddassets.annotations.InstanceConfig;
import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.JmxAttribute;
import io.github.ddassets.annotations.JmxMetricType;
import io.github.ddassets.annotations.JmxProperty;
import io.github.ddassets.annotations.JmxRule;
import io.github.ddassets.annotations.JmxTag;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.MetricType;
import io.github.ddassets.annotations.Orientation;
import io.github.ddassets.annotations.ServiceCheck;
import io.github.ddassets.annotations.Status;
import io.github.ddassets.annotations.Template;
import io.github.ddassets.annotations.TemplateOverride;

/** Acme MQ, monitored by the Agent's JMXFetch. */
@Integration(name = "acme_mq", displayName = "Acme MQ")
@JmxRule(
    domain = "com.acme.mq",
    properties = @JmxProperty(name = "type", values = "Broker"),
    attributes = {
      @JmxAttribute(
          name = "TotalConnections",
          alias = "acme_mq.broker.connections",
          metricType = JmxMetricType.GAUGE),
      @JmxAttribute(
          name = "MessagesIn",
          alias = "acme_mq.broker.messages_in",
          metricType = JmxMetricType.MONOTONIC_COUNT)
    })
public final class AcmeMqCheck {

  /** Client connections open on the broker. */
  @Metric(type = MetricType.GAUGE, unit = "connection")
  public static final String CONNECTIONS = "acme_mq.broker.connections";

  /** Messages the broker received since the previous run. */
  @Metric(type = MetricType.COUNT, unit = "message")
  public static final String MESSAGES_IN = "acme_mq.broker.messages_in";

  /** Messages waiting in a queue. */
  @JmxRule(
      domain = "com.acme.mq",
      properties = @JmxProperty(name = "type", values = "Queue"),
      tags = @JmxTag(name = "queue", value = "$name"),
      attributes = @JmxAttribute(name = "Depth", metricType = JmxMetricType.GAUGE))
  @Metric(type = MetricType.GAUGE, unit = "message", orientation = Orientation.LOWER_IS_BETTER)
  public static final String QUEUE_DEPTH = "acme_mq.queue.depth";

  /** Messages consumed from a queue per second. */
  @JmxRule(
      domain = "com.acme.mq",
      properties = @JmxProperty(name = "type", values = "Queue"),
      tags = @JmxTag(name = "queue", value = "$name"),
      attributes = @JmxAttribute(name = "DequeueCount", metricType = JmxMetricType.RATE))
  @Metric(type = MetricType.GAUGE, unit = "message", perUnit = "second")
  public static final String QUEUE_DEQUEUE_RATE = "acme_mq.queue.dequeue_rate";

  @ServiceCheck(
      name = "Acme MQ can connect",
      statuses = {Status.OK, Status.CRITICAL},
      groups = {"host", "port"},
      agentVersion = "7.59.0",
      description = "Returns `CRITICAL` if the Agent cannot reach Acme MQ's JMX server, else `OK`.")
  public static final String CAN_CONNECT = "acme_mq.can_connect";

  /** Options shared by every Acme MQ server. */
  @InitConfig(check = AcmeMqCheck.class, templates = @Template("init_config/jmx"))
  public record Init() {}

  /** One Acme MQ server. */
  @InstanceConfig(
      check = AcmeMqCheck.class,
      templates =
          @Template(
              value = "instances/jmx",
              overrides = @TemplateOverride(path = "port.value.example", value = "9010")))
  public record Instance() {}
}
