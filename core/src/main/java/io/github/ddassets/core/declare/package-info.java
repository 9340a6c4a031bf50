/**
 * Declarations: what annotated code says about an integration, as plain records, and the assembly
 * of the asset-file model from them (defaults, histogram expansion, sorting), including the
 * configuration spec built from configuration records ({@link
 * io.github.ddassets.core.declare.ConfigAssembler}). The annotation processor fills these records;
 * nothing here depends on the compiler's element API.
 */
package io.github.ddassets.core.declare;
