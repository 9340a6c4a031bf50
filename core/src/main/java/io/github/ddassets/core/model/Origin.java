package io.github.ddassets.core.model;

/**
 * Where a piece of the model came from: a place in a file, or an annotated element in source.
 *
 * <p>Rules only pass origins through to their findings; the reader that made the model, or the
 * annotation processor, turns an origin back into something a user can act on (a file line, an
 * underlined annotation value).
 */
public interface Origin {

  /** An origin for content that was not read from anywhere, such as built-in defaults. */
  Origin NONE =
      new Origin() {
        @Override
        public String describe() {
          return "";
        }
      };

  /**
   * This origin narrowed to one attribute of the declaration (an annotation attribute such as
   * {@code "unit"}). Origins that cannot be narrowed return themselves.
   */
  default Origin attribute(String name) {
    return this;
  }

  /** A short human-readable location, for example {@code metadata.csv:12:5}; may be empty. */
  String describe();

  /**
   * A key that orders origins as they appear in their source (file order, then declaration order),
   * so that "first" and "duplicate" do not depend on the order files were read in.
   */
  default String sortKey() {
    return describe();
  }
}
