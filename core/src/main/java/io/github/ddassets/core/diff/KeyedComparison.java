package io.github.ddassets.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pairs the items of two releases by name, and finds renames among the rest: a removed item and an
 * added one that share a signature (everything but the name, such as a metric's type, unit and
 * description) that no other removed or added item has.
 *
 * @param <T> the facts of one item
 */
final class KeyedComparison<T> {

  /** What to do with the items of each kind. */
  interface Handler<T> {
    /** An item in both releases under the same name. */
    void kept(T before, T after);

    /** An item of the old release that the new one has under another name. */
    void renamed(T before, T after);

    /** An item of the old release that the new one lacks. */
    void removed(T before);

    /** An item of the new release that the old one lacks. */
    void added(T after);
  }

  private final Function<T, String> signature;

  KeyedComparison(Function<T, String> signature) {
    this.signature = signature;
  }

  void compare(Map<String, T> before, Map<String, T> after, Handler<T> handler) {
    Map<String, T> removed = new TreeMap<>(before);
    removed.keySet().removeAll(after.keySet());
    Map<String, T> added = new TreeMap<>(after);
    added.keySet().removeAll(before.keySet());
    Map<String, T> renamedTo = renames(removed, added);
    for (Map.Entry<String, T> entry : new TreeMap<>(before).entrySet()) {
      T kept = after.get(entry.getKey());
      T successor = renamedTo.get(entry.getKey());
      if (kept != null) {
        handler.kept(entry.getValue(), kept);
      } else if (successor != null) {
        handler.renamed(entry.getValue(), successor);
      } else {
        handler.removed(entry.getValue());
      }
    }
    List<T> successors = new ArrayList<>(renamedTo.values());
    for (T item : added.values()) {
      if (!successors.contains(item)) {
        handler.added(item);
      }
    }
  }

  /** Each removed name that has exactly one added successor with the same signature. */
  private Map<String, T> renames(Map<String, T> removed, Map<String, T> added) {
    Map<String, List<String>> removedBySignature = bySignature(removed);
    Map<String, List<T>> addedBySignature = new HashMap<>();
    added
        .values()
        .forEach(
            item ->
                addedBySignature
                    .computeIfAbsent(signature.apply(item), s -> new ArrayList<>())
                    .add(item));
    Map<String, T> renames = new TreeMap<>();
    removedBySignature.forEach(
        (key, names) -> {
          List<T> candidates = addedBySignature.getOrDefault(key, List.of());
          if (!key.isEmpty() && names.size() == 1 && candidates.size() == 1) {
            renames.put(names.get(0), candidates.get(0));
          }
        });
    return renames;
  }

  private Map<String, List<String>> bySignature(Map<String, T> items) {
    Map<String, List<String>> grouped = new HashMap<>();
    items.forEach(
        (name, item) ->
            grouped.computeIfAbsent(signature.apply(item), s -> new ArrayList<>()).add(name));
    return grouped;
  }
}
