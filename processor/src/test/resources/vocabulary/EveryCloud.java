package vocabulary;

import io.github.ddassets.annotations.*;

/** An API integration, for the one annotation an Agent integration cannot carry: {@code @OAuth}. */
@Integration(name = "every_cloud", displayName = "Every Cloud", kind = IntegrationKind.API)
@Listing(
    appUuid = "6f9e3d2b-8c4a-4fab-9d7e-2a3b4c5d6e7f",
    sourceTypeId = 10601,
    tile =
        @Tile(
            title = "Every Cloud",
            description = "See Every Cloud jobs in Datadog.",
            classifierTags = {
              "Category::Cloud",
              "Offering::Integration",
              "Submitted Data Type::Metrics",
              "Supported OS::Linux"
            }),
    author =
        @Author(
            name = "Every Inc.",
            homepage = "https://every.example",
            supportEmail = "support@every.example",
            salesEmail = "sales@every.example"))
@OAuth(scopes = {"api_keys_write", "metrics_read"})
public final class EveryCloud {

  /** Jobs that finished during the interval. */
  @Metric(type = MetricType.COUNT, unit = "job", emittedEveryRun = true)
  public static final String JOBS_FINISHED = "every_cloud.jobs.finished";
}
