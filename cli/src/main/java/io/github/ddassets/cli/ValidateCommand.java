package io.github.ddassets.cli;

import io.github.ddassets.core.baseline.Baseline;
import io.github.ddassets.core.baseline.BaselineFile;
import io.github.ddassets.core.check.FindingPrinter;
import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.check.FolderReport;
import io.github.ddassets.core.check.OutputFormat;
import io.github.ddassets.core.check.RunResult;
import io.github.ddassets.core.check.Summary;
import io.github.ddassets.core.check.ValidatedFinding;
import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.ProjectFile;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.rules.FailOn;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.RulePolicy;
import io.github.ddassets.core.rules.RuleSet;
import io.github.ddassets.core.rules.Vocabulary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    exitCodeList = {
      "0:no errors (warnings allowed), or only what --fail-on allows",
      "1:errors were found (or warnings, with --fail-on warning)",
      "2:usage error"
    })
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
      description = "text, json, github, sarif or markdown (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin PrintOptions printOptions;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description =
          "Also append a Markdown summary (a table per integration) to FILE, such as"
              + " $GITHUB_STEP_SUMMARY.")
  Path summaryFile;

  @Option(
      names = "--rule",
      paramLabel = "ID=LEVEL",
      description =
          "Set a rule to off, warning or error, whatever the profile; repeatable. Wins over the"
              + " project file's [rules].")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "error (default): errors make the exit code 1; warning: warnings too; none: never.")
  String failOn;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The project file (default: the nearest " + ProjectFile.NAME + " in PATH or above it).")
  Path config;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Report only the findings FILE does not record, and say how many of its entries no"
              + " longer occur.")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description =
          "Record every finding in FILE (replacing it) and exit with 0; later runs pass it to"
              + " --baseline.")
  Path writeBaseline;

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
    RulePolicy commandLine = parseRules();
    Optional<Baseline> known = Optional.ofNullable(baseline).map(this::readBaseline);
    Optional<FailOn> failing = Optional.ofNullable(failOn).map(this::parseFailOn);
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
      Optional<ProjectFile> project = project(path);
      if (failing.isEmpty()) {
        failing = project.flatMap(ProjectFile::failOn);
      }
      RulePolicy policy =
          project.map(ProjectFile::rules).orElse(RulePolicy.NONE).overriddenBy(commandLine);
      DisplayPaths displayPaths = new DisplayPaths(path, shown);
      FolderCheck check =
          new FolderCheck(
              RuleSet.standard()
                  .with(project.map(ProjectFile::vocabulary).orElse(Vocabulary.STANDARD)),
              new FolderCheckOptions(
                  TemplateOption.templates(templates, spec.commandLine()),
                  templates != null,
                  overrides,
                  displayPaths));
      // Folders are independent: they are checked on every core, and reported in their order.
      for (FolderReport report : folders.parallelStream().map(check::check).toList()) {
        specs += report.hasSpec() ? 1 : 0;
        results.addAll(report.validated(active, policy, displayPaths));
        integrations++;
      }
    }
    if (writeBaseline != null) {
      return record(results, Summary.of(active, integrations, results));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunResult run = RunResult.of(active, integrations, results, known);
    Summary summary = run.summary();
    PrintSettings settings = printOptions.settings();
    FindingPrinter.forFormat(format, settings).print(run.findings(), summary, out);
    out.flush();
    if (summaryFile != null) {
      appendSummary(run, summary);
    }
    if (format == OutputFormat.text) {
      if (templates == null && specs > 0) {
        err.println(
            "Example files were not compared with their specs: pass --templates <ddev templates folder> to"
                + " compare them with ddev's rendering.");
      }
      err.println(summary.line());
    }
    return failing.orElse(FailOn.ERROR).fails(summary.errors(), summary.warnings()) ? 1 : 0;
  }

  private RulePolicy parseRules() {
    RulePolicy.Parsed parsed = RulePolicy.parse(rules);
    if (!parsed.problems().isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--rule: " + String.join("; ", parsed.problems()));
    }
    return parsed.policy();
  }

  private FailOn parseFailOn(String text) {
    return FailOn.parse(text)
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--fail-on must be error, warning or none, not `" + text + "`"));
  }

  /** The given project file, else the nearest one in the path or above it. */
  private Optional<ProjectFile> project(Path path) {
    Optional<Path> file = config != null ? Optional.of(config) : ProjectFile.find(path);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ProjectFile.read(file.get(), show(file.get())));
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Baseline readBaseline(Path file) {
    try {
      return BaselineFile.read(file);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--baseline: " + e.getMessage());
    }
  }

  /** Writes every finding into the baseline file; the run then passes. */
  private int record(List<ValidatedFinding> results, Summary summary) {
    Baseline recorded = RunResult.record(results);
    try {
      BaselineFile.write(writeBaseline, recorded);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot write " + writeBaseline + ": " + TextFiles.describe(e));
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(summary.line());
    err.println(
        "Recorded "
            + recorded.size()
            + " finding"
            + (recorded.size() == 1 ? "" : "s")
            + " in "
            + writeBaseline
            + " ("
            + recorded.counts().size()
            + " entries).");
    return 0;
  }

  private void appendSummary(RunResult run, Summary summary) {
    StringWriter text = new StringWriter();
    try (PrintWriter markdown = new PrintWriter(text)) {
      FindingPrinter.forFormat(OutputFormat.markdown).print(run.findings(), summary, markdown);
    }
    try {
      Files.writeString(
          summaryFile,
          text.toString(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot write " + summaryFile + ": " + TextFiles.describe(e));
    }
  }

  /** A path as the user would write it: relative to the working folder when below it. */
  private static String show(Path file) {
    return new DisplayPaths(Path.of(""), "").of(file);
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
