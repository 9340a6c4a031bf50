package io.github.ddassets.bench;

import java.util.Locale;

/**
 * One synthetic {@code @Metric} constant: a name, a type, units and a description, varied from the
 * metric's position so that a check class mixes every attribute the processor reads.
 *
 * @param group the metric's group, for example {@code requests}
 * @param leaf the metric's last name segment, for example {@code latency}
 * @param type the {@code MetricType} constant name
 * @param unit the unit, or empty
 * @param perUnit the per-unit, or empty
 * @param orientation the {@code Orientation} constant name
 * @param description the description text
 * @param javadoc whether the description is written as Javadoc rather than an attribute
 * @param shortName an explicit short name, or empty for the default
 * @param interval the collection interval in seconds, or 0
 * @param sampleTags whether the metric declares sample tags
 * @param curated the {@code Curated} constant name, or empty
 */
public record MetricShape(
    String group,
    String leaf,
    String type,
    String unit,
    String perUnit,
    String orientation,
    String description,
    boolean javadoc,
    String shortName,
    int interval,
    boolean sampleTags,
    String curated) {

  /** The groups of a check class; with {@link #LEAVES} they give 20 distinct names. */
  static final String[] GROUPS = {"requests", "queue", "pool", "cache"};

  /** The last name segments of a group. */
  static final String[] LEAVES = {"count", "latency", "errors", "size", "usage"};

  /** The number of distinct shapes; a class with more metrics repeats them with a suffix. */
  static final int DISTINCT = GROUPS.length * LEAVES.length;

  /**
   * The shape of the metric at a position in its class.
   *
   * @param position the metric's index in its class, from 0
   * @param display the integration's display name, used in descriptions
   */
  static MetricShape at(int position, String display) {
    String group = GROUPS[(position / LEAVES.length) % GROUPS.length];
    String round = position < DISTINCT ? "" : "_" + (position / DISTINCT);
    String leaf = LEAVES[position % LEAVES.length] + round;
    boolean javadoc = position % 2 == 1;
    // The class number keeps explicit short names unique when all classes form one integration.
    String number = display.substring(display.lastIndexOf(' ') + 1);
    String shortName =
        position % 4 == 0 ? group + " " + leaf.replace('_', ' ') + " total " + number : "";
    int interval = position % 5 == 2 ? 15 : 0;
    boolean tags = position % 3 == 0;
    String curated = position == 3 ? "CPU" : position == 8 ? "MEMORY" : "";
    String what = group + " " + leaf.replace('_', ' ');
    Kind kind =
        switch (position % LEAVES.length) {
          case 0 -> new Kind("COUNT", "request", "", "NEUTRAL", "Number of %s handled by %s.");
          case 1 ->
              new Kind(
                  (position / LEAVES.length) % 2 == 0 ? "HISTOGRAM" : "GAUGE",
                  "millisecond",
                  "",
                  "LOWER_IS_BETTER",
                  "Time taken by %s in %s.");
          case 2 ->
              new Kind("RATE", "error", "second", "LOWER_IS_BETTER", "Rate of %s reported by %s.");
          case 3 -> new Kind("GAUGE", "item", "", "NEUTRAL", "Current %s of %s.");
          default ->
              new Kind("GAUGE", "percent", "", "HIGHER_IS_BETTER", "Share of %s in use by %s.");
        };
    return new MetricShape(
        group,
        leaf,
        kind.type(),
        kind.unit(),
        kind.perUnit(),
        kind.orientation(),
        String.format(kind.description(), what, display),
        javadoc,
        shortName,
        interval,
        tags,
        curated);
  }

  /** What a metric's last name segment decides: type, units, orientation, description. */
  private record Kind(
      String type, String unit, String perUnit, String orientation, String description) {}

  /** The metric name without the integration prefix, for example {@code requests.latency}. */
  String suffix() {
    return group + "." + leaf;
  }

  /** The Java constant's name, for example {@code REQUESTS_LATENCY}. */
  String constantName() {
    return (group + "_" + leaf).toUpperCase(Locale.ROOT);
  }
}
