package com.example.qdrant;

import io.github.ddassets.annotations.InitConfig;
import io.github.ddassets.annotations.Template;

/**
 * The options shared by every instance of the check.
 */
@InitConfig(
    check = QdrantCheck.class,
    templates = @Template("init_config/openmetrics")
)
public record QdrantInitConfig() {
}
