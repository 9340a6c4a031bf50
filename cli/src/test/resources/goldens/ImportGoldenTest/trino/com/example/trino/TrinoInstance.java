package com.example.trino;

import io.github.ddassets.annotations.InstanceConfig;
import io.github.ddassets.annotations.Template;
import io.github.ddassets.annotations.TemplateOverride;

/**
 * The options of one instance of the check.
 */
@InstanceConfig(
    check = TrinoCheck.class,
    templates = @Template(value = "instances/jmx", overrides = {
                @TemplateOverride(path = "host.value.example", value = "localhost"),
                @TemplateOverride(path = "port.value.example", value = "9080")
            })
)
public record TrinoInstance() {
}
