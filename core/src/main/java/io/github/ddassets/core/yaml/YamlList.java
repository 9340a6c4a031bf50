package io.github.ddassets.core.yaml;

import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.List;

/** A YAML sequence. */
public final class YamlList extends YamlNode {

  private final List<YamlNode> items = new ArrayList<>();

  /** An empty sequence. */
  public YamlList(Origin origin) {
    super(origin);
  }

  /** The items (a live, mutable view: templates are spliced in place). */
  public List<YamlNode> items() {
    return items;
  }

  /** Appends an item. */
  public void add(YamlNode item) {
    items.add(item);
  }

  /** The number of items. */
  public int size() {
    return items.size();
  }

  @Override
  public YamlList copy() {
    YamlList copy = new YamlList(origin());
    for (YamlNode item : items) {
      copy.add(item.copy());
    }
    return copy;
  }

  @Override
  public Object toPlain() {
    List<Object> plain = new ArrayList<>(items.size());
    for (YamlNode item : items) {
      plain.add(item.toPlain());
    }
    return plain;
  }
}
