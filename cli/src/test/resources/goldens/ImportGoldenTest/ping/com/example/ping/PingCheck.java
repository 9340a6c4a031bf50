package com.example.ping;

import io.github.ddassets.annotations.Author;
import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.Layout;
import io.github.ddassets.annotations.Listing;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.MetricType;
import io.github.ddassets.annotations.OptBoolean;
import io.github.ddassets.annotations.Orientation;
import io.github.ddassets.annotations.ServiceCheck;
import io.github.ddassets.annotations.Tile;

/**
 * The {@code ping} integration: its metrics, service checks and manifest.
 */
@Integration(
    name = "ping",
    displayName = "Ping",
    metricPrefix = "network.",
    manifest = "com/example/ping/ping.manifest.json"
)
@Listing(
    appId = "ping",
    appUuid = "841c9313-628f-4861-ad0b-2d12c37ee571",
    owner = "agent-integrations",
    displayOnPublicWebsite = OptBoolean.TRUE,
    sourceTypeId = 10200L,
    autoInstall = OptBoolean.TRUE,
    createsEvents = OptBoolean.FALSE,
    tile = @Tile(
        title = "Ping",
        description = "Monitor connectivity to remote hosts.",
        classifierTags = {
            "Category::Developer Tools",
            "Category::Network",
            "Supported OS::Linux",
            "Supported OS::Windows",
            "Supported OS::macOS",
            "Offering::Integration"}),
    author = @Author(
        name = "Community",
        homepage = "https://github.com/DataDog/integrations-extras",
        supportEmail = "jim.stanton@datadoghq.com",
        salesEmail = "jim.stanton@datadoghq.com")
)
@Layout(
    unnamedSpec = true,
    metricsInDeclarationOrder = true
)
public final class PingCheck {
  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "ping resp time",
      emittedEveryRun = true,
      description = "The response time of a given host and ping port, tagged with url, e.g. 'host:192.168.1.100'."
  )
  public static final String PING_RESPONSE_TIME = "network.ping.response_time";

  @Metric(
      type = MetricType.GAUGE,
      orientation = Orientation.HIGHER_IS_BETTER,
      description = "Value of 1 if the agent can successfully communicate with the target host, 0 otherwise"
  )
  public static final String PING_CAN_CONNECT = "network.ping.can_connect";

  @ServiceCheck(
      name = "Ping",
      groups = {"target_host", "instance"},
      agentVersion = "6.11.0",
      description = "Returns CRITICAL if the Agent cannot communicate with the target host. Returns OK if the ping is successful."
  )
  public static final String PING_CAN_CONNECT_2 = "network.ping.can_connect";

  private PingCheck() {
  }
}
