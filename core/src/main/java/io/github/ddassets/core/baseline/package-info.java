/**
 * Baselines: the findings a repository already carries, recorded once so that later runs report
 * only new ones. {@link io.github.ddassets.core.baseline.FindingKey} names a finding without its
 * line number, {@link io.github.ddassets.core.baseline.Baseline} matches findings against recorded
 * keys, and {@link io.github.ddassets.core.baseline.BaselineFile} reads and writes the file that
 * the command line, the annotation processor and the Maven plugin share.
 *
 * <p>This package depends on {@code core.rules} and {@code core.model} only; the folder check and
 * the build use it.
 */
package io.github.ddassets.core.baseline;
