package io.github.ddassets.core.build;

import io.github.ddassets.core.declare.ConfigOutcome;
import io.github.ddassets.core.declare.DeclaredConfig;

/**
 * An integration's configuration: what the code declares and the files built from it.
 *
 * @param checkClass the qualified name of the check class
 * @param declared the declarations
 * @param outcome the spec and example files, and their findings
 */
public record ConfiguredIntegration(
    String checkClass, DeclaredConfig declared, ConfigOutcome outcome) {

  /** The integration's name. */
  public String name() {
    return declared.integration().name();
  }
}
