package vocabulary;

import io.github.ddassets.annotations.*;
import java.util.List;

/** An integration that writes every annotation of the vocabulary, most attributes explicitly. */
@Integration(
    name = "every",
    displayName = "Every",
    metricPrefix = "every.",
    kind = IntegrationKind.AGENT)
@Listing(
    appId = "every",
    appUuid = "5e8d2c1a-7b3f-4e9a-8c6d-1f2a3b4c5d6e",
    owner = "every-team",
    displayOnPublicWebsite = OptBoolean.FALSE,
    sourceTypeId = 10600,
    autoInstall = OptBoolean.TRUE,
    createsEvents = OptBoolean.FALSE,
    processSignatures = "every-server",
    logsSource = "every",
    tile =
        @Tile(
            title = "Every",
            description = "Declare every attribute once.",
            overview = "README.md#Overview",
            configuration = "README.md#Setup",
            support = "README.md#Support",
            uninstallation = "README.md#Uninstallation",
            changelog = "CHANGELOG.md",
            classifierTags = {
              "Category::Log Collection",
              "Offering::Integration",
              "Submitted Data Type::Metrics",
              "Supported OS::Linux"
            },
            media =
                @Media(
                    type = MediaType.IMAGE,
                    caption = "Every overview",
                    imageUrl = "images/overview.png",
                    vimeoId = 0),
            resources =
                @Resource(type = ResourceType.BLOG, url = "https://every.example/blog")),
    author =
        @Author(
            name = "Every Inc.",
            homepage = "https://every.example",
            supportEmail = "support@every.example",
            salesEmail = "sales@every.example",
            vendorId = "every"))
@Logs(
    value =
        @LogSource(
            type = LogType.FILE,
            path = "/var/log/every/*.log",
            port = 0,
            portPlaceholder = "",
            channelPath = "",
            source = "every",
            service = "<SERVICE>",
            encoding = "utf-16-le",
            processingRules =
                @LogProcessingRule(
                    type = "mask_sequences",
                    name = "mask_tokens",
                    pattern = "token=\\w+",
                    replacePlaceholder = "token=***")),
    description = "Collects the logs of Every.",
    required = false,
    check = Every.class)
@AutoConf(
    adIdentifiers = "every",
    examples =
        @ParamValue(
            param = "url",
            value = "http://%%host%%:8080",
            description = "The URL Autodiscovery fills in."),
    templates = {},
    check = Every.class)
@Layout(
    emptyServiceChecks = true,
    emptyServiceChecksObject = true,
    serviceFirst = true,
    metricsInDeclarationOrder = true,
    sampleTagsColumn = true,
    unnamedSpec = true)
public final class Every {

  /** Requests served. */
  @Metric(
      type = MetricType.COUNT,
      unit = "request",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.HIGHER_IS_BETTER,
      shortName = "requests",
      curated = Curated.CPU,
      sampleTags = "endpoint",
      emittedEveryRun = true,
      description = "Requests served.",
      check = Every.class)
  public static final String REQUESTS = "every.requests";

  @ServiceCheck(
      name = "Every can connect",
      statuses = {Status.OK, Status.CRITICAL},
      groups = "host",
      description = "Returns `CRITICAL` if the check cannot reach Every, otherwise `OK`.",
      agentVersion = "7.59.0",
      integration = "Every",
      check = Every.class)
  public static final String CAN_CONNECT = "every.can_connect";

  /** @param timeout Seconds to wait before giving up. */
  @InitConfig(check = Every.class, templates = @Template("init_config/default"))
  public record Init(@Param(example = "10", defaultValue = "10") int timeout) {}

  /** @param endpoints Endpoints to probe. */
  @InstanceConfig(
      check = Every.class,
      templates = {
        @Template(
            value = "instances/http",
            overrides = @TemplateOverride(path = "auth_type.value.example", value = "digest"),
            hidden = false),
        @Template("instances/default")
      },
      specName = "Every",
      specVersion = "1.0.0",
      sections = {"init_config", "instances", "logs"},
      fileTemplates = @Template(value = "instances/default", hidden = true))
  @Layout(templatesFirst = true, emptyOptions = "instances/default")
  public record Instance(
      @Param(
              name = "url",
              description = "The URL to query.",
              required = true,
              example = "http://localhost:8080",
              secret = false,
              hidden = false,
              displayPriority = 1,
              enabled = true,
              pattern = "^https?://.*")
          String url,
      @Param(
              example = "[a, b]",
              defaultValue = "[a]",
              displayDefault = "[a]",
              enumValues = {"a", "b"},
              deprecation = @Deprecation(key = "Agent version", value = "8.0.0"))
          @Layout(compactExample = true)
          List<String> endpoints,
      @Param(description = "Retries.", example = "3", minimum = 0, maximum = 10) int retries,
      @Param(description = "Labels.", anyOf = {ValueType.STRING, ValueType.LIST_OF_STRINGS})
          List<String> labels,
      @Param(description = "Profiles.", example = "[{name: main}]")
          @Layout(requiredOnProperties = true)
          List<Profile> profiles) {}

  /** One profile. */
  public record Profile(@Param(description = "Its name.", required = true) String name) {}
}
