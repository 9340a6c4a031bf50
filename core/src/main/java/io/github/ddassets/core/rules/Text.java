package io.github.ddassets.core.rules;

/** Small text predicates that mirror Python's string methods, as ddev relies on them. */
final class Text {

  private Text() {}

  /** Python's {@code str.isascii()}. */
  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Python's {@code str.isdigit()}: non-empty and every character a digit. */
  static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (!Character.isDigit(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /** The length in characters as Python counts them (code points). */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
