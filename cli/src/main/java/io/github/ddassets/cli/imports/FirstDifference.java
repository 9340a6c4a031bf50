package io.github.ddassets.cli.imports;

import java.util.List;

/** Where two texts first differ, line by line, in one phrase a note or a report can show. */
final class FirstDifference {

  private static final int SHOWN = 100;

  private FirstDifference() {}

  /** {@code line 3: `a` became `b`}, or what differs when every line is the same. */
  static String of(String expected, String actual) {
    List<String> left = expected.lines().toList();
    List<String> right = actual.lines().toList();
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String a = i < left.size() ? left.get(i) : "(end of file)";
      String b = i < right.size() ? right.get(i) : "(end of file)";
      if (!a.equals(b)) {
        return "line " + (i + 1) + ": `" + cut(a) + "` became `" + cut(b) + "`";
      }
    }
    return "line endings or final newline differ";
  }

  private static String cut(String line) {
    return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 3) + "...";
  }
}
