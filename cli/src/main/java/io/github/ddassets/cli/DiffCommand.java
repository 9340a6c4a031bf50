package io.github.ddassets.cli;

import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.diff.DiffFormat;
import io.github.ddassets.core.diff.DiffPrinter;
import io.github.ddassets.core.diff.DiffReport;
import io.github.ddassets.core.diff.FailOn;
import io.github.ddassets.core.diff.Release;
import io.github.ddassets.core.diff.ReleaseDiff;
import io.github.ddassets.core.diff.ReleaseReader;
import io.github.ddassets.core.diff.UnreadableReleaseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddassets diff}: classifies the changes between two releases of integrations. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two releases of integrations and classify each change as breaking (a metric,"
          + " service check, status or option removed or renamed; a metric's type or unit"
          + " changed; an option made required or retyped; an immutable manifest key changed),"
          + " notable (a description, default or orientation changed) or additive.",
      "OLD and NEW are each an integration folder or a repository of them, a build's generated"
          + " output (target/classes, its META-INF/datadog folder or one integration's folder), or"
          + " a jar holding META-INF/datadog."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no change that --fail-on counts",
      "1:a change that --fail-on counts (by default, a breaking one)",
      "2:usage error, or OLD or NEW cannot be read"
    })
final class DiffCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json, github or sarif (default: ${DEFAULT-VALUE}).")
  DiffFormat format;

  @Mixin PrintOptions printOptions;

  @Option(
      names = "--fail-on",
      defaultValue = "breaking",
      description =
          "breaking, notable (breaking or notable) or none: which changes exit with 1"
              + " (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "A folder of spec templates, looked up before the built-in ones when the options of"
              + " the two specs are expanded.")
  Path templates;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older release.")
  String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer release.")
  String after;

  @Override
  public Integer call() {
    ConfigTemplates configTemplates = TemplateOption.templates(templates, spec.commandLine());
    ReleaseReader reader = new ReleaseReader(configTemplates);
    PrintWriter err = spec.commandLine().getErr();
    DiffReport report;
    try {
      Release old = reader.read(Path.of(before), before);
      Release now = reader.read(Path.of(after), after);
      report = ReleaseDiff.compare(old, now);
    } catch (UnreadableReleaseException e) {
      err.println("ddassets diff: " + e.getMessage());
      err.flush();
      return FriendlyErrors.USAGE;
    }
    PrintSettings settings = printOptions.settings();
    DiffPrinter.print(report, format, settings, spec.commandLine().getOut());
    if (format == DiffFormat.text) {
      err.println(report.summary());
      err.flush();
    }
    return report.fails(failOn) ? 1 : 0;
  }
}
