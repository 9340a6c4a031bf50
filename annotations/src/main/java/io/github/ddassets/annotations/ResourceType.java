package io.github.ddassets.annotations;

/** The kind of a {@link Resource} link of the tile. */
public enum ResourceType {
  /** A blog post. */
  BLOG,
  /** Documentation. */
  DOCUMENTATION,
  /** Frequently asked questions. */
  FAQ,
  /** Anything else. */
  OTHER
}
