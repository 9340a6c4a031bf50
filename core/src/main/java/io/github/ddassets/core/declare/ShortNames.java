package io.github.ddassets.core.declare;

/**
 * The default short name of a metric: its name without the prefix, words split on dots and
 * underscores.
 */
final class ShortNames {

  private ShortNames() {}

  static String defaultFor(String metricName, String prefix) {
    String rest =
        metricName.startsWith(prefix) ? metricName.substring(prefix.length()) : metricName;
    return rest.replace('.', ' ').replace('_', ' ').trim().replaceAll(" +", " ");
  }
}
