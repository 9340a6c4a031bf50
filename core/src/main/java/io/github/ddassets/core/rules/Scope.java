package io.github.ddassets.core.rules;

/** What a rule looks at: the file it belongs to, or the annotated sources. */
public enum Scope {
  /** The annotated Java sources themselves. */
  SOURCES("Annotated sources"),
  /** An integration as a whole (its name and identity). */
  INTEGRATION("Integration"),
  /** {@code metadata.csv}. */
  METADATA("metadata.csv"),
  /** {@code assets/service_checks.json}. */
  SERVICE_CHECKS("service_checks.json"),
  /** {@code manifest.json}. */
  MANIFEST("manifest.json"),
  /** {@code assets/configuration/spec.yaml}. */
  SPEC("spec.yaml"),
  /** The example files rendered from the spec, such as {@code conf.yaml.example}. */
  EXAMPLE("conf.yaml.example"),
  /** A JMX integration's {@code datadog_checks/<name>/data/metrics.yaml}. */
  JMX_METRICS("metrics.yaml");

  private final String title;

  Scope(String title) {
    this.title = title;
  }

  /** The heading used for this scope in {@code docs/rules.md}. */
  public String title() {
    return title;
  }
}
