package io.github.ddassets.core.diff;

import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.diff.SourceAcknowledgements.Declared;
import io.github.ddassets.core.model.Origin;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one breaking change of a build against the previous release, whether the sources
 * acknowledge it, where to report it when they do not, and what to write to acknowledge it.
 */
final class BreakJudge {

  /**
   * The judgement of one change.
   *
   * @param acknowledged whether the sources acknowledge it
   * @param origin the declaration to report it on
   * @param hint how to acknowledge it, or why it cannot be
   */
  record Verdict(boolean acknowledged, Origin origin, String hint) {}

  private static final String ACCEPTED =
      "@Integration(" + Vocabulary.Integration.ACCEPTED_BREAKS + " = ...)";

  private final SourceAcknowledgements sources;
  private final Origin integration;
  private final Set<String> used;

  /**
   * @param sources what the sources declare
   * @param integration the {@code @Integration} class, for changes no other declaration holds
   * @param used the acknowledgements that matched a change so far, added to as they match
   */
  BreakJudge(SourceAcknowledgements sources, Origin integration, Set<String> used) {
    this.sources = sources;
    this.integration = integration;
    this.used = used;
  }

  Verdict judge(Change change) {
    return switch (change.subject()) {
      case METRIC ->
          declared(
              change, sources.metric(change.after()), sources.metric(change.name()), "@Metric");
      case SERVICE_CHECK ->
          declared(
              change,
              sources.serviceCheck(change.after()),
              sources.serviceCheck(change.name()),
              "@ServiceCheck");
      case OPTION -> accepted(change, sources.option(change.name()).orElse(integration));
      case MANIFEST ->
          change.aspect().equals("immutable")
              ? new Verdict(
                  false,
                  integration,
                  "Datadog refuses the change once the integration is published; keep the old"
                      + " value")
              : accepted(change, integration);
      case INTEGRATION -> accepted(change, integration);
    };
  }

  /**
   * A change of a metric or service check: a removal is acknowledged by a successor's {@code
   * replaces} or by {@code acceptedBreaks}; a rename by the successor's {@code replaces}; any other
   * change by the declaration's {@code breaking}.
   */
  private Verdict declared(
      Change change, Optional<Declared> successor, Optional<Declared> self, String annotation) {
    String name = change.name();
    switch (change.aspect()) {
      case "removed" -> {
        if (replacedByAny(change.subject(), name) || acceptedBreak(name)) {
          return new Verdict(true, integration, "");
        }
        return new Verdict(
            false,
            integration,
            "if it was renamed, write "
                + Vocabulary.Metric.REPLACES
                + " = \""
                + name
                + "\" in the "
                + annotation
                + " of its successor; if it is removed on purpose, name it in "
                + ACCEPTED);
      }
      case "renamed" -> {
        Origin origin = successor.map(Declared::origin).orElse(integration);
        if (successor.filter(declared -> replaces(declared, name)).isPresent()
            || acceptedBreak(name)) {
          return new Verdict(true, origin, "");
        }
        return new Verdict(
            false,
            origin,
            "if the rename is deliberate, write "
                + Vocabulary.Metric.REPLACES
                + " = \""
                + name
                + "\" in its "
                + annotation);
      }
      default -> {
        Origin origin =
            self.map(declared -> declared.origin().attribute(attribute(change)))
                .orElse(integration);
        if (self.filter(declared -> !declared.breaking().isEmpty()).isPresent()) {
          used.add(breakingKey(change.subject(), self.get().name()));
          return new Verdict(true, origin, "");
        }
        if (acceptedBreak(name)) {
          return new Verdict(true, origin, "");
        }
        return new Verdict(
            false,
            origin,
            "if the change is deliberate, say why with "
                + annotation
                + "("
                + Vocabulary.Metric.BREAKING
                + " = \"...\")");
      }
    }
  }

  private Verdict accepted(Change change, Origin origin) {
    if (acceptedBreak(change.name())) {
      return new Verdict(true, origin, "");
    }
    return new Verdict(
        false, origin, "if the change is deliberate, name `" + change.name() + "` in " + ACCEPTED);
  }

  private boolean replacedByAny(Subject subject, String name) {
    var declared =
        subject == Subject.METRIC ? sources.metrics().values() : sources.serviceChecks().values();
    boolean replaced = false;
    for (Declared successor : declared) {
      replaced |= replaces(successor, name);
    }
    return replaced;
  }

  /**
   * Whether a declaration replaces a name: the name itself, or a series of a replaced histogram.
   */
  private boolean replaces(Declared declared, String name) {
    for (String old : declared.replaces()) {
      if (name.equals(old) || name.startsWith(old + ".")) {
        used.add(replacesKey(declared.name(), old));
        return true;
      }
    }
    return false;
  }

  private boolean acceptedBreak(String name) {
    if (sources.acceptedBreaks().containsKey(name)) {
      used.add(acceptedKey(name));
      return true;
    }
    return false;
  }

  /** The annotation attribute a change of a metric or service check concerns. */
  private static String attribute(Change change) {
    return switch (change.aspect()) {
      case "type" -> Vocabulary.Metric.TYPE;
      case "unit" -> Vocabulary.Metric.UNIT;
      case "per-unit" -> Vocabulary.Metric.PER_UNIT;
      case "status-removed" -> Vocabulary.ServiceCheck.STATUSES;
      default -> "";
    };
  }

  static String replacesKey(String declared, String old) {
    return "replaces\u0000" + declared + "\u0000" + old;
  }

  static String breakingKey(Subject subject, String declared) {
    return "breaking\u0000" + subject + "\u0000" + declared;
  }

  static String acceptedKey(String name) {
    return "accepted\u0000" + name;
  }
}
