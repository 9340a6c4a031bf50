package io.github.ddassets.cli.imports;

/** The names of the example files a spec renders to. */
final class ExampleFiles {

  /** The example of the integration's main configuration file. */
  static final String CONF_EXAMPLE = "conf.yaml.example";

  private ExampleFiles() {}
}
