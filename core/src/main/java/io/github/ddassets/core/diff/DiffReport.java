package io.github.ddassets.core.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every change between two releases, sorted by integration, then impact (breaking first), then
 * subject and name.
 *
 * @param before how the old release was named
 * @param after how the new release was named
 * @param integrations how many integrations the two releases hold together
 * @param changes the changes
 */
public record DiffReport(String before, String after, int integrations, List<Change> changes) {

  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::integration)
          .thenComparing(Change::impact)
          .thenComparing(Change::subject)
          .thenComparing(Change::name)
          .thenComparing(Change::aspect)
          .thenComparing(Change::before)
          .thenComparing(Change::after);

  public DiffReport {
    changes = changes.stream().sorted(ORDER).toList();
  }

  /** How many changes have this impact. */
  public long count(Impact impact) {
    return changes.stream().filter(change -> change.impact() == impact).count();
  }

  /** Whether the comparison fails under this policy. */
  public boolean fails(FailOn failOn) {
    return changes.stream().anyMatch(change -> failOn.failsOn(change.impact()));
  }

  /** {@code Compared 2 integrations: 4 changes (1 breaking, 0 notable, 3 additive).} */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "Compared %d integration%s: %d change%s (%d breaking, %d notable, %d additive).",
        integrations,
        integrations == 1 ? "" : "s",
        changes.size(),
        changes.size() == 1 ? "" : "s",
        count(Impact.BREAKING),
        count(Impact.NOTABLE),
        count(Impact.ADDITIVE));
  }
}
