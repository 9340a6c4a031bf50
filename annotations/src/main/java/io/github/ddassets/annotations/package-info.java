/**
 * Annotations that declare a Datadog integration in Java: {@link
 * io.github.ddassets.annotations.Integration} on the check class, with {@link
 * io.github.ddassets.annotations.Listing} for its store listing ({@link
 * io.github.ddassets.annotations.Tile}, {@link io.github.ddassets.annotations.Author}) and {@link
 * io.github.ddassets.annotations.OAuth} for an API integration; {@link
 * io.github.ddassets.annotations.Metric} and {@link io.github.ddassets.annotations.ServiceCheck} on
 * its name constants; {@link io.github.ddassets.annotations.InitConfig} and {@link
 * io.github.ddassets.annotations.InstanceConfig} on its configuration records (with {@link
 * io.github.ddassets.annotations.Param} on their components); {@link
 * io.github.ddassets.annotations.Logs} and {@link io.github.ddassets.annotations.AutoConf} for its
 * log section and Autodiscovery file. {@link io.github.ddassets.annotations.Layout} holds the
 * layout flags that {@code ddassets import} writes so that imported files come back byte for byte.
 * The ddassets annotation processor turns them into the integration's asset files at compile time,
 * and generates a typed loader for the Agent's {@code conf.yaml}.
 */
package io.github.ddassets.annotations;
