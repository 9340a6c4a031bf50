package io.github.ddassets.core.diff;

/** What a change is about. */
public enum Subject {
  /** A whole integration. */
  INTEGRATION("integration", "integration"),
  /** A row of metadata.csv. */
  METRIC("metric", "metric"),
  /** An entry of service_checks.json. */
  SERVICE_CHECK("service-check", "service check"),
  /** An option of the configuration spec. */
  OPTION("option", "option"),
  /** A key of manifest.json. */
  MANIFEST("manifest", "manifest key");

  private final String id;
  private final String label;

  Subject(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The first part of a change's code, such as {@code service-check}. */
  public String id() {
    return id;
  }

  /** How messages name it, such as {@code service check}. */
  public String label() {
    return label;
  }
}
