package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.Origin;
import java.util.Objects;

/**
 * One thing a rule found, before a profile decides whether it counts and how much.
 *
 * @param rule the rule that fired
 * @param origin where the offending value was written
 * @param message what is wrong, in one sentence
 * @param hint how to fix it, or empty
 */
public record Finding(Rule rule, Origin origin, String message, String hint) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** This finding with a hint added. */
  public Finding withHint(String newHint) {
    return new Finding(rule, origin, message, newHint);
  }

  /** The message, prefixed with the rule id and followed by the hint when there is one. */
  public String text() {
    String base = "[" + rule.id() + "] " + message;
    return hint.isEmpty() ? base : base + " (" + hint + ")";
  }
}
