package io.github.ddassets.processor;

import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * An origin in annotated source: the element, the annotation on it, and optionally one attribute of
 * the annotation, whose value is what javac underlines when a diagnostic is printed on it.
 *
 * @param element the annotated element
 * @param mirror the annotation, or null to point at the element
 * @param attribute the attribute's name, or null to point at the whole annotation
 * @param index the item of an array attribute to point at, or -1 for the whole value
 */
record ElementOrigin(Element element, AnnotationMirror mirror, String attribute, int index)
    implements Origin {

  ElementOrigin(Element element, AnnotationMirror mirror, String attribute) {
    this(element, mirror, attribute, -1);
  }

  /** An origin on the element itself (its name), without annotation. */
  static ElementOrigin of(Element element) {
    return new ElementOrigin(element, null, null);
  }

  /** An origin on an annotation of the element. */
  static ElementOrigin of(Element element, AnnotationMirror mirror) {
    return new ElementOrigin(element, mirror, null);
  }

  /**
   * Narrows to one attribute. The value is looked up only when a diagnostic is printed ({@link
   * #value()}), since most origins never are.
   */
  @Override
  public ElementOrigin attribute(String name) {
    return mirror == null ? this : new ElementOrigin(element, mirror, name);
  }

  /**
   * Narrows an array attribute to one of its items (javac then underlines that item); an index the
   * source does not have points at the whole value.
   */
  ElementOrigin item(int itemIndex) {
    return new ElementOrigin(element, mirror, attribute, itemIndex);
  }

  /**
   * The attribute's value when the source sets it explicitly, else null (a defaulted attribute has
   * no position of its own, so the diagnostic goes on the annotation).
   */
  AnnotationValue value() {
    if (mirror == null || attribute == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return item(entry.getValue());
      }
    }
    return null;
  }

  private AnnotationValue item(AnnotationValue value) {
    if (index >= 0
        && value.getValue() instanceof List<?> items
        && index < items.size()
        && items.get(index) instanceof AnnotationValue item) {
      return item;
    }
    return value;
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
      String index = Integer.toString(owner.getEnclosedElements().indexOf(current));
      key.insert(0, "/" + "0".repeat(Math.max(0, 6 - index.length())) + index);
      current = owner;
    }
    String top =
        current instanceof TypeElement type
            ? type.getQualifiedName().toString()
            : current.toString();
    return top + key;
  }

  // equals and hashCode are written out: a record's own are linked through invokedynamic when
  // first called, and this is the first record a compilation hashes (see BENCHMARKS.md).

  @Override
  public boolean equals(Object other) {
    return other instanceof ElementOrigin that
        && element.equals(that.element)
        && Objects.equals(mirror, that.mirror)
        && Objects.equals(attribute, that.attribute)
        && index == that.index;
  }

  @Override
  public int hashCode() {
    return Objects.hash(element, mirror, attribute, index);
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
