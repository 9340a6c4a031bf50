package io.github.ddassets.core.model;

/** Line-level comparison of two texts, for messages that say where files differ. */
public final class TextLines {

  private TextLines() {}

  /**
   * The 1-based number of the first line that differs between two {@code \n}-separated texts; when
   * one is a prefix of the other, the first line only one of them has.
   */
  public static int firstDifference(String actual, String expected) {
    String[] a = actual.split("\n", -1);
    String[] b = expected.split("\n", -1);
    int common = Math.min(a.length, b.length);
    for (int i = 0; i < common; i++) {
      if (!a[i].equals(b[i])) {
        return i + 1;
      }
    }
    return common + (a.length == b.length ? 0 : 1);
  }
}
