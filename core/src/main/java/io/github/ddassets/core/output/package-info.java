/**
 * Generated files and their committed copies: safe integration folder names, drift detection with
 * unified diffs, and atomic synchronisation of a committed folder.
 */
package io.github.ddassets.core.output;
