package io.github.ddassets.core.yaml;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * PyYAML's implicit resolvers ({@code yaml/resolver.py}), which decide whether a string would read
 * back as another type and so must be quoted. SnakeYAML's own table differs: it takes {@code 1e5}
 * and {@code 1.0e5} as floats (PyYAML wants a dot and a signed exponent), refuses {@code -.5},
 * {@code 08} (it quotes any leading zero), {@code 0x_} and {@code 0b_}, has no resolver for {@code
 * =}, and skips values longer than 1024 characters.
 *
 * <p>Each pattern ends with {@code \n?} because Python's {@code re.match(...$)} also accepts a
 * final line break, where Java's {@code matches()} does not.
 */
final class PyYamlResolver extends Resolver {

  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private static final Pattern BOOL =
      pattern("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern FLOAT =
      pattern(
          "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
              + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
              + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(?:inf|Inf|INF)"
              + "|\\.(?:nan|NaN|NAN)");
  private static final Pattern INT =
      pattern(
          "[-+]?0b[0-1_]+"
              + "|[-+]?0[0-7_]+"
              + "|[-+]?(?:0|[1-9][0-9_]*)"
              + "|[-+]?0x[0-9a-fA-F_]+"
              + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
  private static final Pattern MERGE = pattern("<<");
  private static final Pattern NULL = pattern("~|null|Null|NULL|");
  private static final Pattern TIMESTAMP =
      pattern(
          "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
              + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
              + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
              + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
              + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");
  private static final Pattern VALUE = pattern("=");
  private static final Tag VALUE_TAG = new Tag(Tag.PREFIX + "value");

  /**
   * The one resolver every reader and writer uses: a resolver only reads its tables once they are
   * built, so threads can share it, and building one for every file read and every value written
   * was a measurable part of a validate run. Declared after the patterns its tables are built
   * from, which must be set first.
   */
  static final PyYamlResolver SHARED = new PyYamlResolver();

  @Override
  protected void addImplicitResolvers() {
    addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", NO_LIMIT);
    addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.", NO_LIMIT);
    addImplicitResolver(Tag.INT, INT, "-+0123456789", NO_LIMIT);
    addImplicitResolver(Tag.MERGE, MERGE, "<", NO_LIMIT);
    // The empty string is null too. SnakeYAML files a NUL first character under its wildcard
    // entry, tried for every value, and that is where it ends up looking for the empty string.
    addImplicitResolver(Tag.NULL, NULL, "~nN\0", NO_LIMIT);
    addImplicitResolver(Tag.TIMESTAMP, TIMESTAMP, "0123456789", NO_LIMIT);
    addImplicitResolver(VALUE_TAG, VALUE, "=", NO_LIMIT);
  }

  private static Pattern pattern(String alternatives) {
    return Pattern.compile("(?:" + alternatives + ")\n?");
  }
}
