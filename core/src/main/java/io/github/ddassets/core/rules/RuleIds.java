package io.github.ddassets.core.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Looks rules up by the id a user typed, with a suggestion when the id is no rule's. */
final class RuleIds {

  private RuleIds() {}

  /** The rule with this id, if any. */
  static Optional<Rule> find(String id) {
    return Arrays.stream(Rule.values()).filter(rule -> rule.id().equals(id)).findFirst();
  }

  /** Why an id is not accepted: {@code `x` is not a rule id} and a "did you mean". */
  static String unknown(String id) {
    return "`" + id + "` is not a rule id" + closest(id);
  }

  /** A "did you mean" for an id one or two edits from a rule's, else where the ids are listed. */
  private static String closest(String id) {
    return Arrays.stream(Rule.values())
        .map(Rule::id)
        .min(Comparator.comparingInt(known -> EditDistance.between(id, known)))
        .filter(known -> EditDistance.between(id, known) <= 2)
        .map(known -> " (did you mean `" + known + "`?)")
        .orElse(" (the ids are listed in docs/rules.md)");
  }
}
