package io.github.ddassets.processor;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The annotation attributes the processor has looked up, by annotation. An attribute the processor
 * never reads is one whose value an author writes for nothing; a processor test compiles a source
 * that uses every annotation and checks that this covers every attribute they declare.
 *
 * <p>It holds names only, at most one entry per attribute of the vocabulary, so it stays small
 * however many sources are compiled.
 */
final class AttributeReads {

  private final Map<String, Set<String>> read = new TreeMap<>();

  /** Notes that an attribute of an annotation (by qualified name) was looked up. */
  synchronized void add(String annotation, String attribute) {
    Set<String> attributes = read.get(annotation);
    if (attributes == null) {
      attributes = new TreeSet<>();
      read.put(annotation, attributes);
    }
    attributes.add(attribute);
  }

  /** The attributes looked up so far, by annotation qualified name. */
  synchronized Map<String, Set<String>> byAnnotation() {
    Map<String, Set<String>> copy = new TreeMap<>();
    for (Map.Entry<String, Set<String>> entry : read.entrySet()) {
      copy.put(entry.getKey(), new TreeSet<>(entry.getValue()));
    }
    return copy;
  }
}
