package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The integration's store listing: what Datadog's integration catalogue shows about it (its tile
 * and publisher) and the ids and switches of the listing, written to {@code manifest.json}. It goes
 * on the {@link Integration} class; anywhere else it is a compile error ({@code
 * source-listing-no-integration}).
 *
 * <pre>{@code
 * @Integration(name = "acme", displayName = "Acme", metricPrefix = "acme.")
 * @Listing(
 *     appUuid = "0d1ae8bd-0f1a-4a39-9b4e-4b7a4c5c8e01",
 *     tile = @Tile(title = "Acme", description = "Monitor Acme queues and workers.",
 *         classifierTags = {"Category::Message Queues", "Supported OS::Linux",
 *             "Offering::Integration", "Submitted Data Type::Metrics"}),
 *     author = @Author(name = "Acme Inc.", homepage = "https://acme.example",
 *         supportEmail = "support@acme.example", salesEmail = "sales@acme.example"))
 * public final class AcmeCheck { ... }
 * }</pre>
 *
 * <p>A class with {@code @Listing} gets a complete {@code manifest.json} (see {@link Integration}).
 * Attributes left at their default say nothing: with a base manifest its value is kept, without one
 * ddassets writes the documented default.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Listing {

  /**
   * The listing's unique id ({@code app_id}), kebab-case: lower-case letters, digits and {@code -}.
   * Without a base manifest it defaults to {@link Integration#name()} in lower case with {@code _}
   * and {@code .} turned into {@code -}.
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
