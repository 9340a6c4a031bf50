package io.github.ddassets.core.yaml;

import io.github.ddassets.core.model.Excerpt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Holds a document to the {@link YamlLimits} while SnakeYAML composes it: it watches the events on
 * their way to the composer, and knows each anchor's size and height, so that an alias is charged
 * for everything it stands for before any of it is built. A recursive alias (one inside the node it
 * names) is refused too: nothing downstream could walk the cycle it makes.
 */
final class BudgetedParser implements Parser {

  /** The size of an anchored node: its nodes, and how deep its collections nest. */
  private record Size(long nodes, int height) {}

  /** A list or mapping being read. */
  private static final class Open {
    final String anchor;
    long nodes = 1;
    int height = 1;

    Open(String anchor) {
      this.anchor = anchor;
    }
  }

  private static final Size SCALAR = new Size(1, 0);

  private final Parser parser;
  private final Deque<Open> open = new ArrayDeque<>();
  private final Map<String, Size> anchors = new HashMap<>();
  private final Map<String, Open> openAnchors = new HashMap<>();
  private long nodes;
  private int aliases;

  BudgetedParser(Parser parser) {
    this.parser = parser;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return parser.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public Event getEvent() {
    Event event = parser.getEvent();
    if (event instanceof AliasEvent alias) {
      alias(alias);
    } else if (event instanceof ScalarEvent scalar) {
      add(event, SCALAR);
      remember(scalar, SCALAR);
    } else if (event instanceof CollectionStartEvent start) {
      count(event, 1);
      if (open.size() + 1 > YamlLimits.MAX_DEPTH) {
        throw new YamlBudgetException(
            "lists and mappings nest more than " + YamlLimits.MAX_DEPTH + " levels deep",
            event.getStartMark());
      }
      Open collection = new Open(start.getAnchor());
      if (collection.anchor != null) {
        openAnchors.put(collection.anchor, collection);
        anchors.remove(collection.anchor);
      }
      open.push(collection);
    } else if (event instanceof CollectionEndEvent) {
      Open collection = open.pop();
      Size size = new Size(collection.nodes, collection.height);
      if (collection.anchor != null && openAnchors.get(collection.anchor) == collection) {
        openAnchors.remove(collection.anchor);
        anchors.put(collection.anchor, size);
      }
      Open parent = open.peek();
      if (parent != null) {
        parent.nodes += size.nodes();
        parent.height = Math.max(parent.height, size.height() + 1);
      }
    }
    return event;
  }

  private void alias(AliasEvent alias) {
    String anchor = alias.getAnchor();
    if (openAnchors.containsKey(anchor)) {
      throw new YamlBudgetException(
          "the alias *"
              + Excerpt.of(anchor)
              + " is inside the node it names: recursive documents are not supported",
          alias.getStartMark());
    }
    Size size = anchors.get(anchor);
    if (size == null) {
      return; // An undefined alias: the composer reports it.
    }
    if (size.height() > 0 && ++aliases > YamlLimits.MAX_ALIASES) {
      throw new YamlBudgetException(
          "more than " + YamlLimits.MAX_ALIASES + " aliases to lists or mappings",
          alias.getStartMark());
    }
    if (open.size() + size.height() > YamlLimits.MAX_DEPTH) {
      throw new YamlBudgetException(
          "lists and mappings nest more than "
              + YamlLimits.MAX_DEPTH
              + " levels deep once the alias *"
              + Excerpt.of(anchor)
              + " is expanded",
          alias.getStartMark());
    }
    add(alias, size);
  }

  private void add(Event event, Size size) {
    count(event, size.nodes());
    Open parent = open.peek();
    if (parent != null) {
      parent.nodes += size.nodes();
      parent.height = Math.max(parent.height, size.height() + 1);
    }
  }

  private void count(Event event, long more) {
    nodes += more;
    if (nodes > YamlLimits.MAX_NODES) {
      throw new YamlBudgetException(
          "the document holds more than "
              + YamlLimits.MAX_NODES
              + " values once its aliases are expanded (an alias bomb?)",
          event.getStartMark());
    }
  }

  private void remember(NodeEvent event, Size size) {
    if (event.getAnchor() != null) {
      openAnchors.remove(event.getAnchor());
      anchors.put(event.getAnchor(), size);
    }
  }
}
