/**
 * Comparing two releases of integrations: {@link io.github.ddassets.core.diff.ReleaseReader} reads
 * what a release holds (asset folders, a build's generated output, or a jar holding {@code
 * META-INF/datadog}) into {@link io.github.ddassets.core.diff.IntegrationSnapshot}s, and {@link
 * io.github.ddassets.core.diff.ReleaseDiff} classifies every difference between two of them as
 * breaking, notable or additive. The annotation processor holds a build against a previous release
 * with the same comparison.
 *
 * <p>This package may use {@code core.read}, {@code core.config}, {@code core.output}, {@code
 * core.declare}, {@code core.manifest}, {@code core.yaml}, {@code core.rules} and {@code
 * core.model}. It never uses the build or the folder check, and nothing else in core imports it: it
 * is a door's engine, beside the other two entries.
 */
package io.github.ddassets.core.diff;
