package io.github.ddassets.core.rules;

import java.util.ArrayList;
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
      Rule rule = RuleIds.find(id).orElse(null);
      if (rule == null) {
        problems.add(RuleIds.unknown(id));
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
}
