package io.github.ddassets.processor;

import io.github.ddassets.core.declare.Vocabulary.Layout;
import io.github.ddassets.core.model.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The {@code @Layout} of one element: the layout flags it sets, each pointing at its attribute. An
 * element without {@code @Layout} sets none.
 */
final class LayoutFlags {

  private static final LayoutFlags NONE = new LayoutFlags(null, null);

  /** The annotation on the element, or null. */
  private final ElementOrigin origin;

  private final AnnotationValues values;

  private LayoutFlags(ElementOrigin origin, AnnotationValues values) {
    this.origin = origin;
    this.values = values;
  }

  /** The flags of a type or field. */
  static LayoutFlags of(Element element, Mirrors mirrors) {
    return of(element, element, mirrors);
  }

  /**
   * The flags of an element, pointing at another: a record component's flags are shown on its field
   * (see {@link ParamReader}).
   *
   * @param annotated the element the annotation is read from
   * @param shownAt the element diagnostics point at
   */
  static LayoutFlags of(Element annotated, Element shownAt, Mirrors mirrors) {
    Optional<AnnotationMirror> mirror = Mirrors.find(annotated, Layout.ANNOTATION);
    if (mirror.isEmpty()) {
      return NONE;
    }
    return new LayoutFlags(ElementOrigin.of(shownAt, mirror.get()), mirrors.read(mirror.get()));
  }

  /** An attribute of the element's {@code @Layout} (which it must have), for a diagnostic. */
  Origin at(String attribute) {
    return origin.attribute(attribute);
  }

  /** Whether a boolean flag, such as {@link Layout#TEMPLATES_FIRST}, is set. */
  boolean isSet(String flag) {
    return values != null && values.bool(flag);
  }

  /** The attribute of a boolean flag that is set, or empty when it is not. */
  Optional<Origin> origin(String flag) {
    return isSet(flag) ? Optional.of(origin.attribute(flag)) : Optional.empty();
  }

  /**
   * The templates {@link Layout#EMPTY_OPTIONS} names, in order, each pointing at its item of the
   * attribute; a name given twice points at its first item.
   */
  Map<String, ElementOrigin> emptyOptions() {
    Map<String, ElementOrigin> named = new LinkedHashMap<>();
    if (values == null) {
      return named;
    }
    List<String> names = values.list(Layout.EMPTY_OPTIONS);
    for (int i = 0; i < names.size(); i++) {
      named.putIfAbsent(names.get(i), origin.attribute(Layout.EMPTY_OPTIONS).item(i));
    }
    return named;
  }

  /** The empty-options flag of one template, by name, if the element names it. */
  Optional<Origin> emptyOptions(String template) {
    return Optional.ofNullable(emptyOptions().get(template));
  }
}
