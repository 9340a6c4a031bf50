package io.github.ddassets.testing;

import java.util.List;
import java.util.Locale;

/**
 * A DogStatsD metric type, and what the Agent turns a submission of that type into: the series it
 * stores and their in-app types, as {@code metadata.csv} declares them.
 *
 * <p>The mapping follows Datadog's documentation of DogStatsD submissions: a {@code COUNT} is
 * stored as a {@code rate} (the delta normalised over the flush interval), a {@code SET} as a
 * {@code gauge}, a {@code HISTOGRAM} (and a {@code TIMER}, its StatsD subset) as the Agent's
 * default aggregates {@code .avg}, {@code .median}, {@code .max}, {@code .95percentile} (gauges)
 * and {@code .count} (a rate), and a {@code DISTRIBUTION} as a {@code distribution} under its own
 * name.
 */
public enum SubmissionType {
  /** {@code g}: stored as a gauge. */
  GAUGE("g"),
  /** {@code c}: stored as a rate. */
  COUNT("c"),
  /** {@code h}: stored as five series. */
  HISTOGRAM("h"),
  /** {@code ms}: a histogram of durations. */
  TIMER("ms"),
  /** {@code s}: the number of distinct values, stored as a gauge. */
  SET("s"),
  /** {@code d}: stored as a distribution. */
  DISTRIBUTION("d");

  private static final List<String[]> HISTOGRAM_SERIES =
      List.of(
          new String[] {".95percentile", "gauge"},
          new String[] {".avg", "gauge"},
          new String[] {".count", "rate"},
          new String[] {".max", "gauge"},
          new String[] {".median", "gauge"});

  private final String code;

  SubmissionType(String code) {
    this.code = code;
  }

  /** The type's code in the DogStatsD protocol, such as {@code g}. */
  public String code() {
    return code;
  }

  /**
   * The type of a DogStatsD code.
   *
   * @throws IllegalArgumentException for a code DogStatsD does not define
   */
  public static SubmissionType ofCode(String code) {
    for (SubmissionType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown DogStatsD metric type `" + code + "`");
  }

  /** The series the Agent stores for a submission of this type, in name order. */
  public List<AgentSeries> series(String metric) {
    return switch (this) {
      case GAUGE, SET -> List.of(new AgentSeries(metric, "gauge"));
      case COUNT -> List.of(new AgentSeries(metric, "rate"));
      case DISTRIBUTION -> List.of(new AgentSeries(metric, "distribution"));
      case HISTOGRAM, TIMER ->
          HISTOGRAM_SERIES.stream()
              .map(series -> new AgentSeries(metric + series[0], series[1]))
              .toList();
    };
  }

  /** The name a person reads: {@code gauge}, {@code count}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * One series the Agent stores.
   *
   * @param name the metric name, with its suffix for a histogram
   * @param type the in-app type, as {@code metadata.csv} writes it
   */
  public record AgentSeries(String name, String type) {}
}
