package io.github.ddassets.core.output;

/**
 * A committed file that differs from the generated one.
 *
 * @param relativePath the file's path inside the integration folder
 * @param committedPath how to name the committed file in messages
 * @param missing whether the committed file does not exist at all
 * @param diff a unified diff of the first differences (committed to generated)
 */
public record Drift(String relativePath, String committedPath, boolean missing, String diff) {

  /** The message, naming the folder that holds the committed copy. */
  public String describe(String folder) {
    return missing
        ? committedPath + " is missing from " + folder
        : committedPath + " in " + folder + " differs from the generated file:\n" + diff;
  }
}
