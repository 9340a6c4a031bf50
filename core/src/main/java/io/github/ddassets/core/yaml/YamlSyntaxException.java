package io.github.ddassets.core.yaml;

import io.github.ddassets.core.model.FileOrigin;

/** A YAML text that cannot be parsed, with the position of the problem. */
public final class YamlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient FileOrigin origin;

  /** A syntax problem at a position. */
  public YamlSyntaxException(String message, FileOrigin origin) {
    super(message);
    this.origin = origin;
  }

  /** Where the problem is. */
  public FileOrigin origin() {
    return origin;
  }
}
