package io.github.ddassets.annotations;

/** A status a service check can report. */
public enum Status {
  /** The service is healthy. */
  OK,
  /** The service is degraded. */
  WARNING,
  /** The service is down or unreachable. */
  CRITICAL,
  /** The check could not tell. */
  UNKNOWN
}
