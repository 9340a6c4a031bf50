package io.github.ddassets.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The findings that count under one profile, each with its severity.
 *
 * @param profile the active profile
 * @param items the findings of enabled rules, in the order the rules produced them
 */
public record Report(Profile profile, List<Item> items) {

  /**
   * A finding with the severity it has under the report's profile.
   *
   * @param finding the finding
   * @param severity its severity under the active profile
   */
  public record Item(Finding finding, Severity severity) {}

  public Report {
    items = List.copyOf(items);
  }

  /** Keeps the findings whose rule is enabled under {@code profile} and sets their severity. */
  public static Report of(Profile profile, List<Finding> findings) {
    return of(profile, Set.of(), findings);
  }

  /**
   * Keeps the findings whose rule is enabled under {@code profile} and not suppressed, and sets
   * their severity.
   *
   * @param profile the active profile
   * @param suppressed rules the author silenced (see {@link Suppressions})
   * @param findings every finding
   */
  public static Report of(Profile profile, Set<Rule> suppressed, List<Finding> findings) {
    return of(profile, RulePolicy.off(suppressed), findings);
  }

  /**
   * Keeps the findings of the rules the profile and the project's policy enable, each with the
   * severity they give it.
   *
   * @param profile the active profile
   * @param policy the rules the project turned off or set to another severity
   * @param findings every finding
   */
  public static Report of(Profile profile, RulePolicy policy, List<Finding> findings) {
    List<Item> kept = new ArrayList<>();
    for (Finding finding : findings) {
      Optional<Severity> severity = policy.severity(finding.rule(), profile);
      if (severity.isPresent()) {
        kept.add(new Item(finding, severity.get()));
      }
    }
    return new Report(profile, kept);
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** How many findings have the given severity. */
  public long count(Severity severity) {
    long count = 0;
    for (Item item : items) {
      if (item.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  /** How many findings each rule produced, by rule id, sorted. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Item item : items) {
      String id = item.finding().rule().id();
      Integer count = counts.get(id);
      counts.put(id, count == null ? 1 : count + 1);
    }
    return counts;
  }
}
