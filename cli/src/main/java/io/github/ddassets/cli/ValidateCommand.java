package io.github.ddassets.cli;

import io.github.ddassets.core.check.FindingPrinter;
import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.check.FolderReport;
import io.github.ddassets.core.check.OutputFormat;
import io.github.ddassets.core.check.Summary;
import io.github.ddassets.core.check.ValidatedFinding;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.rules.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddassets validate}: checks integration folders against Datadog's rules. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check the manifest.json, metadata.csv, service_checks.json and configuration spec of"
          + " integration folders, and the rules that tie them together.",
      "PATH is an integration folder (repository layout, or all files side by side) or a folder"
          + " holding integration folders (a repository root)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors (warnings allowed)", "1:errors were found", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--profile",
      defaultValue = "strict",
      description =
          "ddev: exactly what ddev enforces; strict: ddev plus Datadog's documented rules (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or github (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "ddev's spec templates folder. Specs resolve their templates there first (then in"
              + " ddassets' built-in set), and example files are compared with the rendering;"
              + " without it, example files are not compared.")
  Path templates;

  @Option(
      names = "--repo-config",
      paramLabel = "FILE",
      description = "The repository's .ddev/config.toml (found next to PATH when not given).")
  Path repoConfig;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Integration folders or repository roots.")
  List<String> paths;

  @Override
  public Integer call() {
    Profile active =
        Profile.parse(profile)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--profile must be ddev or strict, not `" + profile + "`"));
    List<ValidatedFinding> results = new ArrayList<>();
    int integrations = 0;
    int specs = 0;
    for (String shown : paths) {
      Path path = Path.of(shown);
      if (!Files.isDirectory(path)) {
        throw new CommandLine.ParameterException(spec.commandLine(), shown + " is not a folder");
      }
      List<IntegrationFolder> folders = folders(path, shown);
      // The overrides are read before the templates, so that a run with both options wrong
      // names the repository config first.
      RepoOverrides overrides = RepoConfigOption.overrides(repoConfig, path, spec.commandLine());
      FolderCheck check =
          FolderCheck.standard(
              new FolderCheckOptions(
                  TemplateOption.templates(templates, spec.commandLine()),
                  templates != null,
                  overrides,
                  new DisplayPaths(path, shown)));
      // Folders are independent: they are checked on every core, and reported in their order.
      for (FolderReport report : folders.parallelStream().map(check::check).toList()) {
        specs += report.hasSpec() ? 1 : 0;
        report
            .report(active)
            .items()
            .forEach(item -> results.add(ValidatedFinding.of(item.finding(), item.severity())));
        integrations++;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Summary summary = Summary.of(active, integrations, results);
    FindingPrinter.forFormat(format).print(results, summary, out);
    out.flush();
    if (format == OutputFormat.text) {
      if (templates == null && specs > 0) {
        err.println(
            "Example files were not compared with their specs: pass --templates <ddev templates folder> to"
                + " compare them with ddev's rendering.");
      }
      err.println(summary.line());
    }
    return summary.errors() > 0 ? 1 : 0;
  }

  private List<IntegrationFolder> folders(Path path, String shown) {
    try {
      List<IntegrationFolder> folders = IntegrationFolder.under(path);
      if (folders.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            shown
                + " holds no integration folder (no manifest.json, metadata.csv or service_checks.json)");
      }
      return folders;
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot list " + shown + ": " + TextFiles.describe(e));
    }
  }
}
