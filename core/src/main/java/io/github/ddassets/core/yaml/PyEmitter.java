package io.github.ddassets.core.yaml;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.AnchorNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes one SnakeYAML node tree as one YAML document, as PyYAML's {@code Emitter} (with its {@code
 * Serializer}) writes the same tree: a port of {@code yaml/emitter.py} from PyYAML 6.0.3.
 *
 * <p>Why not SnakeYAML's own {@code Emitter}? It is a port of the same code, but an adapted one,
 * and it is a final class with private methods, so none of these differences can be patched: it
 * escapes with lower-case hex ({@code \xe9} where PyYAML writes {@code \xE9}), it double-quotes
 * multi-line strings that PyYAML single-quotes (folding each line break into an empty line), and it
 * does not end a document whose root is a plain scalar with {@code ...}. Since the whole tree is at
 * hand, PyYAML's event state machine becomes plain recursion; every decision (styles, indentation,
 * simple keys, line folding) is PyYAML's.
 *
 * <p>Not ported, because {@link PyYaml}'s dumps never need them: anchors and aliases (a value is
 * written out each time it occurs, see {@link PyYaml}), explicit tags, canonical output, {@code
 * allow_unicode} and the literal and folded block styles.
 */
final class PyEmitter {

  private static final int MAX_SIMPLE_KEY_LENGTH = 128;

  /** Where a node stands; PyYAML's {@code root_context}, {@code mapping_context}... flags. */
  private enum Context {
    ROOT,
    SEQUENCE,
    MAPPING,
    SIMPLE_KEY
  }

  private enum Style {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED
  }

  private final YamlOutput out;
  private final Resolver resolver = PyYamlResolver.SHARED;
  private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
  private int flowLevel;

  private PyEmitter(YamlOutput out) {
    this.out = out;
  }

  /** The document's text; PyYAML's indent and width arguments. */
  static String emit(Node root, int indent, int width) {
    PyEmitter emitter = new PyEmitter(new YamlOutput(indent, width));
    emitter.document(root);
    return emitter.out.text();
  }

  private void document(Node root) {
    node(root, Context.ROOT);
    out.writeIndent();
    if (out.openEnded) {
      out.writeIndicator("...", true);
      out.writeIndent();
    }
  }

