/**
 * Declarations: what annotated code says about an integration, as plain records, and the assembly
 * of the asset-file model from them (defaults, histogram expansion, sorting), including the
 * configuration spec built from configuration records ({@link
 * io.github.ddassets.core.declare.ConfigAssembler}), which returns texts, not files. The annotation
 * processor fills these records; nothing here depends on the compiler's element API, reads files,
 * or places files in a folder (that is {@code core.build}): it may not import {@code read}, {@code
 * output}, {@code build} or {@code check}.
 */
package io.github.ddassets.core.declare;
