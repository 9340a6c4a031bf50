/**
 * The ddassets benchmark harness: generates a synthetic annotated project, compiles it in-process
 * with and without the ddassets annotation processor, times {@code ddassets validate} on a corpus,
 * and prints medians. Run it with {@code java -jar bench/target/ddassets-bench.jar}; see {@code
 * BENCHMARKS.md} at the project root.
 */
package io.github.ddassets.bench;
