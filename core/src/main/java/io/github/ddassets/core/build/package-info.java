/**
 * The build: declarations in, the complete generated file set of every integration and one report
 * out ({@link io.github.ddassets.core.build.AssetBuild}). It is the only producer of generated
 * files. It assembles the model ({@code core.declare}), checks it ({@code core.rules}), renders it
 * ({@code core.render}) and merges manifests ({@code core.manifest}); it reads nothing but base
 * manifests, which reach it through {@link io.github.ddassets.core.build.BaseManifestSource}, and
 * writes nothing: its callers (the annotation processor, the command line) print the report and
 * write the files. It never touches the compiler's element API.
 */
package io.github.ddassets.core.build;
