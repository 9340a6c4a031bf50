package io.github.ddassets.core.build;

import java.util.Optional;

/**
 * Where a build finds the base manifest an integration names by a relative path ({@code
 * manifest = "..."} on {@code @Integration}). The annotation processor looks on javac's source and
 * class paths through its Filer; other callers look in a folder. When this source has no such file,
 * the build tries the path as a file relative to the working directory.
 */
public interface BaseManifestSource {

  /** Looks nowhere: relative paths are resolved against the working directory only. */
  BaseManifestSource NONE =
      new BaseManifestSource() {
        @Override
        public Optional<BaseManifestFile> find(String relativePath) {
          return Optional.empty();
        }

        @Override
        public String describe() {
          return "";
        }
      };

  /**
   * The base manifest at a relative path, if this source has it.
   *
   * @param relativePath the path as written, {@code /}-separated
   */
  Optional<BaseManifestFile> find(String relativePath);

  /**
   * Where this source looks, for the message when no file is found, such as {@code "on the source
   * path, on the class path"}; empty when it looks nowhere.
   */
  String describe();
}
