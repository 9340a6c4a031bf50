package com.acme;

import io.github.ddassets.annotations.Author;
import io.github.ddassets.annotations.Curated;
import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.Layout;
import io.github.ddassets.annotations.Listing;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.MetricType;
import io.github.ddassets.annotations.OptBoolean;
import io.github.ddassets.annotations.Orientation;
import io.github.ddassets.annotations.ServiceCheck;
import io.github.ddassets.annotations.Status;
import io.github.ddassets.annotations.Tile;

/**
 * The {@code acme} integration: its metrics, service checks and manifest.
 */
@Integration(
    name = "acme",
    displayName = "Acme",
    manifest = "com/acme/acme.manifest.json"
)
@Listing(
    appId = "acme",
    appUuid = "0d1ae8bd-0f1a-4a39-9b4e-4b7a4c5c8e01",
    displayOnPublicWebsite = OptBoolean.FALSE,
    sourceTypeId = 10500L,
    autoInstall = OptBoolean.TRUE,
    createsEvents = OptBoolean.FALSE,
    tile = @Tile(
        title = "Acme",
        description = "Monitor Acme queues and workers.",
        classifierTags = {
            "Category::Message Queues",
            "Offering::Integration",
            "Submitted Data Type::Metrics",
            "Supported OS::Linux"}),
    author = @Author(
        name = "Acme Inc.",
        homepage = "https://acme.example",
        supportEmail = "support@acme.example",
        salesEmail = "sales@acme.example")
)
@Layout(
    metricsInDeclarationOrder = true
)
public final class AcmeCheck {
  @Metric(
      type = MetricType.GAUGE,
      unit = "message",
      orientation = Orientation.LOWER_IS_BETTER,
      emittedEveryRun = true,
      description = "Messages waiting in the queue."
  )
  public static final String QUEUE_DEPTH = "acme.queue.depth";

  @Metric(
      type = MetricType.GAUGE,
      unit = "message",
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = Metric.NO_SHORT_NAME,
      description = "Messages waiting, all queues together."
  )
  public static final String QUEUE_DEPTH_2 = "acme.queue_depth";

  @Metric(
      type = MetricType.COUNT,
      unit = "response",
      interval = 15,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "server errors",
      description = "Responses with a 5xx status."
  )
  public static final String METRIC_5XX_COUNT = "acme.5xx.count";

  @Metric(
      type = MetricType.RATE,
      unit = "byte",
      perUnit = "second",
      shortName = "bytes sent",
      description = "Bytes sent per second."
  )
  public static final String NET_BYTES_SENT = "acme.net.bytes_sent";

  @Metric(
      type = MetricType.GAUGE,
      unit = "percent",
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu",
      curated = Curated.CPU,
      description = "CPU used by the Acme process."
  )
  public static final String PROCESS_CPU = "acme.process.cpu";

  @Metric(
      type = MetricType.GAUGE,
      unit = "worker",
      orientation = Orientation.HIGHER_IS_BETTER,
      description = "Workers processing a message."
  )
  public static final String WORKERS_BUSY = "acme.workers.busy";

  @ServiceCheck(
      name = "Acme can connect",
      groups = {"host", "endpoint"},
      agentVersion = "7.59.0",
      description = "Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`."
  )
  public static final String CAN_CONNECT = "acme.can_connect";

  @ServiceCheck(
      name = "Acme queue health",
      statuses = {Status.OK, Status.WARNING, Status.CRITICAL},
      agentVersion = "7.59.0",
      description = "Returns `WARNING` when the queue fills up, `CRITICAL` when it is full."
  )
  public static final String QUEUE_HEALTH = "acme.queue.health";

  private AcmeCheck() {
  }
}
