package io.github.ddassets.core.testing;

import io.github.ddassets.core.model.Origin;

/**
 * A stand-in for the processor's origins: an annotated element that can be narrowed to one
 * annotation attribute, described as {@code element#attribute}.
 *
 * @param element the annotated element
 * @param attribute the attribute, or empty for the whole declaration
 */
public record SourceOrigin(String element, String attribute) implements Origin {

  /** The whole declaration of an element. */
  public static SourceOrigin of(String element) {
    return new SourceOrigin(element, "");
  }

  @Override
  public Origin attribute(String name) {
    return new SourceOrigin(element, name);
  }

  @Override
  public String describe() {
    return attribute.isEmpty() ? element : element + "#" + attribute;
  }
}
