package io.github.ddassets.core.declare;

import java.util.Locale;

/** The default YAML name of a parameter: its Java name in snake_case. */
public final class ParamNames {

  private ParamNames() {}

  /**
   * {@code apiKey} becomes {@code api_key}, {@code jmxURL} {@code jmx_url}, {@code useHTTPProxy}
   * {@code use_http_proxy} and {@code http2Enabled} {@code http2_enabled}.
   */
  public static String snakeCase(String javaName) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && startsWord(javaName, i)) {
        name.append('_');
      }
      name.append(c);
    }
    return name.toString().toLowerCase(Locale.ROOT);
  }

  /** An upper-case letter starts a word after a lower-case letter or digit, or ends an acronym. */
  private static boolean startsWord(String text, int i) {
    char previous = text.charAt(i - 1);
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    boolean nextIsLower = i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    return Character.isUpperCase(previous) && nextIsLower;
  }
}
