package io.github.ddassets.core.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Datadog's normalization of an integration's display name, used by metadata.csv. */
public final class DisplayNames {

  private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^A-Za-z0-9-]");
  private static final Pattern UNDERSCORES = Pattern.compile("_+");

  private DisplayNames() {}

  /**
   * Replaces every character other than an ASCII letter, digit or dash with {@code _}, collapses
   * runs of {@code _}, strips them from both ends and lower-cases: {@code "BIND 9"} becomes {@code
   * "bind_9"}, {@code "ASP.NET"} becomes {@code "asp_net"}.
   */
  public static String normalize(String displayName) {
    String replaced = NOT_NAME_CHAR.matcher(displayName).replaceAll("_");
    String collapsed = UNDERSCORES.matcher(replaced).replaceAll("_");
    return strip(collapsed, '_').toLowerCase(Locale.ROOT);
  }

  /** Strips a character from both ends of a text, as Python's {@code str.strip(c)} does. */
  static String strip(String text, char c) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == c) {
      start++;
    }
    while (end > start && text.charAt(end - 1) == c) {
      end--;
    }
    return text.substring(start, end);
  }
}
