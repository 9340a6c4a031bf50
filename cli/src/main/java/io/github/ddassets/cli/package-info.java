/**
 * The {@code ddassets} command (picocli): {@code validate}, {@code render}, {@code verify}, {@code
 * sync} and {@code import}. Each command parses its options, calls core's folder check or build,
 * and prints findings as {@code path:line:column: severity: [rule-id] message} with an exit status.
 * No rule or renderer lives here; a user mistake is a message, never a stack trace ({@link
 * io.github.ddassets.cli.FriendlyErrors}).
 */
package io.github.ddassets.cli;
