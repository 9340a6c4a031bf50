package com.example.trino;

import io.github.ddassets.annotations.InitConfig;
import io.github.ddassets.annotations.Template;

/**
 * The options shared by every instance of the check.
 */
@InitConfig(
    check = TrinoCheck.class,
    templates = @Template("init_config/jmx")
)
public record TrinoInitConfig() {
}
