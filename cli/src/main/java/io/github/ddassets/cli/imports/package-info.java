/**
 * {@code ddassets import}: turns an integration folder into annotated Java that regenerates it.
 * Each importer reads one file kind through core's readers and writes annotations with JavaPoet,
 * in the vocabulary the processor reads; what the annotations cannot state is refused with a rule
 * id. The round trip (import, compile, compare with the original) is what its tests measure.
 */
package io.github.ddassets.cli.imports;
