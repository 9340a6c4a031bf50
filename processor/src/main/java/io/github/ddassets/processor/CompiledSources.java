package io.github.ddassets.processor;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The top-level types this compilation compiles from source. A type outside this set comes from
 * the class path: compiled earlier, it keeps its annotations and constants but not its Javadoc.
 */
final class CompiledSources {

  private final Set<String> names = new HashSet<>();

  /** Adds the types of one round (generated sources included). */
  void add(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        names.add(type.getQualifiedName().toString());
      }
    }
  }

  /** Whether an element's top-level type is compiled from source in this compilation. */
  boolean fromSource(Element element) {
    TypeElement top = null;
    for (Element current = element; current != null; current = current.getEnclosingElement()) {
      if (current instanceof TypeElement type) {
        top = type;
      }
    }
    return top != null && names.contains(top.getQualifiedName().toString());
  }
}
