package io.github.ddassets.core.manifest;

/**
 * The integration folder as the manifest rules see it: whether the files the manifest names exist.
 * The file reader answers from disk; the annotation processor answers for a base manifest's folder,
 * or {@link #UNKNOWN} when there is none.
 */
@FunctionalInterface
public interface AssetFolder {

  /** A folder that cannot tell: no file check is made. */
  AssetFolder UNKNOWN =
      new AssetFolder() {
        @Override
        public FileState state(AssetPath kind, String relativePath) {
          return FileState.UNKNOWN;
        }
      };

  /**
   * What is known of a file.
   *
   * @param kind what the manifest names the file for
   * @param relativePath the path as the manifest writes it, relative to the integration folder
   */
  FileState state(AssetPath kind, String relativePath);
}
