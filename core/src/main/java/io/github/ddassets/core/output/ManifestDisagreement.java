package io.github.ddassets.core.output;

/**
 * A committed, hand-written manifest.json that does not agree with the keys the code owns, or that
 * cannot be read at all.
 *
 * @param location the file, with line and column when the problem has one
 * @param problem what is wrong, starting with a separator ({@code ": ..."} or {@code " disagrees
 *     ..."}) so that it reads on from the location
 */
public record ManifestDisagreement(String location, String problem) {

  /** The message, naming the folder that holds the committed copy. */
  public String describe(String folder) {
    return location + " in " + folder + problem;
  }
}
