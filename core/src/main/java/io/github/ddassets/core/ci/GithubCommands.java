package io.github.ddassets.core.ci;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes GitHub Actions workflow commands ({@code ::error file=...::message}) with values escaped as
 * the runner expects.
 *
 * <p>GitHub shows only the first annotations of each level in a step, so beyond {@code limit} of a
 * level the lines are printed plain, and {@link #close} says how many were not annotated: a new
 * finding must not vanish silently behind the first ten.
 */
public final class GithubCommands {

  private final PrintWriter out;
  private final int limit;
  private final Map<String, Integer> annotated = new HashMap<>();
  private int plain;
  private int total;

  /**
   * @param out where the commands go
   * @param limit how many annotations of one level GitHub shows in a step
   */
  public GithubCommands(PrintWriter out, int limit) {
    this.out = out;
    this.limit = limit;
  }

  /**
   * Prints one annotation, or {@code plainLine} once {@code limit} annotations of the level were
   * printed.
   *
   * @param level {@code error}, {@code warning} or {@code notice}
   * @param path the file, or empty for none
   * @param line the line, or 0 when unknown
   * @param column the column, or 0 when unknown
   * @param title the annotation's title, such as a rule id
   * @param message the annotation's text
   * @param plainLine what to print instead beyond the cap
   */
  public void annotate(
      String level,
      String path,
      int line,
      int column,
      String title,
      String message,
      String plainLine) {
    total++;
    if (annotated.merge(level, 1, Integer::sum) > limit) {
      out.println(plainLine);
      plain++;
      return;
    }
    StringBuilder command = new StringBuilder("::").append(level).append(' ');
    if (!path.isEmpty()) {
      command.append("file=").append(property(path));
      if (line > 0) {
        command.append(",line=").append(line);
      }
      if (column > 0) {
        command.append(",col=").append(column);
      }
      command.append(',');
    }
    command.append("title=").append(property(title));
    command.append("::").append(data(message));
    out.println(command);
  }

  /**
   * Prints the summary line and, when some lines were printed plain, a notice saying how many.
   *
   * @param summary the run's summary
   * @param what the plural noun of what was annotated, such as {@code findings} or {@code changes}
   */
  public void close(String summary, String what) {
    out.println(data(summary));
    if (plain > 0) {
      out.println(
          "::notice title=ddassets::"
              + data(
                  plain
                      + " of "
                      + total
                      + " "
                      + what
                      + " were not annotated (GitHub shows "
                      + limit
                      + " of each level in a step); they are printed above as plain lines."));
    }
  }

  /** Escapes a command's message. */
  public static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command's property value, which also ends at {@code :} and {@code ,}. */
  public static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
