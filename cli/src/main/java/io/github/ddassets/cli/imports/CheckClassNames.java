package io.github.ddassets.cli.imports;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/** Java names derived from an integration's name. */
public final class CheckClassNames {

  private CheckClassNames() {}

  /**
   * The check class's simple name: {@code acme_cloud} gives {@code AcmeCloudCheck}; a name that
   * starts with a digit is prefixed ({@code 1e} gives {@code Integration1eCheck}).
   */
  public static String checkClass(String integration) {
    StringBuilder name = new StringBuilder();
    for (String word : integration.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "Integration");
    }
    return name.append("Check").toString();
  }

  /** Whether a text is a Java package name such as {@code com.acme.checks}. */
  public static boolean isPackageName(String text) {
    return !text.isEmpty() && SourceVersion.isName(text);
  }
}
