package test;

import io.github.ddassets.annotations.*;

/** Acme Cloud's service, which submits metrics and events to Datadog on its users' behalf. */
@Integration(name = "acme_cloud", displayName = "Acme Cloud", kind = IntegrationKind.API)
@Listing(
    appUuid = "7b3c1f0e-5a2d-4c8b-9e61-2f4a8d0c6b13",
    sourceTypeId = 10501,
    createsEvents = OptBoolean.TRUE,
    tile =
        @Tile(
            title = "Acme Cloud",
            description = "See Acme Cloud jobs and their failures in Datadog.",
            uninstallation = "README.md#Uninstallation",
            classifierTags = {
              "Category::Cloud",
              "Offering::Integration",
              "Submitted Data Type::Metrics",
              "Submitted Data Type::Events",
              "Supported OS::Linux",
              "Supported OS::Windows",
              "Supported OS::macOS"
            }),
    author =
        @Author(
            name = "Acme Inc.",
            homepage = "https://acme.example",
            supportEmail = "support@acme.example",
            salesEmail = "sales@acme.example"))
@OAuth(scopes = {"api_keys_write", "metrics_read"})
public final class AcmeCloudIntegration {

  /** Jobs that finished during the interval. */
  @Metric(type = MetricType.COUNT, unit = "job", emittedEveryRun = true)
  public static final String JOBS_FINISHED = "acme_cloud.jobs.finished";

  /** Jobs waiting to run. */
  @Metric(type = MetricType.GAUGE, unit = "job", orientation = Orientation.LOWER_IS_BETTER)
  public static final String JOBS_QUEUED = "acme_cloud.jobs.queued";
}
