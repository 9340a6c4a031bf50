package io.github.ddassets.core.model;

import java.util.List;
import java.util.regex.Pattern;

/** Facts about metric names: Datadog's normalization and the prefixes every integration may use. */
public final class MetricNames {

  /**
   * Prefixes a metric of any integration may use, besides its own (ddev's {@code
   * ALLOWED_PREFIXES}).
   */
  public static final List<String> GLOBAL_PREFIXES =
      List.of("system.", "jvm.", "http.", "datadog.", "sftp.", "process.", "runtime.", "otelcol_");

  private static final Pattern INVALID_RUN = Pattern.compile("([^a-zA-Z0-9_.]+)|(^[^a-zA-Z]+)");
  private static final Pattern DOT_WITH_UNDERSCORES = Pattern.compile("_*\\._*");

  private MetricNames() {}

  /**
   * Datadog's backend normalization: runs of characters outside {@code [A-Za-z0-9_.]} and a leading
   * run of non-letters become {@code _}, underscores around a dot are dropped, and underscores at
   * both ends are stripped. A valid metadata.csv name is unchanged by it.
   */
  public static String normalize(String name) {
    if (isNormalized(name)) {
      return name;
    }
    String replaced = INVALID_RUN.matcher(name).replaceAll("_");
    String cleaned = DOT_WITH_UNDERSCORES.matcher(replaced).replaceAll(".");
    return DisplayNames.strip(cleaned, '_');
  }

  /**
   * A quick test for names the normalization leaves alone (nearly all of them): an ASCII letter
   * first, then letters, digits, {@code _} and {@code .}, no {@code _} beside a {@code .}, no
   * {@code _} at the end.
   */
  private static boolean isNormalized(String name) {
    if (name.isEmpty() || !isLetter(name.charAt(0)) || name.charAt(name.length() - 1) == '_') {
      return false;
    }
    char previous = name.charAt(0);
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed = isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.';
      boolean underscoreBesideDot = (c == '.' && previous == '_') || (c == '_' && previous == '.');
      if (!allowed || underscoreBesideDot) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether a name starts with the given prefix or with one of {@link #GLOBAL_PREFIXES}. */
  public static boolean hasAllowedPrefix(String name, String prefix) {
    if (prefix != null && !prefix.isEmpty() && name.startsWith(prefix)) {
      return true;
    }
    return GLOBAL_PREFIXES.stream().anyMatch(name::startsWith);
  }
}
