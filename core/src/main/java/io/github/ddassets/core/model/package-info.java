/**
 * The immutable model of an integration's asset files. Every value carries an {@link
 * io.github.ddassets.core.model.Origin} so that a rule's finding can point back at the file line or
 * annotated element it came from. Nothing here knows about files on disk or about the compiler's
 * element API, and this package imports no other package of ddassets: everything else builds on
 * it.
 */
package io.github.ddassets.core.model;
