package io.github.ddassets.cli.imports;

import io.github.ddassets.core.declare.ParamNames;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/** Java identifiers for spec names: camelCase components, UpperCamelCase types. */
final class JavaNames {

  private JavaNames() {}

  /**
   * The component name of an option: {@code api_key} becomes {@code apiKey}; a name that is not a
   * Java identifier once converted (a keyword such as {@code default}, a leading digit) gets a
   * trailing underscore or a leading {@code p}.
   */
  static String component(String optionName) {
    String camel = lowerCamel(optionName);
    if (camel.isEmpty() || !Character.isJavaIdentifierStart(camel.charAt(0))) {
      camel = "p" + upperFirst(camel);
    }
    return SourceVersion.isKeyword(camel) || camel.equals("_") ? camel + "_" : camel;
  }

  /** Whether the default derivation ({@code @Param} without {@code name}) gives the name back. */
  static boolean derivesBack(String javaName, String optionName) {
    return ParamNames.snakeCase(javaName).equals(optionName);
  }

  /** A type name from an option name: {@code tls_options} becomes {@code TlsOptions}. */
  static String type(String optionName) {
    String camel = upperFirst(lowerCamel(optionName));
    return camel.isEmpty() || !Character.isJavaIdentifierStart(camel.charAt(0))
        ? "T" + camel
        : camel;
  }

  /**
   * An enum constant for a value, when its lower case gives the value back ({@code basic} becomes
   * {@code BASIC}); empty otherwise.
   */
  static String enumConstant(String value) {
    String constant = value.toUpperCase(Locale.ROOT);
    boolean identifier =
        !constant.isEmpty()
            && SourceVersion.isIdentifier(constant)
            && !SourceVersion.isKeyword(constant)
            && constant.toLowerCase(Locale.ROOT).equals(value);
    return identifier ? constant : "";
  }

  private static String lowerCamel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        upper = out.length() > 0;
        continue;
      }
      if (upper) {
        out.append(Character.toUpperCase(c));
      } else if (out.length() == 0) {
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
      upper = false;
    }
    return out.toString();
  }

  private static String upperFirst(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
