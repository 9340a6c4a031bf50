package io.github.ddassets.core.read;

import java.util.ArrayList;
import java.util.List;

/** Turns character offsets of a text into 1-based line and column numbers. */
final class LineIndex {

  private final int[] lineStarts;

  LineIndex(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The 1-based line of an offset. */
  int line(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }

  /** The 1-based column of an offset. */
  int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
