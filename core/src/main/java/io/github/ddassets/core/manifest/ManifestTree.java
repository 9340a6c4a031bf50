package io.github.ddassets.core.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds and edits manifest trees so that they keep the canonical key order: a new key is inserted
 * where {@link CanonicalKeyOrder} puts it among the keys already there, and an existing key keeps
 * its place. Building a manifest from declarations is a series of {@link #put} calls on {@link
 * #empty()}; merging into a base manifest is the same calls on a copy of the base.
 */
public final class ManifestTree {

  private ManifestTree() {}

  /** A new, empty manifest object. */
  public static ObjectNode empty() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * Sets the value at a JSON pointer, creating the missing objects on the way. A key that exists is
   * replaced in place; a new key goes right after the last sibling that comes before it in the
   * canonical order (else before the first that comes after it, else last). An index into an
   * existing list replaces that item, or appends one when it is the list's size.
   *
   * @param root the manifest object, changed in place
   * @param pointer where to put the value, such as {@code /assets/integration/metrics/prefix}
   * @param value the value (not copied)
   * @throws IllegalArgumentException when the pointer is the root, crosses a value that is neither
   *     an object nor a list, or gives a list an index it does not have
   */
  public static void put(ObjectNode root, String pointer, JsonNode value) {
    List<String> keys = ManifestPointers.segments(pointer);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("cannot replace the manifest's root");
    }
    JsonNode parent = root;
    String shape = "";
    for (String key : keys.subList(0, keys.size() - 1)) {
      JsonNode child;
      if (parent instanceof ArrayNode array) {
        child = array.get(index(pointer, array, key, false));
        shape = shape + "/*";
      } else {
        child = parent.get(key);
        if (child == null) {
          child = JsonNodeFactory.instance.objectNode();
          insert((ObjectNode) parent, shape, key, child);
        }
        shape = shape + "/" + key;
      }
      if (!child.isContainerNode()) {
        throw new IllegalArgumentException(
            pointer + ": `" + key + "` holds a value that is neither an object nor a list");
      }
      parent = child;
    }
    String last = keys.get(keys.size() - 1);
    if (parent instanceof ArrayNode array) {
      int index = index(pointer, array, last, true);
      if (index == array.size()) {
        array.add(value);
      } else {
        array.set(index, value);
      }
    } else {
      insert((ObjectNode) parent, shape, last, value);
    }
  }

  /** An array index of a pointer: an existing item, or one past the end when appending. */
  private static int index(String pointer, ArrayNode array, String key, boolean append) {
    int limit = append ? array.size() : array.size() - 1;
    try {
      int index = Integer.parseInt(key);
      if (index >= 0 && index <= limit && String.valueOf(index).equals(key)) {
        return index;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(pointer + ": `" + key + "` is not an index of the list");
  }

  /** {@link #put} of a string. */
  public static void put(ObjectNode root, String pointer, String value) {
    put(root, pointer, JsonNodeFactory.instance.textNode(value));
  }

  /**
   * Removes the value at a JSON pointer, if there is one (an index removes a list item), and the
   * objects this leaves empty on the way up (never the root, never a list or a list's item).
   * Returns whether a value was removed.
   */
  public static boolean remove(ObjectNode root, String pointer) {
    List<String> keys = ManifestPointers.segments(pointer);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("cannot remove the manifest's root");
    }
    List<JsonNode> path = new ArrayList<>();
    JsonNode parent = root;
    for (String key : keys.subList(0, keys.size() - 1)) {
      JsonNode child = child(parent, key);
      if (child == null || !child.isContainerNode()) {
        return false;
      }
      path.add(parent);
      parent = child;
    }
    String last = keys.get(keys.size() - 1);
    if (child(parent, last) == null) {
      return false;
    }
    removeChild(parent, last);
    // Empty objects held by objects go too; an item of a list stays, so indices keep their meaning.
    for (int i = path.size() - 1;
        i >= 0 && parent.isObject() && parent.isEmpty() && path.get(i).isObject();
        i--) {
      removeChild(path.get(i), keys.get(i));
      parent = path.get(i);
    }
    return true;
  }

  private static JsonNode child(JsonNode parent, String key) {
    if (parent instanceof ArrayNode array) {
      try {
        int index = Integer.parseInt(key);
        return index >= 0 && index < array.size() ? array.get(index) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return parent.get(key);
  }

  private static void removeChild(JsonNode parent, String key) {
    if (parent instanceof ArrayNode array) {
      array.remove(Integer.parseInt(key));
    } else {
      ((ObjectNode) parent).remove(key);
    }
  }

  /**
   * The pointer of the first value on the way to {@code pointer} that is not an object (so that
   * nothing can be put below it), or null when the way is free.
   */
  static String blockingAncestor(JsonNode root, String pointer) {
    List<String> keys = ManifestPointers.segments(pointer);
    JsonNode node = root;
    String at = "";
    for (String key : keys.subList(0, Math.max(0, keys.size() - 1))) {
      if (!node.isObject()) {
        return at;
      }
      JsonNode child = node.get(key);
      if (child == null) {
        return null;
      }
      node = child;
      at = ManifestPointers.child(at, key);
    }
    return node.isObject() ? null : at;
  }

  /**
   * Inserts a key at its canonical place among the keys of {@code parent}: right after the last key
   * that comes before it in the canonical order, else right before the first that comes after it,
   * else last. Keys the canonical order does not know are never moved.
   */
  static void insert(ObjectNode parent, String shape, String key, JsonNode value) {
    int rank = CanonicalKeyOrder.rank(shape, key);
    if (parent.has(key) || rank == CanonicalKeyOrder.UNKNOWN) {
      parent.set(key, value);
      return;
    }
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = parent.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      fields.add(Map.entry(field.getKey(), field.getValue()));
    }
    int position = fields.size();
    int lastBefore = -1;
    int firstAfter = -1;
    for (int i = 0; i < fields.size(); i++) {
      int fieldRank = CanonicalKeyOrder.rank(shape, fields.get(i).getKey());
      if (fieldRank < rank) {
        lastBefore = i;
      } else if (fieldRank != CanonicalKeyOrder.UNKNOWN && firstAfter < 0) {
        firstAfter = i;
      }
    }
    if (lastBefore >= 0) {
      position = lastBefore + 1;
    } else if (firstAfter >= 0) {
      position = firstAfter;
    }
    fields.add(position, Map.entry(key, value));
    parent.removeAll();
    for (Map.Entry<String, JsonNode> field : fields) {
      parent.set(field.getKey(), field.getValue());
    }
  }
}
