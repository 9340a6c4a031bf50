package io.github.ddassets.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules an author silences in a build, such as {@code manifest-key-documented}: a warning they
 * cannot act on should not be printed by every build of theirs. Only what ddev accepts may be
 * silenced ({@link Rule#isSuppressible()}): strict rules and warnings. An error ddev validate
 * reports, or one the generated code depends on, stays an error.
 *
 * @param rules the rules to leave out of reports
 * @param problems why some ids were not accepted, one sentence each
 */
public record Suppressions(Set<Rule> rules, List<String> problems) {

  /** No rule silenced. */
  public static final Suppressions NONE = new Suppressions(Set.of(), List.of());

  public Suppressions {
    rules = Set.copyOf(rules);
    problems = List.copyOf(problems);
  }

  /**
   * Reads a comma-separated list of rule ids; blanks around ids and empty items are ignored.
   *
   * @param ids such as {@code manifest-key-documented,metadata-unsorted}
   */
  public static Suppressions parse(String ids) {
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    List<String> problems = new ArrayList<>();
    for (String item : ids.split(",", -1)) {
      String id = item.trim().toLowerCase(Locale.ROOT);
      if (id.isEmpty()) {
        continue;
      }
      Rule rule = find(id);
      if (rule == null) {
        problems.add("`" + id + "` is not a rule id" + closest(id));
      } else if (!rule.isSuppressible()) {
        problems.add(
            "`"
                + id
                + "` cannot be suppressed: it is an error of the ddev profile, which ddev validate"
                + " or the generated code would refuse all the same");
      } else {
        rules.add(rule);
      }
    }
    return new Suppressions(rules, problems);
  }

  private static Rule find(String id) {
    return Arrays.stream(Rule.values())
        .filter(rule -> rule.id().equals(id))
        .findFirst()
        .orElse(null);
  }

  /** A "did you mean" for an id one or two edits from a rule's, else nothing. */
  private static String closest(String id) {
    return Arrays.stream(Rule.values())
        .map(Rule::id)
        .min(Comparator.comparingInt(known -> EditDistance.between(id, known)))
        .filter(known -> EditDistance.between(id, known) <= 2)
        .map(known -> " (did you mean `" + known + "`?)")
        .orElse(" (the ids are listed in docs/rules.md)");
  }
}
