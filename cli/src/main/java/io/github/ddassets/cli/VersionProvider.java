package io.github.ddassets.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Prints the version the build stamped into {@code version.properties}. A resource rather than the
 * jar manifest, so that the version is right whether the classes run from the jar, from {@code
 * target/classes} or from a test.
 */
final class VersionProvider implements IVersionProvider {

  /** The resource that holds the version, beside this class. */
  static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"ddassets " + version()};
  }

  /** The version of this build, or a sentence saying it is unknown. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // The jar is damaged; the version is then unknown, which is what the fallback says.
    }
    String version = properties.getProperty("version", "");
    // An unfiltered resource (an IDE that copies resources without Maven) still holds the token.
    return version.isEmpty() || version.startsWith("${") ? "(development build)" : version;
  }
}
