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
    String replaced = INVALID_RUN.matcher(name).replaceAll("_");
    String cleaned = DOT_WITH_UNDERSCORES.matcher(replaced).replaceAll(".");
    return DisplayNames.strip(cleaned, '_');
  }

  /** Whether a name starts with the given prefix or with one of {@link #GLOBAL_PREFIXES}. */
  public static boolean hasAllowedPrefix(String name, String prefix) {
    if (prefix != null && !prefix.isEmpty() && name.startsWith(prefix)) {
      return true;
    }
    return GLOBAL_PREFIXES.stream().anyMatch(name::startsWith);
  }
}
