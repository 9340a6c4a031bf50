package io.github.ddassets.processor;

import io.github.ddassets.core.build.BuildOutcome;
import io.github.ddassets.core.build.BuiltIntegration;
import io.github.ddassets.core.diff.PreviousRelease;
import io.github.ddassets.core.diff.SourceAcknowledgements;
import io.github.ddassets.core.diff.UnreadableReleaseException;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ddassets.previous} option: a previous release (a jar holding {@code META-INF/datadog},
 * a class output or asset folders) the build must not break, unless the sources acknowledge each
 * break.
 */
final class PreviousReleaseOption {

  static final String NAME = "ddassets.previous";

  private final Optional<String> value;

  private PreviousReleaseOption(Optional<String> value) {
    this.value = value;
  }

  static PreviousReleaseOption parse(Map<String, String> options) {
    String value = options.get(NAME);
    return new PreviousReleaseOption(value == null ? Optional.empty() : Optional.of(value.trim()));
  }

  /**
   * Holds a successful build against the previous release and reports what it finds.
   *
   * @return whether the build may still write its files (no error)
   */
  boolean check(
      BuildOutcome outcome,
      SourceAcknowledgements sources,
      ProcessorOptions options,
      DiagnosticReporter reporter) {
    if (value.isEmpty()) {
      return true;
    }
    if (value.get().isEmpty()) {
      reporter.error("-A" + NAME + " needs a jar or a folder");
      return false;
    }
    PreviousRelease previous;
    try {
      previous = PreviousRelease.read(Path.of(value.get()), options.configTemplates());
    } catch (UnreadableReleaseException e) {
      reporter.error("-A" + NAME + ": " + e.getMessage());
      return false;
    }
    List<PreviousRelease.Built> built = new ArrayList<>();
    for (BuiltIntegration integration : outcome.integrations()) {
      built.add(new PreviousRelease.Built(integration.files(), origin(integration)));
    }
    List<Finding> findings = previous.check(built, sources);
    Report report = Report.of(options.profile(), options.suppressed(), findings);
    reporter.report(report);
    return !report.hasErrors();
  }

  /** The {@code @Integration} class: the first origin of an integration's files. */
  private static Origin origin(BuiltIntegration integration) {
    return integration.origins().get(0);
  }
}
