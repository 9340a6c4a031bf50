package com.example.ping;

import io.github.ddassets.annotations.InstanceConfig;
import io.github.ddassets.annotations.Param;
import io.github.ddassets.annotations.Template;
import io.github.ddassets.annotations.TemplateOverride;

/**
 * The options of one instance of the check.
 */
@InstanceConfig(
    check = PingCheck.class,
    templates = @Template(value = "instances/default", overrides = {
                @TemplateOverride(path = "tags.description", value = "|-\n"
                            + "  List of tags to attach to every metric, event and service check emitted by this integration.\n"
                            + "\n"
                            + "  Learn more about tagging: https://docs.datadoghq.com/tagging/"),
                @TemplateOverride(path = "service.hidden", value = "true"),
                @TemplateOverride(path = "min_collection_interval.hidden", value = "true"),
                @TemplateOverride(path = "empty_default_hostname.hidden", value = "true"),
                @TemplateOverride(path = "metric_patterns.hidden", value = "true")
            })
)
public record PingInstance(
    @Param(description = "Host to ping", required = true, example = "<HOST_NAME>") String host,
    @Param(description = "Reports network.ping.response_time in ms if true", required = false, example = "false", defaultValue = "false") boolean collectResponseTime,
    @Param(description = "Timeout in seconds", required = false, example = "4.0", defaultValue = "4.0") double timeout) {
}
