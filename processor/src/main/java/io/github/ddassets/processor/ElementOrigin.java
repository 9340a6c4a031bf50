package io.github.ddassets.processor;

import io.github.ddassets.core.model.Origin;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An origin in annotated source: the element, the annotation on it, and optionally the annotation
 * value, which is what javac underlines when a diagnostic is printed on it.
 *
 * @param element the annotated element
 * @param mirror the annotation, or null
 * @param value the attribute's value, or null to point at the whole annotation
 */
record ElementOrigin(Element element, AnnotationMirror mirror, AnnotationValue value)
    implements Origin {

  /**
   * Narrows to the attribute's value when the source sets it explicitly, else to the annotation.
   */
  @Override
  public Origin attribute(String name) {
    if (mirror == null) {
      return this;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return new ElementOrigin(element, mirror, entry.getValue());
      }
    }
    return new ElementOrigin(element, mirror, null);
  }

  /**
   * The top-level type's name followed by the position of each enclosing member, so that
   * declarations sort in source order within a file.
   */
  @Override
  public String sortKey() {
    StringBuilder key = new StringBuilder();
    Element current = element;
    while (current.getEnclosingElement() instanceof TypeElement owner) {
      key.insert(
          0, String.format(Locale.ROOT, "/%06d", owner.getEnclosedElements().indexOf(current)));
      current = owner;
    }
    String top =
        current instanceof TypeElement type
            ? type.getQualifiedName().toString()
            : current.toString();
    return top + key;
  }

  /** The element's qualified name, such as {@code com.acme.AcmeCheck.QUEUE_DEPTH}. */
  @Override
  public String describe() {
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    Element enclosing = element.getEnclosingElement();
    String owner = enclosing instanceof TypeElement type ? type.getQualifiedName() + "." : "";
    return owner + element.getSimpleName();
  }
}
