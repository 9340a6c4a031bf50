package io.github.ddassets.processor;

import io.github.ddassets.core.declare.Owned;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds the check class a declaration belongs to: the class named by its {@code check} attribute,
 * else the nearest enclosing class annotated with {@code @Integration}.
 */
final class Owners {

  private Owners() {}

  /**
   * The owner of an annotated element.
   *
   * @param element the annotated element
   * @param origin the element with its annotation, for diagnostics
   * @param values the annotation's values
   * @param check the annotation's attribute that names the check class
   * @param includeSelf whether the element itself may be the check class (a type annotated with
   *     both {@code @Integration} and, say, {@code @Logs})
   */
  static <T> Owned<T> of(
      Element element,
      ElementOrigin origin,
      AnnotationValues values,
      String check,
      boolean includeSelf,
      T declaration) {
    Optional<TypeElement> declared = values.type(check);
    if (declared.isPresent() && !isVoid(declared.get())) {
      return new Owned<>(
          declared.get().getQualifiedName().toString(), true, origin.attribute(check), declaration);
    }
    Element start = includeSelf ? element : element.getEnclosingElement();
    for (Element enclosing = start;
        enclosing != null;
        enclosing = enclosing.getEnclosingElement()) {
      if (enclosing instanceof TypeElement type
          && Mirrors.find(type, SourceCollector.INTEGRATION).isPresent()) {
        return new Owned<>(type.getQualifiedName().toString(), false, origin, declaration);
      }
    }
    return new Owned<>(null, false, ElementOrigin.of(element), declaration);
  }

  private static boolean isVoid(TypeElement type) {
    return type.getQualifiedName().contentEquals("java.lang.Void");
  }
}
