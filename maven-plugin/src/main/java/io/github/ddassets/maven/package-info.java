/**
 * The ddassets Maven plugin: {@code verify} and {@code sync} keep a module's committed copy of its
 * generated asset files equal to what the annotation processor wrote into the class output, and
 * {@code validate} checks hand-written integration folders.
 *
 * <p>The goals are doors like the command line: the comparison, the atomic sync and every rule come
 * from core ({@code core.output.CommittedAssets}, {@code core.check.FolderCheck}); this package
 * resolves paths against the module's folder, reads the module's build to explain a build that
 * generated nothing, and words the messages and the commands they suggest.
 */
package io.github.ddassets.maven;
