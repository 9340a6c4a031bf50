/**
 * Generated files and their committed copies: the file set of one integration folder ({@link
 * io.github.ddassets.core.output.GeneratedFiles}), safe integration folder names, drift detection
 * with unified diffs, atomic synchronisation of a committed folder, and the sync and verify of a
 * build's committed copy ({@link io.github.ddassets.core.output.CommittedCopies}), and the
 * confinement of every file a command writes to its output folder ({@link
 * io.github.ddassets.core.output.OutputFolder}). It produces no file content itself (that is {@code
 * core.build}) and never runs rules.
 */
package io.github.ddassets.core.output;
