package io.github.ddassets.core.input;

import java.io.IOException;

/** Bytes that are not UTF-8, with the line and column of the first bad byte. */
public final class MalformedTextException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String detail;

  MalformedTextException(int line, int column, String detail) {
    super("not valid UTF-8 text");
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /** The text decoded before the bad byte, and that byte. */
  static MalformedTextException after(CharSequence decoded, byte bad) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == decoded.length() || decoded.charAt(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new MalformedTextException(
        line, column, String.format("byte 0x%02x", Byte.toUnsignedInt(bad)));
  }

  /** The 1-based line of the first bad byte. */
  public int line() {
    return line;
  }

  /** The 1-based column (in characters) of the first bad byte. */
  public int column() {
    return column;
  }

  /** The bad byte, such as {@code byte 0xff}. */
  public String detail() {
    return detail;
  }
}
