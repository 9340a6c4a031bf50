package io.github.ddassets.processor;

import io.github.ddassets.core.model.Origin;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The source types an integration's files derive from, for incremental build tools. */
final class OriginatingElements {

  private static final Comparator<TypeElement> BY_QUALIFIED_NAME =
      new Comparator<>() {
        @Override
        public int compare(TypeElement first, TypeElement second) {
          return first
              .getQualifiedName()
              .toString()
              .compareTo(second.getQualifiedName().toString());
        }
      };

  private OriginatingElements() {}

  /** The top-level types of the declarations the build names as the files' origins. */
  static Element[] of(List<Origin> origins) {
    Set<TypeElement> types = new TreeSet<>(BY_QUALIFIED_NAME);
    for (Origin origin : origins) {
      if (origin instanceof ElementOrigin elementOrigin) {
        types.add(topLevelType(elementOrigin.element()));
      }
    }
    return types.toArray(new Element[0]);
  }

  private static TypeElement topLevelType(Element element) {
    Element current = element;
    TypeElement top = null;
    while (current != null) {
      if (current instanceof TypeElement type) {
        top = type;
      }
      current = current.getEnclosingElement();
    }
    return top;
  }
}
