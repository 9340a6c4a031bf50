package test;

import io.github.ddassets.annotations.*;

@Integration(name = "acme", displayName = "Acme")
@Listing(
    appUuid = "0d1ae8bd-0f1a-4a39-9b4e-4b7a4c5c8e01",
    owner = "acme-team",
    sourceTypeId = 10500,
    processSignatures = {"java org.acme.Server"},
    tile =
        @Tile(
            title = "Acme",
            description = "Monitor Acme queues and workers.",
            classifierTags = {
              "Category::Message Queues",
              "Category::Log Collection",
              "Offering::Integration",
              "Submitted Data Type::Metrics",
              "Supported OS::Linux"
            },
            media = @Media(caption = "Acme overview", imageUrl = "images/overview.png"),
            resources =
                @Resource(type = ResourceType.BLOG, url = "https://acme.example/blog/datadog")),
    author =
        @Author(
            name = "Acme Inc.",
            homepage = "https://acme.example",
            supportEmail = "support@acme.example",
            salesEmail = "sales@acme.example"))
@Logs(@LogSource(path = "/var/log/acme/*.log", service = "<SERVICE>"))
public final class AcmeCheck {

  /** Messages waiting in the queue. */
  @Metric(type = MetricType.GAUGE, unit = "message", emittedEveryRun = true)
  public static final String QUEUE_DEPTH = "acme.queue.depth";

  /** Time to process one message. */
  @Metric(type = MetricType.HISTOGRAM, unit = "millisecond")
  public static final String PROCESSING_TIME = "acme.message.processing_time";

  /** Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`. */
  @ServiceCheck(name = "Acme can connect", agentVersion = "7.59.0")
  public static final String CAN_CONNECT = "acme.can_connect";

  /** @param url Base URL of the Acme admin API. */
  @InstanceConfig
  public record Instance(@Param(required = true, example = "http://localhost:8080") String url) {}
}
