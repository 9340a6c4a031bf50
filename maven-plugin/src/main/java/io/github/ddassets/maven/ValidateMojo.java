package io.github.ddassets.maven;

import io.github.ddassets.core.baseline.Baseline;
import io.github.ddassets.core.baseline.BaselineFile;
import io.github.ddassets.core.check.OutputFormat;
import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.check.RunResult;
import io.github.ddassets.core.check.Summary;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.rules.FailOn;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.RulePolicy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Validates hand-written integration folders against Datadog's rules, as {@code ddassets validate}
 * does: the {@code manifest.json}, {@code metadata.csv}, {@code service_checks.json} and
 * configuration spec of each folder, and the rules that tie them together.
 *
 * <p>Findings are printed as {@code path:line:column: severity: [rule-id] message}, with paths
 * relative to the module, or as JSON or GitHub workflow commands. Bound to the {@code validate}
 * phase, so a broken folder stops the build before anything is compiled.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

  /** The module being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The folder Maven was started in: GitHub workflow commands name files relative to it. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  String executionRoot;

  /**
   * The folders to validate: integration folders (repository layout, or all files side by side) or
   * folders holding integration folders. Relative paths are resolved against the module's folder.
   * Default: the module's {@code assets} folder, when it exists (when it does not, there is nothing
   * to validate, as before the first sync of a committed copy).
   */
  @Parameter(property = "ddassets.folders")
  List<File> folders;

  /**
   * Which rules apply: {@code ddev}, exactly what {@code ddev validate} enforces, or {@code
   * strict}, ddev's rules plus Datadog's documented ones.
   */
  @Parameter(property = "ddassets.profile", defaultValue = "strict")
  String profile;

  /**
   * How findings are printed: {@code text} (through Maven's log), {@code json} (one document on the
   * standard output), {@code github} (GitHub Actions workflow commands on the standard output,
   * which annotate a pull request; their paths are relative to the folder Maven was started in,
   * normally the repository's root), {@code sarif} (a SARIF 2.1.0 log whose locations are relative
   * to that folder too) or {@code markdown} (a table per integration).
   */
  @Parameter(property = "ddassets.format", defaultValue = "text")
  String format;

  /**
   * Which findings fail the build: {@code error} (errors only), {@code warning} (errors and
   * warnings) or {@code none} (report only).
   */
  @Parameter(property = "ddassets.failOn")
  String failOn;

  /**
   * Rule levels, each {@code <rule-id>=off|warning|error}, whatever the profile; they win over the
   * project file's {@code [rules]}. Comma-separated on the command line.
   */
  @Parameter(property = "ddassets.rules")
  List<String> rules;

  /**
   * The project file. Default: the nearest {@code .ddassets.toml} in each validated folder or above
   * it.
   */
  @Parameter(property = "ddassets.config")
  File config;

  /**
   * A baseline file, as {@code ddassets validate --write-baseline} or {@code writeBaseline} writes
   * it: the findings it records are not reported, and the goal says how many of its entries no
   * longer occur. Relative paths are resolved against the module's folder.
   */
  @Parameter(property = "ddassets.baseline")
  File baseline;

  /**
   * Records every finding in this baseline file (replacing it) and passes; later builds set {@code
   * baseline} to it. Relative paths are resolved against the module's folder.
   */
  @Parameter(property = "ddassets.writeBaseline")
  File writeBaseline;

  /** This plugin's version, named in SARIF logs. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /**
   * ddev's configuration-spec templates folder ({@code templates/configuration}). Specs resolve
   * their templates there first, then in ddassets' built-in set, and each example file is compared
   * with the spec's rendering; without it, example files are not compared.
   */
  @Parameter(property = "ddassets.templates")
  File templates;

  /**
   * The repository's {@code .ddev/config.toml}, for the metric prefix of an integration without a
   * manifest. Default: the one found in each folder or its parent, if any.
   */
  @Parameter(property = "ddassets.repoConfig")
  File repoConfig;

  /**
   * A file to write the findings to, in the chosen format, instead of printing them; the summary is
   * still logged. Relative paths are resolved against the module's folder.
   */
  @Parameter(property = "ddassets.outputFile")
  File outputFile;

  /** Skips the goal. */
  @Parameter(property = "ddassets.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped: ddassets.skip is set.");
      return;
    }
    Profile active =
        Profile.parse(profile).orElseThrow(() -> invalid("profile", profile, "ddev or strict"));
    OutputFormat output = format(format);
    Optional<FailOn> configured = Optional.empty();
    if (failOn != null) {
      configured =
          Optional.of(
              FailOn.parse(failOn)
                  .orElseThrow(() -> invalid("failOn", failOn, "error, warning or none")));
    }
    RulePolicy.Parsed levels = RulePolicy.parse(rules == null ? List.of() : rules);
    if (!levels.problems().isEmpty()) {
      throw new MojoExecutionException("rules: " + String.join("; ", levels.problems()));
    }
    ModuleFolder module = new ModuleFolder(project.getBasedir().toPath());
    if ((folders == null || folders.isEmpty()) && !Files.isDirectory(defaultFolder(module))) {
      // Not an error: the committed copy that usually lives there is created by a later sync.
      getLog()
          .info("Nothing to validate: " + module.show(defaultFolder(module)) + " does not exist.");
      return;
    }
    ModuleFolder display =
        output == OutputFormat.github && executionRoot != null
            ? new ModuleFolder(Path.of(executionRoot))
            : module;
    FolderValidation.Result result =
        new FolderValidation(
                active,
                templates(module),
                templates != null,
                Optional.ofNullable(repoConfig).map(module::resolve),
                levels.policy(),
                Optional.ofNullable(config).map(module::resolve))
            .run(paths(module), display);
    FailOn failing = configured.or(result::failOn).orElse(FailOn.ERROR);
    if (writeBaseline != null) {
      record(result, active, module);
      return;
    }
    RunResult run =
        RunResult.of(active, result.integrations(), result.findings(), baseline(module));
    Summary summary = run.summary();
    PrintSettings settings =
        new PrintSettings(
            pluginVersion == null ? "unknown" : pluginVersion,
            display.root(),
            executionRoot == null ? module.root() : Path.of(executionRoot),
            PrintSettings.GITHUB_ANNOTATIONS);
    if (outputFile == null) {
      FindingOutput.print(output, run.findings(), summary, settings, getLog(), System.out);
    } else {
      write(output, run, settings, module);
    }
    if (templates == null && result.specs() > 0) {
      getLog()
          .info(
              "Example files were not compared with their specs: set templates (ddassets.templates)"
                  + " to ddev's templates folder to compare them with ddev's rendering.");
    }
    if (failing.fails(summary.errors(), summary.warnings())) {
      throw new MojoFailureException(
          summary.line()
              + (failing == FailOn.WARNING
                  ? " Warnings fail the build too (failOn warning)."
                  : ""));
    }
    getLog().info(summary.line());
  }

  private List<Path> paths(ModuleFolder module) {
    if (folders == null || folders.isEmpty()) {
      return List.of(defaultFolder(module));
    }
    List<Path> paths = new ArrayList<>();
    folders.forEach(folder -> paths.add(module.resolve(folder)));
    return paths;
  }

  private static Path defaultFolder(ModuleFolder module) {
    return module.root().resolve("assets");
  }

  private ConfigTemplates templates(ModuleFolder module) throws MojoExecutionException {
    List<TemplateRoot> roots = new ArrayList<>();
    if (templates != null) {
      Path dir = module.resolve(templates);
      if (!Files.isDirectory(dir)) {
        throw new MojoExecutionException(
            "templates " + module.show(dir) + " is not a folder: give ddev's templates folder.");
      }
      roots.add(TemplateRoot.directory(dir, module.show(dir)));
    }
    roots.add(TemplateRoot.builtIn());
    return new ConfigTemplates(roots);
  }

  private Optional<Baseline> baseline(ModuleFolder module) throws MojoExecutionException {
    if (baseline == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(BaselineFile.read(module.resolve(baseline)));
    } catch (IOException e) {
      throw new MojoExecutionException("baseline: " + e.getMessage());
    }
  }

  /** Writes every finding into the baseline file; the goal then passes. */
  private void record(FolderValidation.Result result, Profile active, ModuleFolder module)
      throws MojoExecutionException {
    Path file = module.resolve(writeBaseline);
    Baseline recorded = RunResult.record(result.findings());
    try {
      BaselineFile.write(file, recorded);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write " + module.show(file) + ": " + TextFiles.describe(e));
    }
    getLog().info(Summary.of(active, result.integrations(), result.findings()).line());
    getLog()
        .info(
            "Recorded "
                + recorded.size()
                + " finding(s) in "
                + module.show(file)
                + " ("
                + recorded.counts().size()
                + " entries).");
  }

  private void write(
      OutputFormat output, RunResult run, PrintSettings settings, ModuleFolder module)
      throws MojoExecutionException {
    Summary summary = run.summary();
    Path file = module.resolve(outputFile);
    try {
      FindingOutput.write(output, run.findings(), summary, settings, file);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write " + module.show(file) + ": " + TextFiles.describe(e));
    }
    getLog().info("Wrote the findings to " + module.show(file) + " (" + output + ").");
  }

  private static OutputFormat format(String text) throws MojoExecutionException {
    for (OutputFormat value : OutputFormat.values()) {
      if (value.name().equalsIgnoreCase(text.trim())) {
        return value;
      }
    }
    throw invalid(
        "format",
        text,
        Arrays.stream(OutputFormat.values())
            .map(OutputFormat::name)
            .collect(Collectors.joining(", ")));
  }

  private static MojoExecutionException invalid(String parameter, String value, String allowed) {
    return new MojoExecutionException(parameter + " must be " + allowed + ", not `" + value + "`.");
  }
}
