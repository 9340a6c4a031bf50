package io.github.ddassets.core.render;

import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlMap;
import java.util.Locale;

/** The {@code - default: ...} part of an optional parameter's {@code ## @param} line. */
final class DefaultText {

  private DefaultText() {}

  /**
   * {@code display_default} when the key is present, else {@code default}; when that is null, the
   * example stands in, unless {@code display_default} is explicitly null without a {@code default}.
   * Texts that read "none" (any case) show no default.
   */
  static String of(YamlMap value, Object example) {
    Object shown =
        value.has("display_default") ? value.value("display_default") : value.value("default");
    if (shown != null) {
      if (PythonValues.str(shown).toLowerCase(Locale.ROOT).equals("none")) {
        return "";
      }
      if (shown instanceof String text) {
        return " - default: " + text;
      }
      if (shown instanceof Boolean bool) {
        return " - default: " + (bool ? "true" : "false");
      }
      return " - default: " + PythonValues.repr(shown);
    }
    if (value.has("display_default") && !value.has("default")) {
      return "";
    }
    if (example instanceof Boolean bool) {
      return " - default: " + (bool ? "true" : "false");
    }
    if (example instanceof Long
        || example instanceof java.math.BigInteger
        || example instanceof Double) {
      return " - default: " + PythonValues.str(example);
    }
    if (example instanceof String text
        && !text.isEmpty()
        && !(text.charAt(0) == '<' && text.charAt(text.length() - 1) == '>')) {
      return " - default: " + text;
    }
    return "";
  }
}
