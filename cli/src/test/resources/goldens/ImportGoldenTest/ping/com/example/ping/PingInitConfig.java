package com.example.ping;

import io.github.ddassets.annotations.InitConfig;
import io.github.ddassets.annotations.Template;
import io.github.ddassets.annotations.TemplateOverride;

/**
 * The options shared by every instance of the check.
 */
@InitConfig(
    check = PingCheck.class,
    templates = @Template(value = "init_config/default", overrides = @TemplateOverride(path = "service.hidden", value = "true"))
)
public record PingInitConfig() {
}
