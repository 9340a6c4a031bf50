/**
 * The {@code manifest.json} model ({@link io.github.ddassets.core.manifest.Manifest}: the Jackson
 * tree with the origin of every value) and the tools both sides of ddassets build manifests with:
 * the canonical key order, insertion of values at their canonical place ({@link
 * io.github.ddassets.core.manifest.ManifestTree}), the keys the code owns and the fragment made of
 * them ({@link io.github.ddassets.core.manifest.ManifestFragment}), and the merge of a fragment
 * into a hand-written base manifest ({@link io.github.ddassets.core.manifest.ManifestMerge}).
 * Nothing here reads files or knows the compiler's element API: it imports only {@code core.model}.
 */
package io.github.ddassets.core.manifest;
