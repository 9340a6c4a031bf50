package io.github.ddassets.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The two folders of {@code verify} and {@code sync}: the generated files and their copy. */
final class CopyArguments {

  @Parameters(
      index = "0",
      paramLabel = "GENERATED",
      description =
          "The generated files: the class output (target/classes), its META-INF/datadog folder or"
              + " one integration's generated folder.")
  Path generated;

  @Parameters(
      index = "1",
      paramLabel = "COMMITTED",
      description = "The committed copy: one folder per integration (COMMITTED/acme/metadata.csv).")
  Path committed;
}
