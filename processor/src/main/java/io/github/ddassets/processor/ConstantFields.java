package io.github.ddassets.processor;

import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/** Checks that an annotated element is a {@code static final String} compile-time constant. */
final class ConstantFields {

  private ConstantFields() {}

  /** Why the element is not a String constant, or empty when it is one. */
  static Optional<String> problem(Element element) {
    if (element.getKind() != ElementKind.FIELD) {
      return Optional.of(element.getSimpleName() + " is not a field");
    }
    Set<Modifier> modifiers = element.getModifiers();
    if (!modifiers.contains(Modifier.STATIC)) {
      return Optional.of(element.getSimpleName() + " is not static");
    }
    if (!modifiers.contains(Modifier.FINAL)) {
      return Optional.of(element.getSimpleName() + " is not final");
    }
    if (!element.asType().toString().equals("java.lang.String")) {
      return Optional.of(
          element.getSimpleName() + " is of type " + element.asType() + ", not String");
    }
    if (!(((VariableElement) element).getConstantValue() instanceof String)) {
      return Optional.of(
          element.getSimpleName() + " is not initialized with a compile-time constant");
    }
    return Optional.empty();
  }
}
