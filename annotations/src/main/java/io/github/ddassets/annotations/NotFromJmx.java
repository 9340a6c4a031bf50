package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Metric} of a JMX integration that no {@link JmxRule} produces because other code
 * submits it (a web API, a custom check): the strict rule that every metric of a JMX integration
 * comes from {@code metrics.yaml} spares it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface NotFromJmx {

  /** What submits the metric, for the reader; empty when it goes without saying. */
  String value() default "";
}
