/**
 * The configuration model: a {@code spec.yaml} loaded and checked, with its templates resolved
 * ({@link io.github.ddassets.core.config.SpecLoader}, {@link
 * io.github.ddassets.core.config.ConfigTemplates}) and every option's value schema checked against
 * what ddev accepts. It reads YAML through {@code core.yaml} and raises rules of the catalogue; it
 * never renders text (that is {@code core.render}) and never touches the file system beyond the
 * template roots it is given.
 */
package io.github.ddassets.core.config;
