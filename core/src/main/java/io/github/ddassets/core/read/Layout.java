package io.github.ddassets.core.read;

/** Where an integration folder keeps its files. */
public enum Layout {
  /**
   * An integrations repository folder: {@code manifest.json}, {@code metadata.csv}, {@code
   * assets/service_checks.json}, {@code assets/configuration/spec.yaml}, {@code
   * datadog_checks/<name>/data/conf.yaml.example}.
   */
  REPOSITORY,
  /** All files side by side in one folder, under their plain names. */
  FLAT
}
