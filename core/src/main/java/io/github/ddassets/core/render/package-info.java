/**
 * Renderers: pure functions from the model to file text, deterministic and byte-for-byte in the
 * conventions real integration files use: {@code metadata.csv}, {@code service_checks.json}, {@code
 * manifest.json}, {@code spec.yaml} ({@link io.github.ddassets.core.render.SpecWriter}) and {@code
 * conf.yaml.example} ({@link io.github.ddassets.core.render.ExampleRenderer}). Renderers may read the
 * model, the configuration model and YAML, never files or readers.
 */
package io.github.ddassets.core.render;
