package io.github.ddassets.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"ddassets " + (version == null ? "(development build)" : version)};
  }
}
