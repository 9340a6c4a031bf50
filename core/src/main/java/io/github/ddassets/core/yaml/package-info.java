/**
 * YAML text exactly as Python's PyYAML writes it, for the files ddev renders with {@code
 * yaml.safe_dump} (the example block of each option in {@code conf.yaml.example}). SnakeYAML
 * represents the values and resolves implicit types with PyYAML's tables; a port of PyYAML's
 * emitter writes the text. The entry point is {@link io.github.ddassets.core.yaml.PyYaml}.
 */
package io.github.ddassets.core.yaml;