  private void node(Node anyNode, Context context) {
    Node node = real(anyNode);
    if (!open.add(node)) {
      throw new IllegalArgumentException("PyYaml cannot dump a value that contains itself");
    }
    if (node instanceof ScalarNode scalar) {
      scalar(scalar, context);
    } else if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      if (flowLevel > 0 || sequence.getFlowStyle() == FlowStyle.FLOW || items.isEmpty()) {
        flowSequence(items);
      } else {
        blockSequence(items, context);
      }
    } else if (node instanceof MappingNode mapping) {
      List<NodeTuple> entries = mapping.getValue();
      if (flowLevel > 0 || mapping.getFlowStyle() == FlowStyle.FLOW || entries.isEmpty()) {
        flowMapping(entries);
      } else {
        blockMapping(entries);
      }
    } else {
      throw new IllegalStateException("unexpected node " + node);
    }
    open.remove(node);
  }

  private void flowSequence(List<Node> items) {
    out.writeIndicator("[", true, true, false);
    flowLevel++;
    int saved = increaseIndent(true, false);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.writeIndicator(",", false);
      }
      breakIfPastWidth();
      node(items.get(i), Context.SEQUENCE);
    }
    out.indent = saved;
    flowLevel--;
    out.writeIndicator("]", false);
  }

  private void flowMapping(List<NodeTuple> entries) {
    out.writeIndicator("{", true, true, false);
    flowLevel++;
    int saved = increaseIndent(true, false);
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        out.writeIndicator(",", false);
      }
      breakIfPastWidth();
      NodeTuple entry = entries.get(i);
      if (isSimpleKey(entry.getKeyNode())) {
        node(entry.getKeyNode(), Context.SIMPLE_KEY);
        out.writeIndicator(":", false);
      } else {
        out.writeIndicator("?", true);
        node(entry.getKeyNode(), Context.MAPPING);
        breakIfPastWidth();
        out.writeIndicator(":", true);
      }
      node(entry.getValueNode(), Context.MAPPING);
    }
    out.indent = saved;
    flowLevel--;
    out.writeIndicator("}", false);
  }

  private void breakIfPastWidth() {
    if (out.column > out.bestWidth) {
      out.writeIndent();
    }
  }

  private void blockSequence(List<Node> items, Context context) {
    // A list that is a mapping's value starts at the key's column: "key:\n- item".
    boolean indentless = context == Context.MAPPING && !out.indention;
    int saved = increaseIndent(false, indentless);
    for (Node item : items) {
      out.writeIndent();
      out.writeIndicator("-", true, false, true);
      node(item, Context.SEQUENCE);
    }
    out.indent = saved;
  }

  private void blockMapping(List<NodeTuple> entries) {
    int saved = increaseIndent(false, false);
    for (NodeTuple entry : entries) {
      out.writeIndent();
      if (isSimpleKey(entry.getKeyNode())) {
        node(entry.getKeyNode(), Context.SIMPLE_KEY);
        out.writeIndicator(":", false);
      } else {
        out.writeIndicator("?", true, false, true);
        node(entry.getKeyNode(), Context.MAPPING);
        out.writeIndent();
        out.writeIndicator(":", true, false, true);
      }
      node(entry.getValueNode(), Context.MAPPING);
    }
    out.indent = saved;
  }

  /** PyYAML's {@code increase_indent}; returns the indent to restore afterwards. */
  private int increaseIndent(boolean flow, boolean indentless) {
    int saved = out.indent;
    if (out.indent == YamlOutput.NO_INDENT) {
      out.indent = flow ? out.bestIndent : 0;
    } else if (!indentless) {
      out.indent += out.bestIndent;
    }
    return saved;
  }

  /**
   * PyYAML's {@code check_simple_key}. The length counts the tag's short form ({@code !!str}) even
   * though it is never written, so a string key of 123 characters already takes {@code ? }.
   */
  private boolean isSimpleKey(Node anyKey) {
    Node key = real(anyKey);
    int length = shortTag(key.getTag()).length();
    if (key instanceof ScalarNode scalar) {
      ScalarAnalysis analysis = ScalarAnalysis.of(scalar.getValue());
      length += analysis.length();
      return length < MAX_SIMPLE_KEY_LENGTH && !analysis.empty() && !analysis.multiline();
    }
    boolean empty =
        key instanceof SequenceNode sequence
            ? sequence.getValue().isEmpty()
            : ((MappingNode) key).getValue().isEmpty();
    return length < MAX_SIMPLE_KEY_LENGTH && empty;
  }

  /** SnakeYAML's representer stands an object's second occurrence in for an anchor node. */
  private static Node real(Node node) {
    return node instanceof AnchorNode anchor ? anchor.getRealNode() : node;
  }

  private static String shortTag(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX)
        ? "!!" + value.substring(Tag.PREFIX.length())
        : "!<" + value + ">";
  }

  private void scalar(ScalarNode node, Context context) {
    String value = node.getValue();
    ScalarAnalysis analysis = ScalarAnalysis.of(value);
    boolean plainImplicit = node.getTag().equals(resolver.resolve(NodeId.scalar, value, true));
    boolean quotedImplicit = node.getTag().equals(Tag.STR);
    boolean simpleKey = context == Context.SIMPLE_KEY;
    Style style = chooseStyle(node.getScalarStyle(), analysis, plainImplicit, simpleKey);
    if (style == Style.PLAIN ? !plainImplicit : !quotedImplicit) {
      throw new IllegalStateException("PyYAML would write an explicit tag for " + node);
    }
    int saved = increaseIndent(true, false);
    switch (style) {
      case PLAIN -> ScalarWriter.plain(out, value, !simpleKey, context == Context.ROOT);
      case SINGLE_QUOTED -> ScalarWriter.singleQuoted(out, value, !simpleKey);
      case DOUBLE_QUOTED -> ScalarWriter.doubleQuoted(out, value, !simpleKey);
    }
    out.indent = saved;
  }

  /** PyYAML's {@code choose_scalar_style}, for a scalar that asks for no style or for {@code "}. */
  private Style chooseStyle(
      ScalarStyle requested, ScalarAnalysis analysis, boolean plainImplicit, boolean simpleKey) {
    if (requested == ScalarStyle.DOUBLE_QUOTED) {
      return Style.DOUBLE_QUOTED;
    }
    boolean plainAllowed = flowLevel > 0 ? analysis.allowFlowPlain() : analysis.allowBlockPlain();
    if (requested == ScalarStyle.PLAIN
        && plainImplicit
        && !(simpleKey && (analysis.empty() || analysis.multiline()))
        && plainAllowed) {
      return Style.PLAIN;
    }
    if (analysis.allowSingleQuoted() && !(simpleKey && analysis.multiline())) {
      return Style.SINGLE_QUOTED;
    }
    return Style.DOUBLE_QUOTED;
  }
}
