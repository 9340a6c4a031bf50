package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a metric: the annotated {@code static final String} constant's value is the metric name,
 * so the code that submits the metric and the {@code metadata.csv} row share one literal.
 *
 * <pre>{@code
 * @Metric(type = MetricType.GAUGE, unit = "message", orientation = Orientation.LOWER_IS_BETTER,
 *     description = "Messages waiting in the queue.")
 * public static final String QUEUE_DEPTH = "acme.queue.depth";
 * }</pre>
 *
 * <p>The description is {@link #description()} or, when that is empty, the constant's Javadoc.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Metric {

  /**
   * The {@link #shortName()} that leaves the {@code short_name} cell empty, as many hand-written
   * files do ({@code ddassets import} writes it for them). The {@code ddev} profile accepts it, as
   * ddev does; the {@code strict} profile refuses it ({@code metadata-short-name-empty}).
   */
  String NO_SHORT_NAME = "\u0000";

  /** How the metric is submitted; {@link MetricType#HISTOGRAM} expands to several rows. */
  MetricType type();

  /** The unit, one of Datadog's unit names (for example {@code "byte"}); empty for none. */
  String unit() default "";

  /** The unit of the denominator (for example {@code "second"} in bytes per second). */
  String perUnit() default "";

  /** The collection interval in seconds, written only when positive. */
  int interval() default 0;

  /** Whether a higher value is better, worse, or neither. */
  Orientation orientation() default Orientation.NEUTRAL;

  /**
   * A short human-readable name. Defaults to the metric name without the integration's prefix, with
   * dots and underscores turned into spaces. {@link #NO_SHORT_NAME} writes none.
   */
  String shortName() default "";

  /** Marks the metric as noteworthy for CPU or memory in Datadog's UI. */
  Curated[] curated() default {};

  /** Tag keys the metric is submitted with, for example {@code {"queue", "host"}}. */
  String[] sampleTags() default {};

  /**
   * Whether the metric is submitted on every run of the check, so that Datadog can tell the
   * integration is installed and working: such metrics are the manifest's {@code
   * assets.integration.metrics.check}. An integration with metrics marks at least one.
   */
  boolean emittedEveryRun() default false;

  /** The description; when empty, the constant's Javadoc is used. */
  String description() default "";

  /**
   * The check class (annotated with {@link Integration}) this metric belongs to. Needed only when
   * the constant is not declared inside that class.
   */
  Class<?> check() default void.class;

  /**
   * The names this metric had in earlier releases, for a rename: with the processor option {@code
   * ddassets.previous}, the old name missing from the new release is then not an error. A
   * histogram's name stands for all its series.
   */
  String[] replaces() default {};

  /**
   * Why this metric changes in a way that breaks the previous release (its type, unit or per-unit),
   * on purpose. With the processor option {@code ddassets.previous}, such a change is an error
   * unless this says why; the reason is for the reader of the code and the release notes.
   */
  String breaking() default "";
}
