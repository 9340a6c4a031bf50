/**
 * YAML in both directions. Reading: {@link io.github.ddassets.core.yaml.YamlReader} parses text
 * into {@link io.github.ddassets.core.yaml.YamlNode} trees that keep each node's line and column,
 * with Python's value semantics ({@link io.github.ddassets.core.yaml.PythonValues}). Writing: YAML
 * text exactly as Python's PyYAML writes it, for the files ddev renders with {@code
 * yaml.safe_dump}; SnakeYAML represents the values and resolves implicit types with PyYAML's
 * tables, and a port of PyYAML's emitter writes the text ({@link
 * io.github.ddassets.core.yaml.PyYaml}). This package knows nothing of specs, rules or files.
 */
package io.github.ddassets.core.yaml;
