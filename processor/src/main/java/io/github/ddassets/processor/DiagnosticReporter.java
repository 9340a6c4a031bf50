package io.github.ddassets.processor;

import io.github.ddassets.core.output.CommittedCopies;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic;

/**
 * Prints a report through javac's {@link Messager}, each finding on its element, annotation and
 * annotation value, so that the IDE underlines exactly the offending attribute.
 */
final class DiagnosticReporter {

  /** Hints that only make sense in Java sources, added to the rule's own message. */
  private static final Map<Rule, String> SOURCE_HINTS =
      Map.of(
          Rule.SERVICE_CHECKS_AGENT_VERSION,
          "set agentVersion = \"7.59.0\" on @ServiceCheck, or pass -Addassets.agentVersion=7.59.0",
          Rule.METADATA_DESCRIPTION_EMPTY,
          "set description = \"...\" or write a Javadoc comment on the constant",
          Rule.SERVICE_CHECKS_DESCRIPTION_REQUIRED,
          "set description = \"...\" or write a Javadoc comment on the constant",
          Rule.SPEC_OPTION_DESCRIPTION,
          "set description = \"...\" on @Param, or write a @param tag in the record's Javadoc",
          Rule.SPEC_BOOLEAN_EXAMPLE,
          "set example = \"true\" or example = \"false\" on @Param",
          Rule.MANIFEST_CHECK_EMPTY,
          "mark the metrics submitted on every run with @Metric(emittedEveryRun = true)",
          Rule.MANIFEST_KEY_REQUIRED,
          "set it with an attribute of @Listing, @Tile or @Author, or merge a base manifest"
              + " with @Integration(manifest = ...)");

  private final Messager messager;
  private final HostPlacement placement;

  DiagnosticReporter(Messager messager, HostPlacement placement) {
    this.messager = messager;
    this.placement = placement;
  }

  /** Tells which check class each configuration record belongs to (see {@link HostPlacement}). */
  void recordOwners(Map<String, String> owners) {
    placement.recordOwners(owners);
  }

  /**
   * Prints every item of the report once; a histogram's five rows that share one mistake print it
   * once.
   */
  void report(Report report) {
    Set<List<Object>> printed = new HashSet<>();
    for (Report.Item item : report.items()) {
      Finding finding = withSourceHint(item.finding());
      Diagnostic.Kind kind =
          item.severity() == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
      if (printed.add(key(finding))) {
        print(kind, finding);
      }
    }
  }

  /** Prints an error that no rule produced (bad options, I/O failures, drift). */
  void error(String message) {
    messager.printMessage(Diagnostic.Kind.ERROR, message);
  }

  /** Prints a note. */
  void note(String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, message);
  }

  /** Prints what a committed copy's sync or verify has to say. */
  void print(CommittedCopies.Message message) {
    if (message.error()) {
      error(message.text());
    } else {
      note(message.text());
    }
  }

  private void print(Diagnostic.Kind kind, Finding finding) {
    if (finding.origin() instanceof ElementOrigin origin) {
      Optional<HostPlacement.Relocation> relocation = placement.relocate(origin.element());
      if (relocation.isPresent()) {
        messager.printMessage(
            kind, finding.text() + relocation.get().note(), relocation.get().target());
        return;
      }
      AnnotationValue value = origin.value();
      if (value != null) {
        messager.printMessage(kind, finding.text(), origin.element(), origin.mirror(), value);
      } else if (origin.mirror() != null) {
        messager.printMessage(kind, finding.text(), origin.element(), origin.mirror());
      } else {
        messager.printMessage(kind, finding.text(), origin.element());
      }
    } else {
      String where = finding.origin().describe();
      messager.printMessage(kind, where.isEmpty() ? finding.text() : where + ": " + finding.text());
    }
  }

  private static Finding withSourceHint(Finding finding) {
    if (!(finding.origin() instanceof ElementOrigin)) {
      return finding; // a finding on a base manifest's line: the file's own wording applies
    }
    String hint = SOURCE_HINTS.get(finding.rule());
    return hint == null || !finding.hint().isEmpty() ? finding : finding.withHint(hint);
  }

  /** What makes two findings the same mistake: the place and the rule, not the series name. */
  private static List<Object> key(Finding finding) {
    if (finding.origin() instanceof ElementOrigin) {
      return List.of(finding.rule(), finding.origin());
    }
    return List.of(finding.rule(), finding.origin().describe(), finding.message());
  }
}
