package io.github.ddassets.cli.imports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the constants of one class from the names they hold: {@code jvm.heap.used} with the prefix
 * {@code jvm.} is {@code HEAP_USED}. A name already taken gets the first free suffix {@code _2},
 * {@code _3}..., so the result depends only on the order of the calls.
 */
final class ConstantNames {

  private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");

  private final Set<String> taken = new HashSet<>();

  /**
   * A free constant name for a value.
   *
   * @param value the metric or check name
   * @param prefix stripped from the value when it starts with it
   * @param fallback the name when nothing is left, and the start of a name that would begin with a
   *     digit ({@code METRIC_95PERCENTILE})
   */
  String allocate(String value, String prefix, String fallback) {
    String rest =
        !prefix.isEmpty() && value.startsWith(prefix) && value.length() > prefix.length()
            ? value.substring(prefix.length())
            : value;
    String base = constantCase(rest);
    if (base.isEmpty()) {
      base = fallback;
    } else if (Character.isDigit(base.charAt(0))) {
      base = fallback + "_" + base;
    }
    String name = base;
    for (int suffix = 2; !taken.add(name); suffix++) {
      name = base + "_" + suffix;
    }
    return name;
  }

  /** {@code heap.usedBytes} → {@code HEAP_USED_BYTES}. */
  static String constantCase(String text) {
    String words = CAMEL.matcher(text).replaceAll("$1_$2");
    String joined = SEPARATORS.matcher(words).replaceAll("_");
    int start = 0;
    int end = joined.length();
    while (start < end && joined.charAt(start) == '_') {
      start++;
    }
    while (end > start && joined.charAt(end - 1) == '_') {
      end--;
    }
    return joined.substring(start, end).toUpperCase(Locale.ROOT);
  }
}
