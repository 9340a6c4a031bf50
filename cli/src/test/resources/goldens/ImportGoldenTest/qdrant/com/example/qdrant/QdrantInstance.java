package com.example.qdrant;

import io.github.ddassets.annotations.InstanceConfig;
import io.github.ddassets.annotations.Template;
import io.github.ddassets.annotations.TemplateOverride;

/**
 * The options of one instance of the check.
 */
@InstanceConfig(
    check = QdrantCheck.class,
    templates = @Template(value = "instances/openmetrics", overrides = {
                @TemplateOverride(path = "openmetrics_endpoint.required", value = "true"),
                @TemplateOverride(path = "openmetrics_endpoint.hidden", value = "false"),
                @TemplateOverride(path = "openmetrics_endpoint.display_priority", value = "2"),
                @TemplateOverride(path = "openmetrics_endpoint.value.example", value = "http://localhost:6333/metrics"),
                @TemplateOverride(path = "openmetrics_endpoint.description", value = "|-\n"
                            + "  Endpoint exposing the Qdrant's Prometheus metrics. For more information refer to:\n"
                            + "  https://qdrant.tech/documentation/guides/monitoring/")
            })
)
public record QdrantInstance() {
}
