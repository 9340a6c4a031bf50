/**
 * The folder check: {@link io.github.ddassets.core.check.FolderCheck} loads a hand-written
 * integration folder and runs every rule on it (the rule set on its manifest, metadata and service
 * checks, the comparison of service_checks.json with its canonical layout, the spec and its
 * examples), giving one {@link io.github.ddassets.core.check.FolderReport}. It is the one door
 * through which the CLI and the Maven plugin validate a folder. {@link
 * io.github.ddassets.core.check.FindingPrinter} prints findings in the formats both offer (text,
 * JSON, GitHub workflow commands), so that their output is the same.
 *
 * <p>This package may use {@code core.read}, {@code core.rules}, {@code core.config}, {@code
 * core.render}, {@code core.model}, {@code core.manifest} and {@code core.yaml}: checking a folder
 * means reading it, and some comparisons need the text the renderers write. Only the doors (the
 * CLI, the Maven plugin) and the build pipeline may import it; {@code core.read} and {@code
 * core.rules} never do, so that readers stay parsers and rules stay pure.
 */
package io.github.ddassets.core.check;
