/**
 * A real Agent check built with ddassets: it connects to a JVM's JMX endpoint, submits the metrics
 * and service check its annotations declare to DogStatsD, and reads its configuration with the
 * loader the processor generates from its configuration records.
 */
package io.github.ddassets.example;
