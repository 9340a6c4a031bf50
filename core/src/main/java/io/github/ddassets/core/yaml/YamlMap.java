package io.github.ddassets.core.yaml;

import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A YAML mapping that keeps its keys in document order and where each key was written. */
public final class YamlMap extends YamlNode {

  private final LinkedHashMap<Object, YamlNode> entries = new LinkedHashMap<>();
  private final Map<Object, Origin> keyOrigins = new HashMap<>();
  private final List<Map.Entry<Object, Origin>> duplicates = new ArrayList<>();

  /** An empty mapping. */
  public YamlMap(Origin origin) {
    super(origin);
  }

  /** Whether the key is present (with any value, null included). */
  public boolean has(Object key) {
    return entries.containsKey(key);
  }

  /** The value of a key, or null when absent. */
  public YamlNode get(Object key) {
    return entries.get(key);
  }

  /** The plain value of a key, or null when absent or null. */
  public Object value(Object key) {
    YamlNode node = entries.get(key);
    return node == null ? null : node.toPlain();
  }

  /** Sets a key, at the end when new and in place when present. */
  public void put(Object key, YamlNode value, Origin keyOrigin) {
    entries.put(key, value);
    keyOrigins.putIfAbsent(key, keyOrigin);
  }

  /** Sets a key, its origin being the value's. */
  public void put(Object key, YamlNode value) {
    put(key, value, value.origin());
  }

  /** Sets a key only when it is absent (Python's {@code setdefault}); returns its value. */
  public YamlNode putIfAbsent(Object key, YamlNode value) {
    if (!entries.containsKey(key)) {
      put(key, value, origin());
    }
    return entries.get(key);
  }

  /** Removes a key; returns its value or null. */
  public YamlNode remove(Object key) {
    keyOrigins.remove(key);
    return entries.remove(key);
  }

  /** Where a key was written, or the mapping's own origin. */
  public Origin keyOrigin(Object key) {
    return keyOrigins.getOrDefault(key, origin());
  }

  /** The keys in order. */
  public Set<Object> keys() {
    return entries.keySet();
  }

  /** The entries in order (a live view). */
  public Set<Map.Entry<Object, YamlNode>> entries() {
    return entries.entrySet();
  }

  /** Copies every entry of another mapping over this one (Python's {@code dict.update}). */
  public void update(YamlMap other) {
    for (Map.Entry<Object, YamlNode> entry : other.entries.entrySet()) {
      put(entry.getKey(), entry.getValue(), other.keyOrigin(entry.getKey()));
    }
  }

  /**
   * The keys the document wrote more than once in this mapping, each with where it was written
   * again, in document order. The value read is the last one, as with PyYAML; ddev refuses such a
   * file in some places ({@code metrics.yaml}), so the reader remembers them.
   */
  public List<Map.Entry<Object, Origin>> duplicateKeys() {
    return List.copyOf(duplicates);
  }

  /** Notes that the document writes a key a second time. */
  void noteDuplicate(Object key, Origin origin) {
    duplicates.add(Map.entry(key, origin));
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
  }

  /** The keys as a list (a snapshot). */
  public List<Object> keyList() {
    return new ArrayList<>(entries.keySet());
  }

  @Override
  public YamlMap copy() {
    YamlMap copy = new YamlMap(origin());
    for (Map.Entry<Object, YamlNode> entry : entries.entrySet()) {
      copy.put(entry.getKey(), entry.getValue().copy(), keyOrigin(entry.getKey()));
    }
    return copy;
  }

  @Override
  public Object toPlain() {
    Map<Object, Object> plain = new LinkedHashMap<>();
    for (Map.Entry<Object, YamlNode> entry : entries.entrySet()) {
      plain.put(entry.getKey(), entry.getValue().toPlain());
    }
    return plain;
  }
}
