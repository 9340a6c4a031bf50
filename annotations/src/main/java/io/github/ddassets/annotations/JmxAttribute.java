package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One MBean attribute of a {@link JmxRule}, and the metric JMXFetch sends for it. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface JmxAttribute {

  /** The attribute's name, or {@code Attribute.key} for a key of a composite value. */
  String name();

  /**
   * The metric name ({@code alias}). Placeholders: {@code $attribute}, {@code $domain}, any bean
   * property such as {@code $type}, and {@code $1}, {@code $2}... for the groups of the rule's bean
   * pattern. Empty: the annotated constant's value on a constant, else JMXFetch's default {@code
   * jmx.<domain>.<attribute>}.
   */
  String alias() default "";

  /** How JMXFetch sends the value ({@code metric_type}). */
  JmxMetricType metricType() default JmxMetricType.DEFAULT;

  /** Tags of this attribute's metric, as {@code key:value}. */
  String[] tags() default {};

  /**
   * Conversions of non-numeric values ({@code values}), as a YAML flow mapping such as {@code
   * {"true": 1, "false": 0, default: 0}}; empty for none.
   */
  String values() default "";
}
