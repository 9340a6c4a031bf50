package io.github.ddassets.annotations;

/** The kind of a {@link Media} item of the tile's gallery. */
public enum MediaType {
  /** A PNG or JPEG image of the integration folder. */
  IMAGE,
  /** A Vimeo video; its {@code imageUrl} is the thumbnail shown before it plays. */
  VIDEO
}
