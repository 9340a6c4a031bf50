package test;

import io.github.ddassets.annotations.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Acme server.
 *
 * @param url Base URL of the Acme admin API.
 * @param apiKey API key used to authenticate.
 * @param verify Whether to verify TLS certificates.
 * @param port Port of the admin API.
 * @param queues Queues to monitor.
 *     Leave empty to monitor all queues.
 * @param mode How to authenticate.
 * @param labels Labels added to every queue metric.
 * @param relay The relay to go through.
 * @param endpoints Endpoints to probe: one, or a list.
 * @param oldTimeout Seconds to wait for the admin API.
 * @param debug Whether to log every request.
 * @param weights Relative weight of each queue.
 * @param extra Anything else, passed on as is.
 */
@InstanceConfig(
    check = AcmeCheck.class,
    templates = {
      @Template(
          value = "instances/http",
          overrides = @TemplateOverride(path = "auth_type.value.example", value = "digest")),
      @Template("instances/default")
    })
public record AcmeInstance(
    @Param(required = true, example = "http://localhost:8080", displayPriority = 1) String url,
    @Param(secret = true) String apiKey,
    @Param(example = "true", defaultValue = "false") boolean verify,
    @Param(example = "8080", defaultValue = "8080", minimum = 1, maximum = 65535) int port,
    @Param(example = "[orders, payments]", pattern = "^[a-z]+$") @Layout(compactExample = true)
        List<String> queues,
    @Param(defaultValue = "digest") AcmeMode mode,
    Map<String, String> labels,
    Relay relay,
    @Param(anyOf = {ValueType.STRING, ValueType.LIST_OF_STRINGS}) List<String> endpoints,
    @Param(
            name = "timeout_seconds",
            example = "5",
            deprecation = {
              @Deprecation(key = "Agent version", value = "8.0.0"),
              @Deprecation(key = "Migration", value = "Use `timeout` instead.")
            })
        Integer oldTimeout,
    @Param(example = "false", hidden = true) boolean debug,
    @Param(example = "{orders: 2.5}", displayDefault = "null") Map<String, Double> weights,
    @Param(anyOf = {ValueType.STRING, ValueType.MAPPING}) Object extra) {

  /**
   * A relay.
   *
   * @param host The relay's host.
   * @param port The relay's port.
   */
  public record Relay(@Param(required = true) String host, @Param(defaultValue = "3128") int port) {}
}
