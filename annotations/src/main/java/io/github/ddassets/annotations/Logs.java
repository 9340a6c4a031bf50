package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the integration's log collection: a {@code logs} section, built on ddev's {@code logs}
 * template, whose example lists the given sources.
 *
 * <pre>{@code
 * @Integration(name = "acme")
 * @Logs(@LogSource(path = "/var/log/acme/*.log", service = "<SERVICE>"))
 * public final class AcmeCheck { ... }
 * }</pre>
 *
 * renders at the end of {@code conf.yaml.example}, commented out:
 *
 * <pre>
 * # logs:
 * #   - type: file
 * #     path: /var/log/acme/*.log
 * #     source: acme
 * #     service: &lt;SERVICE&gt;
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Logs {

  /** The example log sources, in order; none keeps the {@code logs} template's own example. */
  LogSource[] value();

  /** Replaces the {@code logs} template's description when not empty. */
  String description() default "";

  /**
   * Marks the section {@code required}: the example then writes {@code logs:} and its sources
   * uncommented, as for an integration whose logs are its main data.
   */
  boolean required() default false;

  /**
   * The check class (annotated with {@link Integration}) these logs belong to. Needed only when the
   * annotated type is neither that class nor declared inside it.
   */
  Class<?> check() default void.class;
}
