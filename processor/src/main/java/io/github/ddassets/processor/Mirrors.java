package io.github.ddassets.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through their mirrors, which gives positions for diagnostics and avoids {@code
 * MirroredTypeException} for class-valued attributes.
 */
final class Mirrors {

  private final Elements elements;
  private final AttributeReads reads;

  /**
   * @param elements javac's element utilities
   * @param reads where the attributes looked up are noted
   */
  Mirrors(Elements elements, AttributeReads reads) {
    this.elements = elements;
    this.reads = reads;
  }

  /** The mirror of an annotation on an element, by the annotation's qualified name. */
  static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Every attribute of an annotation, defaults included, read once. */
  AnnotationValues read(AnnotationMirror mirror) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue().getValue());
    }
    Set<String> explicit = new HashSet<>();
    for (ExecutableElement attribute : mirror.getElementValues().keySet()) {
      explicit.add(attribute.getSimpleName().toString());
    }
    String annotation =
        ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    return new AnnotationValues(annotation, values, explicit, reads);
  }

  /**
   * The values of an annotation the source does not write, as if written with no attribute: each
   * attribute's default. The annotation type comes from the class path, where the annotations the
   * sources use are.
   *
   * @param annotation the annotation's qualified name
   */
  AnnotationValues defaults(String annotation) {
    TypeElement type = elements.getTypeElement(annotation);
    if (type == null) {
      throw new IllegalStateException(annotation + " is not on the class path");
    }
    Map<String, Object> values = new HashMap<>();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof ExecutableElement attribute && attribute.getDefaultValue() != null) {
        values.put(attribute.getSimpleName().toString(), attribute.getDefaultValue().getValue());
      }
    }
    return new AnnotationValues(annotation, values, Set.of(), reads);
  }
}
