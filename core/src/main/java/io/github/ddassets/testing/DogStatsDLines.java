package io.github.ddassets.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the text of DogStatsD datagrams, as a test's UDP listener receives them: one submission a
 * line, several lines a datagram.
 *
 * <ul>
 *   <li>a metric: {@code name:value|type|@rate|#tag1,tag2|c:container|T1700000000}, fields after
 *       the type in any order;
 *   <li>a service check: {@code _sc|name|status|d:timestamp|h:host|#tags|m:message};
 *   <li>an event ({@code _e{...}}) is skipped.
 * </ul>
 */
public final class DogStatsDLines {

  private DogStatsDLines() {}

  /**
   * What a set of datagrams held.
   *
   * @param metrics the metric submissions, in order
   * @param serviceChecks the service checks, in order
   */
  public record Submissions(
      List<SubmittedMetric> metrics, List<SubmittedServiceCheck> serviceChecks) {

    public Submissions {
      metrics = List.copyOf(metrics);
      serviceChecks = List.copyOf(serviceChecks);
    }
  }

  /**
   * Parses the text of datagrams.
   *
   * @throws IllegalArgumentException naming the line that is not DogStatsD
   */
  public static Submissions parse(List<String> datagrams) {
    List<SubmittedMetric> metrics = new ArrayList<>();
    List<SubmittedServiceCheck> checks = new ArrayList<>();
    for (String datagram : datagrams) {
      for (String line : datagram.split("\n")) {
        if (line.isEmpty() || line.startsWith("_e{")) {
          continue;
        }
        if (line.startsWith("_sc|")) {
          checks.add(serviceCheck(line));
        } else {
          metrics.add(metric(line));
        }
      }
    }
    return new Submissions(metrics, checks);
  }

  /** Parses one metric line. */
  public static SubmittedMetric metric(String line) {
    String[] fields = line.split("\\|");
    int colon = fields[0].indexOf(':');
    if (fields.length < 2 || colon <= 0) {
      throw new IllegalArgumentException("not a DogStatsD metric: `" + line + "`");
    }
    SubmissionType type;
    try {
      type = SubmissionType.ofCode(fields[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + " in `" + line + "`", e);
    }
    return new SubmittedMetric(fields[0].substring(0, colon), type, tags(fields, 2));
  }

  /** Parses one service check line. */
  public static SubmittedServiceCheck serviceCheck(String line) {
    // The message comes last and may itself hold a |: it runs to the end of the line.
    int messageStart = line.indexOf("|m:");
    String head = messageStart < 0 ? line : line.substring(0, messageStart);
    String message = messageStart < 0 ? "" : unescape(line.substring(messageStart + 3));
    String[] fields = head.split("\\|");
    if (fields.length < 3 || !fields[0].equals("_sc")) {
      throw new IllegalArgumentException("not a DogStatsD service check: `" + line + "`");
    }
    int status;
    try {
      status = Integer.parseInt(fields[2]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("service check status is not a number: `" + line + "`");
    }
    return new SubmittedServiceCheck(fields[1], status, tags(fields, 3), message);
  }

  private static List<String> tags(String[] fields, int from) {
    for (int i = from; i < fields.length; i++) {
      if (fields[i].startsWith("#")) {
        return Arrays.stream(fields[i].substring(1).split(",")).filter(t -> !t.isEmpty()).toList();
      }
    }
    return List.of();
  }

  /** DogStatsD clients write a message's line breaks as {@code \n}. */
  private static String unescape(String message) {
    return message.replace("\\n", "\n");
  }
}
