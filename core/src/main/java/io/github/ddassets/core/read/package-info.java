/**
 * Readers: parse asset files from disk into the model, keeping the line, column and JSON pointer of
 * every value. A file that cannot be read gives a finding with its position, never an exception.
 * Readers only parse and run no rule: the folder check of {@code core.check} does.
 */
package io.github.ddassets.core.read;
