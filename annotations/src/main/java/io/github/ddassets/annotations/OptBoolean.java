package io.github.ddassets.annotations;

/**
 * A boolean attribute that can also be left unset, the way Jackson's {@code OptBoolean} does it:
 * annotation attributes cannot be null, and for manifest values "not said" must differ from {@code
 * false} (a base manifest's value then passes through).
 */
public enum OptBoolean {
  /**
   * Not said: the base manifest's value is kept; without a base manifest, ddassets writes its
   * documented default.
   */
  DEFAULT,
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE
}
