/**
 * The annotation processor: the door from {@code javac} to ddassets' engine. It remembers, in
 * every round, which types carry ddassets annotations; when processing is over it reads them into
 * declarations ({@link io.github.ddassets.processor.SourceCollector}), calls {@code
 * core.build.AssetBuild}, prints each finding on its element, annotation and value, and writes the
 * files through the Filer. It also generates the typed configuration loaders with JavaPoet. All
 * rules, rendering and manifest merging live in core; this package only translates between the
 * compiler's element API and core's declarations. It reads annotations by name through mirrors, so
 * it never imports the annotation classes, and it never imports the command line.
 */
package io.github.ddassets.processor;
