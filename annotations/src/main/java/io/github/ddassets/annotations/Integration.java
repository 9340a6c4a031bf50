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
 * @Integration(name = "acme", displayName = "Acme", metricPrefix = "acme.",
 *     appUuid = "0d1ae8bd-0f1a-4a39-9b4e-4b7a4c5c8e01",
 *     tile = @Tile(title = "Acme", description = "Monitor Acme queues and workers.",
 *         classifierTags = {"Category::Message Queues", "Supported OS::Linux",
 *             "Offering::Integration", "Submitted Data Type::Metrics"}),
 *     author = @Author(name = "Acme Inc.", homepage = "https://acme.example",
 *         supportEmail = "support@acme.example", salesEmail = "sales@acme.example"))
 * public final class AcmeCheck { ... }
 * }</pre>
 *
 * <h2>manifest.json</h2>
 *
 * <p>The processor always writes {@code manifest.fragment.json}: the manifest keys the code is the
 * source of truth for ({@code source_type_name}, the metric prefix, {@code metrics.check}, the
 * paths of the files it generates). It also writes a complete {@code manifest.json} when the
 * integration declares one: when any manifest attribute below is written, when the class carries
 * {@link OAuth}, or when a base manifest is given ({@link #manifest()} or the {@code
 * ddassets.manifest} option). The keys the code owns always come from the code; a base manifest
 * supplies everything else (dashboards, monitors, saved views, pricing, legal terms...), and a base
 * value that differs from what the code or an attribute says is an error naming both places.
 * Attributes left at their default say nothing: with a base manifest its value is kept, without one
 * ddassets writes the documented default.
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
   * The listing's unique id ({@code app_id}), kebab-case: lower-case letters, digits and {@code -}.
   * Without a base manifest it defaults to {@link #name()} in lower case with {@code _} and {@code
   * .} turned into {@code -}.
   */
  String appId() default "";

  /**
   * The listing's UUID ({@code app_uuid}), given by {@code ddev create} or Datadog's Developer
   * Platform; it never changes. Required unless a base manifest has it.
   */
  String appUuid() default "";

  /**
   * The Datadog team that owns the listing ({@code owner}), such as {@code "agent-integrations"}.
   */
  String owner() default "";

  /**
   * Whether the listing is shown on Datadog's public documentation site ({@code
   * display_on_public_website}); once true, it cannot go back. Without a base manifest, unset
   * writes {@code false}.
   */
  OptBoolean displayOnPublicWebsite() default OptBoolean.DEFAULT;

  /**
   * The integration's id assigned by Datadog ({@code assets.integration.source_type_id}); 0 for
   * none.
   */
  long sourceTypeId() default 0;

  /**
   * Whether the integration and its assets are installed as soon as its data arrives ({@code
   * assets.integration.auto_install}). Without a base manifest, unset writes {@code true} for an
   * Agent integration and {@code false} for an API one, as Datadog's reference advises.
   */
  OptBoolean autoInstall() default OptBoolean.DEFAULT;

  /**
   * Whether the integration submits events ({@code assets.integration.events.creates_events}).
   * Without a base manifest, unset writes {@code false}.
   */
  OptBoolean createsEvents() default OptBoolean.DEFAULT;

  /**
   * Whether to write an empty {@code assets/service_checks.json} although the manifest has no
   * {@code assets.integration} and so does not name it, as in folders made from ddev's templates
   * (which create the file for every integration). Without it, such an integration writes no
   * service_checks.json; one that owns {@code assets.integration} always writes it.
   */
  boolean emptyServiceChecks() default false;

  /**
   * Command lines that identify the monitored software's processes ({@code
   * assets.integration.process_signatures}), such as {@code "java org.acme.Server"}.
   */
  String[] processSignatures() default {};

  /**
   * The source of the integration's logs in Datadog's log pipelines ({@code assets.logs.source}).
   * Defaults to the {@code source} of the {@link Logs} sources (the integration's name) when the
   * integration declares {@link Logs}; an API integration that submits logs sets it here.
   */
  String logsSource() default "";

  /** The tile: title, description, README anchors, classifier tags, media, resources. */
  Tile tile() default @Tile;

  /** The publisher: name, homepage, support and sales e-mail addresses. */
  Author author() default @Author;
}
