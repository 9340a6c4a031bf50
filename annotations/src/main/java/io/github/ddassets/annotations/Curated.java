package io.github.ddassets.annotations;

/** The kinds of noteworthy metric Datadog's UI shows above the others. */
public enum Curated {
  /** A CPU metric. */
  CPU,
  /** A memory metric. */
  MEMORY
}
