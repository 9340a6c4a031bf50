/**
 * The two report formats that CI services read, shared by {@code ddassets validate} and {@code
 * ddassets diff}: GitHub Actions workflow commands ({@link io.github.ddassets.core.ci.GithubCommands},
 * with the per-step annotation cap) and SARIF 2.1.0 logs ({@link io.github.ddassets.core.ci.SarifLog}).
 *
 * <p>This package knows only the model: the folder check and the release diff both use it, and it
 * uses neither.
 */
package io.github.ddassets.core.ci;
