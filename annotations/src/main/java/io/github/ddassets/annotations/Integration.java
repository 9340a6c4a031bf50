package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a check class as the root of one Datadog integration.
 *
 * <p>The annotation processor writes the integration's asset files under {@code
 * META-INF/datadog/<name>/} in the class output, laid out like a folder of an integrations
 * repository. Metric and service-check constants declared inside this class (or pointing at it with
 * {@code check = ...}) belong to this integration.
 *
 * <pre>{@code
 * @Integration(name = "acme", displayName = "Acme", metricPrefix = "acme.")
 * public final class AcmeCheck { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Integration {

  /**
   * The integration's folder and check name, for example {@code "acme"} or {@code "acme_cloud"}. It
   * names the output folder, so it must be a plain folder name: no path separators, no {@code ..},
   * not empty.
   */
  String name();

  /**
   * The user-facing integration name, written to the manifest as {@code source_type_name}. The
   * {@code integration} column of {@code metadata.csv} is its normalized form and the {@code
   * integration} field of {@code service_checks.json} is this text as is. Defaults to {@link
   * #name()}.
   */
  String displayName() default "";

  /**
   * The prefix every metric name of this integration starts with, usually ending with a dot.
   * Defaults to {@link #name()} followed by {@code "."}.
   */
  String metricPrefix() default "";
}
