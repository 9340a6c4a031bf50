package io.github.ddassets.core.declare;

import java.util.regex.Pattern;

/**
 * The default short name of a metric: its name without the prefix, words split on dots and
 * underscores.
 */
public final class ShortNames {

  private static final Pattern SPACES = Pattern.compile(" +");

  private ShortNames() {}

  /**
   * The short name the processor writes for a metric that declares none.
   *
   * @param metricName the metric name
   * @param prefix the integration's metric prefix
   */
  public static String defaultFor(String metricName, String prefix) {
    String rest =
        metricName.startsWith(prefix) ? metricName.substring(prefix.length()) : metricName;
    return SPACES.matcher(rest.replace('.', ' ').replace('_', ' ').trim()).replaceAll(" ");
  }
}
