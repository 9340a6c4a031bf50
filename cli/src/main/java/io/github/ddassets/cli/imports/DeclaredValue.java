package io.github.ddassets.cli.imports;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A manifest value an annotation attribute declares, and where the processor puts it.
 *
 * @param pointer the JSON pointer
 * @param value the value
 */
record DeclaredValue(String pointer, JsonNode value) {}
