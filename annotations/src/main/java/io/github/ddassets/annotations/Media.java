package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One item of the tile's media gallery ({@code tile.media}): at most 8 items, at most one of them a
 * video.
 *
 * <pre>{@code
 * @Media(caption = "Acme overview dashboard", imageUrl = "images/overview.png")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Media {

  /** An image or a video. */
  MediaType type() default MediaType.IMAGE;

  /** The caption, at most 300 characters. */
  String caption();

  /**
   * The image (for a video, its thumbnail): a {@code .png} or {@code .jpg} file of at most
   * 1,000,000 bytes, as a path relative to the integration folder, such as {@code
   * images/overview.png}.
   */
  String imageUrl();

  /** The Vimeo id of a video; required for {@link MediaType#VIDEO}, 0 for none. */
  long vimeoId() default 0;
}
