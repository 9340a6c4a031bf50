package io.github.ddassets.processor;

import io.github.ddassets.core.build.SourceSnapshot;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The Javadoc of an element, wherever it comes from: the compiler, for a type compiled from source
 * in this compilation; the previous build's {@link SourceSnapshot}, for a type read from the class
 * path, whose comments class files do not keep.
 */
final class DocComments {

  private final Elements elements;
  private final CompiledSources compiled;
  private final SourceSnapshot previous;

  DocComments(Elements elements, CompiledSources compiled, SourceSnapshot previous) {
    this.elements = elements;
    this.compiled = compiled;
    this.previous = previous;
  }

  /** The element's Javadoc, or null when it has none. */
  String of(Element element) {
    String comment = elements.getDocComment(element);
    if (comment != null || compiled.fromSource(element)) {
      // From source, a missing comment is a missing comment: the snapshot may be older.
      return comment;
    }
    return previous.doc(key(element)).orElse(null);
  }

  /** The snapshot key of a type or of a member of a type. */
  static String key(Element element) {
    if (element instanceof TypeElement type) {
      return SourceSnapshot.key(type.getQualifiedName().toString(), "");
    }
    Element owner = element.getEnclosingElement();
    String type = owner instanceof TypeElement ownerType ? ownerType.getQualifiedName() + "" : "";
    return SourceSnapshot.key(type, element.getSimpleName().toString());
  }
}
