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

  @Override
  protected void addImplicitResolvers() {
    add(
        Tag.BOOL,
        "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
        "yYnNtTfFoO");
    add(
        Tag.FLOAT,
        "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
            + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            + "|[-+]?\\.(?:inf|Inf|INF)"
            + "|\\.(?:nan|NaN|NAN)",
        "-+0123456789.");
    add(
        Tag.INT,
        "[-+]?0b[0-1_]+"
            + "|[-+]?0[0-7_]+"
            + "|[-+]?(?:0|[1-9][0-9_]*)"
            + "|[-+]?0x[0-9a-fA-F_]+"
            + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
        "-+0123456789");
    add(Tag.MERGE, "<<", "<");
    // The empty string is null too. SnakeYAML files a NUL first character under its wildcard
    // entry, tried for every value, and that is where it ends up looking for the empty string.
    add(Tag.NULL, "~|null|Null|NULL|", "~nN\0");
    add(
        Tag.TIMESTAMP,
        "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
            + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
            + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?",
        "0123456789");
    add(new Tag(Tag.PREFIX + "value"), "=", "=");
  }

  private void add(Tag tag, String alternatives, String firstCharacters) {
    Pattern pattern = Pattern.compile("(?:" + alternatives + ")\n?");
    addImplicitResolver(tag, pattern, firstCharacters, NO_LIMIT);
  }
}
