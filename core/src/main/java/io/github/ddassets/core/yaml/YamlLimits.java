package io.github.ddassets.core.yaml;

/**
 * The reading budget of {@link YamlReader}: what one YAML document (a spec, a template) may hold.
 * Each limit is far above what real specs and templates need, and low enough that no document can
 * hang a command or exhaust its memory; a document over budget is a syntax error at the position
 * where the budget ran out.
 *
 * <p>The largest spec of the integrations-extras corpus is 7 KB with fewer than 1,000 nodes and
 * ddev's largest template 14 KB; none uses an alias.
 */
public final class YamlLimits {

  /**
   * The most characters of one document, comments included: 1 MiB. SnakeYAML scans a long token in
   * time that grows faster than its length, so the budget bounds the time as well as the memory.
   */
  public static final int MAX_CHARS = 1024 * 1024;

  /**
   * The most nodes (keys, values and items) of one document, counted with every alias expanded: an
   * alias repeats its anchor's whole node, so a few dozen aliases can stand for billions of nodes.
   */
  public static final int MAX_NODES = 100_000;

  /** The most aliases to lists or mappings in one document (SnakeYAML's own default). */
  public static final int MAX_ALIASES = 50;

  /** The deepest nesting of lists and mappings, counted through aliases. */
  public static final int MAX_DEPTH = 50;

  private YamlLimits() {}
}
