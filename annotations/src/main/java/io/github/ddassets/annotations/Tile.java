package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The integration's tile in Datadog, {@link Listing#tile()}: the manifest's {@code tile} object.
 *
 * <pre>{@code
 * tile = @Tile(title = "Acme", description = "Monitor Acme queues and workers.",
 *     classifierTags = {"Category::Message Queues", "Supported OS::Linux",
 *         "Offering::Integration", "Submitted Data Type::Metrics"},
 *     media = @Media(caption = "Acme overview", imageUrl = "images/overview.png"))
 * }</pre>
 *
 * <p>With a base manifest, only the attributes written here count: the others keep the base's
 * values. Without one, the defaults below are written (the README anchors and {@code CHANGELOG.md}
 * every integration of an integrations repository has).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Tile {

  /** The user-facing title, at most 50 characters ({@code tile.title}). */
  String title() default "";

  /**
   * What the integration does, in one line of at most 80 characters (70 for a Marketplace listing)
   * ({@code tile.description}).
   */
  String description() default "";

  /** The README anchor of the tile's Overview tab ({@code tile.overview}). */
  String overview() default "README.md#Overview";

  /** The README anchor of the tile's Configuration tab ({@code tile.configuration}). */
  String configuration() default "README.md#Setup";

  /** The README anchor of the tile's Support tab ({@code tile.support}). */
  String support() default "README.md#Support";

  /**
   * The README anchor of the uninstallation instructions ({@code tile.uninstallation}), such as
   * {@code README.md#Uninstallation}; empty to leave the key out (only Marketplace listings and
   * some partner integrations have it).
   */
  String uninstallation() default "";

  /** The changelog file of the integration folder ({@code tile.changelog}). */
  String changelog() default "CHANGELOG.md";

  /**
   * Classifier tags in {@code Key::Value} form ({@code tile.classifier_tags}), with the keys {@code
   * Category}, {@code Offering}, {@code Supported OS}, {@code Submitted Data Type} and {@code
   * Queried Data Type}, such as {@code "Supported OS::Linux"}. An integration that collects logs
   * has {@code "Category::Log Collection"}, and only such an integration.
   */
  String[] classifierTags() default {};

  /** The media gallery ({@code tile.media}). */
  Media[] media() default {};

  /**
   * Further-reading links ({@code tile.resources}). Without a base manifest, the key is left out
   * when there are none.
   */
  Resource[] resources() default {};
}
