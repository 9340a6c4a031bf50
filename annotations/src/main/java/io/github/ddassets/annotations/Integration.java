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
 *
 * <p>{@code @Integration} says what the integration is: its name, how it is shown, the prefix of
 * its metrics, where it runs and which hand-written manifest it builds on. What Datadog's
 * integration store shows about it (tile, publisher, listing ids) is declared with {@link Listing}
 * on the same class, and the byte layout of reproduced files with {@link Layout}.
 *
 * <h2>manifest.json</h2>
 *
 * <p>The processor always writes {@code manifest.fragment.json}: the manifest keys the code is the
 * source of truth for ({@code source_type_name}, the metric prefix, {@code metrics.check}, the
 * paths of the files it generates). It also writes a complete {@code manifest.json} when the
 * integration declares one: when {@link #kind()} or {@link #manifest()} is written, when the class
 * carries {@link Listing} or {@link OAuth}, or when a base manifest is given ({@link #manifest()}
 * or the {@code ddassets.manifest} option). The keys the code owns always come from the code; a
 * base manifest supplies everything else (dashboards, monitors, saved views, pricing, legal
 * terms...), and a base value that differs from what the code or an attribute says is an error
 * naming both places.
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

  /**
   * Whether the integration runs in the Datadog Agent or is an API integration (OAuth, no Agent
   * configuration).
   */
  IntegrationKind kind() default IntegrationKind.AGENT;

  /**
   * A hand-written {@code manifest.json} to merge the generated keys into, such as {@code
   * "manifest.json"} or {@code "../datadog/acme/manifest.json"}. javac has no API for "the folder
   * of the sources", so a relative path is looked up, in order: on the source path (through the
   * Filer; Maven passes its source roots as {@code -sourcepath}), on the class path (resources),
   * then in the directory javac runs in. An absolute path is taken as is. This attribute wins over
   * the {@code ddassets.manifest} option. Empty for none.
   */
  String manifest() default "";

  /**
   * Breaking changes against the previous release that this release makes on purpose, by name: a
   * metric or service check removed without a successor, a configuration option ({@code
   * instances.timeout}, {@code init_config.service}) removed, renamed, retyped or made required, or
   * a manifest key ({@code /assets/dashboards/Acme Overview}). With the processor option {@code
   * ddassets.previous}, each such change is an error unless it is named here (or, for a metric or
   * service check, acknowledged on its own annotation).
   */
  String[] acceptedBreaks() default {};
}
