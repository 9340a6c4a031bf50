package io.github.ddassets.core.yaml;

/**
 * What PyYAML's {@code Emitter.analyze_scalar} finds out about a scalar's text: which styles may
 * write it. Unicode characters count as special because ddev dumps with {@code allow_unicode} off,
 * so any character outside printable ASCII forces double quotes. The block styles ({@code |},
 * {@code >}) are left out: PyYAML's safe representer never asks for them for text.
 *
 * @param length the length in code points, as Python's {@code len} counts it
 * @param empty the text is empty
 * @param multiline the text holds a line break
 */
record ScalarAnalysis(
    int length,
    boolean empty,
    boolean multiline,
    boolean allowFlowPlain,
    boolean allowBlockPlain,
    boolean allowSingleQuoted) {

  static ScalarAnalysis of(String text) {
    int[] chars = text.codePoints().toArray();
    int n = chars.length;
    if (n == 0) {
      return new ScalarAnalysis(0, true, false, false, true, true);
    }
    boolean blockIndicators = false;
    boolean flowIndicators = false;
    boolean lineBreaks = false;
    boolean specialCharacters = false;
    boolean leadingSpace = false;
    boolean leadingBreak = false;
    boolean trailingSpace = false;
    boolean trailingBreak = false;
    boolean breakSpace = false;
    boolean spaceBreak = false;

    if (text.startsWith("---") || text.startsWith("...")) {
      blockIndicators = true;
      flowIndicators = true;
    }
    boolean precededByWhitespace = true;
    boolean followedByWhitespace = n == 1 || isWhitespaceOrBreak(chars[1]);
    boolean previousSpace = false;
    boolean previousBreak = false;

    for (int index = 0; index < n; index++) {
      int ch = chars[index];
      if (index == 0) {
        if ("#,[]{}&*!|>'\"%@`".indexOf(ch) >= 0) {
          flowIndicators = true;
          blockIndicators = true;
        }
        if (ch == '?' || ch == ':') {
          flowIndicators = true;
          blockIndicators |= followedByWhitespace;
        }
        if (ch == '-' && followedByWhitespace) {
          flowIndicators = true;
          blockIndicators = true;
        }
      } else {
        if (",?[]{}".indexOf(ch) >= 0) {
          flowIndicators = true;
        }
        if (ch == ':') {
          flowIndicators = true;
          blockIndicators |= followedByWhitespace;
        }
        if (ch == '#' && precededByWhitespace) {
          flowIndicators = true;
          blockIndicators = true;
        }
      }

      boolean isBreak = isLineBreak(ch);
      lineBreaks |= isBreak;
      if (!(ch == '\n' || (ch >= 0x20 && ch <= 0x7E))) {
        // Printable non-ASCII is special too, since allow_unicode is off.
        specialCharacters = true;
      }

      if (ch == ' ') {
        leadingSpace |= index == 0;
        trailingSpace |= index == n - 1;
        breakSpace |= previousBreak;
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak) {
        leadingBreak |= index == 0;
        trailingBreak |= index == n - 1;
        spaceBreak |= previousSpace;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }

      precededByWhitespace = isWhitespaceOrBreak(ch);
      followedByWhitespace = index + 2 >= n || isWhitespaceOrBreak(chars[index + 2]);
    }

    boolean flowPlain = true;
    boolean blockPlain = true;
    boolean singleQuoted = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
      flowPlain = blockPlain = false;
    }
    if (breakSpace) {
      flowPlain = blockPlain = singleQuoted = false;
    }
    if (spaceBreak || specialCharacters) {
      flowPlain = blockPlain = singleQuoted = false;
    }
    if (lineBreaks) {
      flowPlain = blockPlain = false;
    }
    if (flowIndicators) {
      flowPlain = false;
    }
    if (blockIndicators) {
      blockPlain = false;
    }
    return new ScalarAnalysis(n, false, lineBreaks, flowPlain, blockPlain, singleQuoted);
  }

  /** PyYAML's line breaks: {@code \n}, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
  static boolean isLineBreak(int ch) {
    return ch == '\n' || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
  }

  private static boolean isWhitespaceOrBreak(int ch) {
    return ch == 0 || ch == ' ' || ch == '\t' || ch == '\r' || isLineBreak(ch);
  }
}
