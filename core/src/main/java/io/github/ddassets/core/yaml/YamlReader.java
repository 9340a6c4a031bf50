package io.github.ddassets.core.yaml;

import io.github.ddassets.core.model.Excerpt;
import io.github.ddassets.core.model.FileOrigin;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML text into {@link YamlNode}s that remember their line and column. Scalars resolve as
 * with PyYAML's safe loader (YAML 1.1 booleans, integers, floats, nulls); tags other than the
 * standard ones are refused, so nothing is ever instantiated from a document.
 */
public final class YamlReader {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * A decimal integer that fits a long, as YAML 1.1 reads it: no sign but minus, no leading zero
   * (which would make it octal), no underscore.
   */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("0|-?[1-9][0-9]{0,17}");

  private YamlReader() {}

  /**
   * Parses one YAML document; an empty document is a null scalar. The document must stay within the
   * {@link YamlLimits}: a longer, larger, deeper or recursive one is refused where its budget runs
   * out.
   *
   * @throws YamlSyntaxException with the position of the first problem
   */
  public static YamlNode read(String text, String displayPath) throws YamlSyntaxException {
    if (text.length() > YamlLimits.MAX_CHARS) {
      TextPosition end = TextPosition.of(text, YamlLimits.MAX_CHARS);
      throw new YamlSyntaxException(
          "the document is longer than "
              + YamlLimits.MAX_CHARS
              + " characters (comments included), the most ddassets reads",
          FileOrigin.at(displayPath, end.line(), end.column()));
    }
    YamlScalar simple = simpleScalar(text, displayPath);
    return simple != null ? simple : parse(text, displayPath);
  }

  /** {@link #read} by SnakeYAML's parser alone, whatever the text (package-private for tests). */
  static YamlNode parse(String text, String displayPath) throws YamlSyntaxException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(YamlLimits.MAX_ALIASES);
    options.setNestingDepthLimit(YamlLimits.MAX_DEPTH);
    PyYamlResolver resolver = PyYamlResolver.SHARED;
    try {
      Composer composer =
          new Composer(
              new BudgetedParser(new ParserImpl(new StreamReader(new StringReader(text)), options)),
              resolver,
              options);
      Node root = composer.getSingleNode();
      if (root == null) {
        return new YamlScalar(null, FileOrigin.at(displayPath, 1, 1));
      }
      return new Converter(displayPath, options).convert(root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      FileOrigin origin =
          mark == null
              ? FileOrigin.of(displayPath)
              : FileOrigin.at(displayPath, mark.getLine() + 1, mark.getColumn() + 1);
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new YamlSyntaxException(Excerpt.of(problem), origin);
    } catch (ReaderException e) {
      // A character YAML does not allow (a binary file): SnakeYAML knows only its index.
      TextPosition at = TextPosition.of(text, e.getPosition());
      throw new YamlSyntaxException(
          String.format(
              Locale.ROOT, "the character U+%04X is not allowed in YAML", e.getCodePoint()),
          FileOrigin.at(displayPath, at.line(), at.column()));
    } catch (YAMLException e) {
      throw new YamlSyntaxException(Excerpt.of(e.getMessage()), FileOrigin.of(displayPath));
    }
  }

  /**
   * The document when it is one word whose value is plain to see: a decimal integer, a YAML 1.1
   * boolean or null; else null. Annotation attributes hold such values far more often than anything
   * else, and reading them this way spares a compilation SnakeYAML's parser (see BENCHMARKS.md).
   * The value and origin are those the parser gives; YamlReaderTest compares both ways on every
   * case.
   */
  private static YamlScalar simpleScalar(String text, String displayPath) {
    if (text.isEmpty() || text.length() > 19) {
      return null;
    }
    FileOrigin origin = FileOrigin.at(displayPath, 1, 1);
    if (PLAIN_DECIMAL.matcher(text).matches()) {
      return new YamlScalar(Long.parseLong(text), origin);
    }
    return switch (text) {
      case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON" ->
          new YamlScalar(Boolean.TRUE, origin);
      case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF" ->
          new YamlScalar(Boolean.FALSE, origin);
      case "~", "null", "Null", "NULL" -> new YamlScalar(null, origin);
      default -> null;
    };
  }

  /** Turns SnakeYAML nodes into ours, constructing scalar values with the safe constructor. */
  private static final class Converter extends SafeConstructor {
    private final String path;

    Converter(String path, LoaderOptions options) {
      super(options);
      this.path = path;
    }

    YamlNode convert(Node node) {
      FileOrigin origin =
          FileOrigin.at(
              path, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
      if (!(node instanceof ScalarNode) && !yamlConstructors.containsKey(node.getTag())) {
        constructObject(node); // throws, as PyYAML refuses a tag it has no constructor for
      }
      if (node instanceof MappingNode mapping) {
        YamlMap map = new YamlMap(origin);
        noteDuplicates(mapping, map); // before flattening, which keeps only the last of them
        flattenMapping(mapping);
        for (NodeTuple tuple : mapping.getValue()) {
          Node keyNode = tuple.getKeyNode();
          Object key =
              keyNode instanceof ScalarNode scalar
                  ? PythonValues.normalize(scalarValue(scalar))
                  : keyNode.toString();
          FileOrigin keyOrigin =
              FileOrigin.at(
                  path,
                  keyNode.getStartMark().getLine() + 1,
                  keyNode.getStartMark().getColumn() + 1);
          map.put(key, convert(tuple.getValueNode()), keyOrigin);
        }
        return map;
      }
      if (node instanceof SequenceNode sequence) {
        YamlList list = new YamlList(origin);
        sequence.getValue().forEach(item -> list.add(convert(item)));
        return list;
      }
      return new YamlScalar(scalarValue((ScalarNode) node), origin);
    }

    private void noteDuplicates(MappingNode mapping, YamlMap map) {
      java.util.Set<Object> seen = new java.util.HashSet<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode scalar && !Tag.MERGE.equals(scalar.getTag())) {
          Object key = PythonValues.normalize(scalarValue(scalar));
          if (!seen.add(key)) {
            map.noteDuplicate(
                key,
                FileOrigin.at(
                    path,
                    scalar.getStartMark().getLine() + 1,
                    scalar.getStartMark().getColumn() + 1));
          }
        }
      }
    }

    private Object scalarValue(ScalarNode node) {
      Object value = constructObject(node);
      if (value instanceof Date) {
        // PyYAML builds a date for a plain date and writes it back unquoted; datetimes keep their
        // text, which is all ddev's rendering needs of them.
        return DATE.matcher(node.getValue()).matches()
            ? LocalDate.parse(node.getValue())
            : node.getValue();
      }
      if (value instanceof byte[]) {
        return node.getValue();
      }
      return value;
    }
  }

  /**
   * SnakeYAML's YAML 1.1 resolver, narrowed to PyYAML's floats: PyYAML needs a dot, a signed
   * exponent, and no sign before a leading dot, so {@code 1e3}, {@code 1.5e3} and {@code -.5} stay
   * strings.
   */
  private static final class PyYamlResolver extends Resolver {
    /** Shared by every read: a resolver only reads its tables once they are built. */
    static final PyYamlResolver SHARED = new PyYamlResolver();

    private static final Pattern PY_FLOAT =
        Pattern.compile(
            "^(?:[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                + "|[-+]?\\.(?:inf|Inf|INF)"
                + "|\\.(?:nan|NaN|NAN))$");

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
      Tag tag = super.resolve(kind, value, implicit);
      return Tag.FLOAT.equals(tag) && !PY_FLOAT.matcher(value).matches() ? Tag.STR : tag;
    }
  }
}
