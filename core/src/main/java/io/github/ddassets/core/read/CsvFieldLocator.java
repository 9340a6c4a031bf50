package io.github.ddassets.core.read;

/**
 * Finds where each field of a CSV record starts, so that findings can name a column.
 *
 * <p>Commons CSV reports where a record starts but not where its fields do; this scanner follows
 * the same quoting rules (a quote opens a quoted field only at the start of the field) over the
 * record's text.
 */
final class CsvFieldLocator {

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private CsvFieldLocator() {}

  /** The offsets of the first {@code count} fields of the record starting at {@code start}. */
  static int[] fieldStarts(String text, int start, int count) {
    int[] starts = new int[Math.max(count, 1)];
    starts[0] = start;
    int field = 1;
    State state = State.FIELD_START;
    for (int i = start; i < text.length() && field < count; i++) {
      char c = text.charAt(i);
      switch (state) {
        case FIELD_START -> state = c == '"' ? State.QUOTED : State.UNQUOTED;
        case QUOTED -> state = c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
        case QUOTE_IN_QUOTED -> state = c == '"' ? State.QUOTED : State.UNQUOTED;
        case UNQUOTED -> {}
      }
      if (state != State.QUOTED && c == '\n') {
        break;
      }
      if (state != State.QUOTED && c == ',') {
        starts[field++] = i + 1;
        state = State.FIELD_START;
      }
    }
    for (; field < count; field++) {
      starts[field] = starts[field - 1];
    }
    return starts;
  }
}
