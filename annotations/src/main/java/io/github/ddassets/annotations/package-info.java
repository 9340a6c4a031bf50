/**
 * Annotations that declare a Datadog integration in Java: {@link
 * io.github.ddassets.annotations.Integration} on the check class, {@link
 * io.github.ddassets.annotations.Metric} and {@link io.github.ddassets.annotations.ServiceCheck} on
 * its name constants. The ddassets annotation processor turns them into the integration's asset
 * files at compile time.
 */
package io.github.ddassets.annotations;
