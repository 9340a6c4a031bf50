/**
 * Test helpers for checks built with ddassets, free of any test framework: {@link
 * io.github.ddassets.testing.DeclaredMetrics} compares what a check really submitted to DogStatsD
 * with the {@code metadata.csv} generated from its annotations, and {@link
 * io.github.ddassets.testing.DogStatsDLines} reads the DogStatsD datagrams a test captured.
 */
package io.github.ddassets.testing;
