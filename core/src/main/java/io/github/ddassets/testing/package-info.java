/**
 * Test helpers for checks built with ddassets, free of any test framework: {@link
 * io.github.ddassets.testing.DeclaredMetrics} compares what a check really submitted to DogStatsD
 * with the {@code metadata.csv} generated from its annotations, {@link
 * io.github.ddassets.testing.DeclaredServiceChecks} its service checks with {@code
 * service_checks.json}, {@link io.github.ddassets.testing.EmissionCoverage} adds up a test run's
 * submissions to tell which declarations no test emitted, and {@link
 * io.github.ddassets.testing.DogStatsDLines} reads the DogStatsD datagrams a test captured.
 */
package io.github.ddassets.testing;
