/**
 * Readers: parse asset files from disk into the model, keeping the line, column and JSON pointer of
 * every value. A file that cannot be read gives a finding with its position, never an exception.
 */
package io.github.ddassets.core.read;
