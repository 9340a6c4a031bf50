package io.github.ddassets.core.config;

import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template budget of one spec: how deep templates may include templates, that none includes
 * itself, and how many nodes all of them together may bring into the spec. Without it, a template
 * that includes itself (directly or through others) is expanded forever, and a few templates that
 * each include the next twice multiply into millions of options.
 */
final class TemplateExpansion {

  /**
   * The longest chain of templates including templates: 20. ddev's own templates nest three deep (a
   * spec's {@code instances/openmetrics} includes {@code instances/http} and so on).
   */
  static final int MAX_DEPTH = 20;

  /**
   * The most nodes templates may bring into one spec: 200,000, twice what one YAML document may
   * hold. The specs of the integrations-extras corpus take at most a few thousand.
   */
  static final int MAX_NODES = 200_000;

  private long nodes;

  /**
   * Why {@code template} may not be expanded where {@code chain} (the templates the entry came
   * from, outermost first) led to it, or empty when it may.
   */
  Optional<String> refusal(List<String> chain, String template) {
    if (chain.contains(template)) {
      List<String> cycle = chain.subList(chain.indexOf(template), chain.size());
      return Optional.of(
          "template `"
              + template
              + "` includes itself: "
              + String.join(" -> ", cycle)
              + " -> "
              + template);
    }
    if (chain.size() >= MAX_DEPTH) {
      return Optional.of(
          "templates include templates more than "
              + MAX_DEPTH
              + " levels deep: "
              + String.join(" -> ", chain)
              + " -> "
              + template);
    }
    return Optional.empty();
  }

  /** Charges a loaded template to the budget: why it is over budget, or empty when it is not. */
  Optional<String> charge(YamlNode template, String name) {
    nodes += size(template);
    if (nodes > MAX_NODES) {
      return Optional.of(
          "template `"
              + name
              + "` takes the templates of the spec over "
              + MAX_NODES
              + " nodes, the most ddassets expands");
    }
    return Optional.empty();
  }

  /** The nodes of a tree, counted without recursion. */
  private static long size(YamlNode root) {
    long count = 0;
    Deque<YamlNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      YamlNode node = pending.pop();
      count++;
      if (node instanceof YamlMap map) {
        for (Map.Entry<Object, YamlNode> entry : map.entries()) {
          pending.push(entry.getValue());
        }
      } else if (node instanceof YamlList list) {
        for (YamlNode item : list.items()) {
          pending.push(item);
        }
      }
    }
    return count;
  }
}
