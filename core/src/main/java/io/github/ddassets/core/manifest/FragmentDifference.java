package io.github.ddassets.core.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A key the code owns whose value in a manifest differs from the code's.
 *
 * @param pointer the key's JSON pointer, such as {@code /assets/integration/metrics/prefix}
 * @param expected the code's value
 * @param actual the manifest's value, or a missing node when the manifest lacks the key
 */
public record FragmentDifference(String pointer, JsonNode expected, JsonNode actual) {

  public FragmentDifference {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /** Whether the manifest lacks the key altogether. */
  public boolean missing() {
    return actual.isMissingNode();
  }

  /**
   * One sentence naming the pointer and both values, for example {@code
   * /assets/integration/metrics/prefix is "acme_" in the manifest, "acme." in the code}.
   */
  public String describe() {
    return missing()
        ? pointer + " is missing from the manifest, " + expected + " in the code"
        : pointer + " is " + actual + " in the manifest, " + expected + " in the code";
  }
}
