package io.github.ddassets.processor;

import io.github.ddassets.core.baseline.Baseline;
import io.github.ddassets.core.baseline.BaselineFile;
import io.github.ddassets.core.build.BuildSettings;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.output.CommittedCopies;
import io.github.ddassets.core.read.ProjectFile;
import io.github.ddassets.core.rules.FailOn;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.RulePolicy;
import io.github.ddassets.core.rules.Suppressions;
import io.github.ddassets.core.rules.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processor's {@code -A} options.
 *
 * @param profile {@code ddassets.profile}: which rules apply (default strict)
 * @param agentVersion {@code ddassets.agentVersion}: the default Agent version of service checks
 * @param verify {@code ddassets.verify}: a folder of committed copies to compare with
 * @param sync {@code ddassets.sync}: a folder to write the generated files into
 * @param templates {@code ddassets.templates}: a folder of spec templates, such as ddev's own,
 *     looked up before the built-in ones
 * @param manifest {@code ddassets.manifest}: the base manifest, or a folder holding {@code
 *     <name>/manifest.json}
 * @param loader {@code ddassets.loader}: whether to generate configuration loaders (default true);
 *     a check that reads its configuration otherwise turns them off, and with them the need for
 *     SnakeYAML
 * @param manifestNewline {@code ddassets.manifestNewline}: {@code keep} (the base manifest's final
 *     newline, none without one), {@code always} or {@code never}
 * @param suppressed {@code ddassets.suppress}: the rules whose findings the author silenced
 * @param rules {@code ddassets.rules}, over the {@code [rules]} of {@code ddassets.config}: the
 *     levels the author set for rules
 * @param failOn {@code ddassets.failOn}, else the project file's {@code fail-on}: {@code warning}
 *     makes warnings errors
 * @param vocabulary the units, classifier tags and global prefixes {@code ddassets.config} adds
 * @param baseline {@code ddassets.baseline}: the findings recorded as known
 * @param writeBaseline {@code ddassets.writeBaseline}: where to record this build's findings
 * @param problems options that could not be understood
 */
record ProcessorOptions(
    Profile profile,
    String agentVersion,
    Optional<Path> verify,
    Optional<Path> sync,
    Optional<Path> templates,
    Optional<Path> manifest,
    boolean loader,
    String manifestNewline,
    Set<Rule> suppressed,
    RulePolicy rules,
    FailOn failOn,
    Vocabulary vocabulary,
    Baseline baseline,
    Optional<Path> writeBaseline,
    List<String> problems) {

  static final String PROFILE = "ddassets.profile";
  static final String AGENT_VERSION = "ddassets.agentVersion";
  static final String VERIFY = "ddassets.verify";
  static final String SYNC = "ddassets.sync";
  static final String TEMPLATES = "ddassets.templates";
  static final String MANIFEST = "ddassets.manifest";
  static final String MANIFEST_NEWLINE = "ddassets.manifestNewline";
  static final String LOADER = "ddassets.loader";
  static final String WARM_UP = "ddassets.warmUp";
  static final String SUPPRESS = "ddassets.suppress";
  static final String RULES = "ddassets.rules";
  static final String FAIL_ON = "ddassets.failOn";
  static final String CONFIG = "ddassets.config";
  static final String BASELINE = "ddassets.baseline";
  static final String WRITE_BASELINE = "ddassets.writeBaseline";

  /** The options this processor understands. */
  static final Set<String> NAMES =
      Set.of(
          PROFILE,
          AGENT_VERSION,
          VERIFY,
          SYNC,
          TEMPLATES,
          MANIFEST,
          MANIFEST_NEWLINE,
          LOADER,
          WARM_UP,
          SUPPRESS,
          RULES,
          FAIL_ON,
          CONFIG,
          BASELINE,
          WRITE_BASELINE,
          PreviousReleaseOption.NAME);

  private static final List<String> NEWLINES = List.of("keep", "always", "never");

  static ProcessorOptions parse(Map<String, String> options) {
    List<String> problems = new ArrayList<>();
    Profile profile = Profile.STRICT;
    String profileText = options.get(PROFILE);
    if (profileText != null) {
      Optional<Profile> parsed = Profile.parse(profileText);
      if (parsed.isEmpty()) {
        problems.add("-A" + PROFILE + "=" + profileText + " is not a profile: use ddev or strict");
      }
      profile = parsed.orElse(Profile.STRICT);
    }
    Optional<ProjectFile> project = project(options, problems);
    RulePolicy projectRules = project.isPresent() ? project.get().rules() : RulePolicy.NONE;
    RulePolicy rules = projectRules.overriddenBy(rules(options, problems));
    problems.addAll(rules.refusedInBuilds());
    // ddassets.warmUp acts before the options are parsed (see BackgroundWarmUp); here only a
    // value that is neither true nor false is reported.
    flag(options, WARM_UP, problems);
    return new ProcessorOptions(
        profile,
        options.getOrDefault(AGENT_VERSION, "").trim(),
        folder(options, VERIFY, problems),
        folder(options, SYNC, problems),
        templatesFolder(options, problems),
        manifest(options, problems),
        flag(options, LOADER, problems),
        newline(options, problems),
        suppressed(options, problems),
        rules,
        failOn(options, project, problems),
        project.isPresent() ? project.get().vocabulary() : Vocabulary.STANDARD,
        baseline(options, problems),
        folder(options, WRITE_BASELINE, problems),
        problems);
  }

  private static Optional<ProjectFile> project(Map<String, String> options, List<String> problems) {
    Optional<Path> file = folder(options, CONFIG, problems);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ProjectFile.read(file.get(), file.get().toString()));
    } catch (IOException e) {
      problems.add("-A" + CONFIG + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static RulePolicy rules(Map<String, String> options, List<String> problems) {
    RulePolicy.Parsed parsed =
        RulePolicy.parse(List.of(options.getOrDefault(RULES, "").split(",", -1)));
    for (String problem : parsed.problems()) {
      problems.add("-A" + RULES + ": " + problem);
    }
    return parsed.policy();
  }

  private static FailOn failOn(
      Map<String, String> options, Optional<ProjectFile> project, List<String> problems) {
    String text = options.get(FAIL_ON);
    if (text == null) {
      FailOn configured = project.isPresent() ? allowed(project.get().failOn()) : null;
      return configured != null ? configured : FailOn.ERROR;
    }
    FailOn value = allowed(FailOn.parse(text));
    if (value == null) {
      problems.add(
          "-A"
              + FAIL_ON
              + "="
              + text
              + " is not error or warning (a build cannot write files with errors, so none is"
              + " not allowed)");
      return FailOn.ERROR;
    }
    return value;
  }

  /** The threshold, unless absent or none; else null. */
  private static FailOn allowed(Optional<FailOn> value) {
    return value.isPresent() && value.get() != FailOn.NONE ? value.get() : null;
  }

  private static Baseline baseline(Map<String, String> options, List<String> problems) {
    Optional<Path> file = folder(options, BASELINE, problems);
    if (file.isEmpty()) {
      return Baseline.EMPTY;
    }
    try {
      return BaselineFile.read(file.get());
    } catch (IOException e) {
      problems.add("-A" + BASELINE + ": " + e.getMessage());
      return Baseline.EMPTY;
    }
  }

  private static Set<Rule> suppressed(Map<String, String> options, List<String> problems) {
    Suppressions suppressions = Suppressions.parse(options.getOrDefault(SUPPRESS, ""));
    for (String problem : suppressions.problems()) {
      problems.add("-A" + SUPPRESS + ": " + problem);
    }
    return suppressions.rules();
  }

  /**
   * Whether {@code ddassets.warmUp} leaves the warm-up on, read before the other options are (an
   * invalid value is reported with them, and leaves it on).
   */
  static boolean warmUpRequested(Map<String, String> options) {
    return !options.getOrDefault(WARM_UP, "true").trim().equals("false");
  }

  /** A boolean option that is true unless set to false. */
  private static boolean flag(Map<String, String> options, String name, List<String> problems) {
    String value = options.getOrDefault(name, "true").trim();
    if (!value.equals("true") && !value.equals("false")) {
      problems.add("-A" + name + "=" + value + " is not true or false");
      return true;
    }
    return value.equals("true");
  }

  private static Optional<Path> manifest(Map<String, String> options, List<String> problems) {
    Optional<Path> path = folder(options, MANIFEST, problems);
    if (path.isPresent() && !Files.exists(path.get())) {
      problems.add("-A" + MANIFEST + "=" + path.get() + " names neither a file nor a folder");
      return Optional.empty();
    }
    return path;
  }

  private static String newline(Map<String, String> options, List<String> problems) {
    String value = options.getOrDefault(MANIFEST_NEWLINE, "keep").trim();
    if (!NEWLINES.contains(value)) {
      problems.add("-A" + MANIFEST_NEWLINE + "=" + value + " is not keep, always or never");
      return "keep";
    }
    return value;
  }

  /** What the build needs to know of these options. */
  BuildSettings buildSettings() {
    return new BuildSettings(
        profile,
        agentVersion,
        configTemplates(),
        manifestNewline,
        manifest,
        suppressed,
        rules,
        baseline,
        writeBaseline.isPresent(),
        failOn);
  }

  /** The committed copies to sync or verify, as the {@code sync} and {@code verify} options say. */
  CommittedCopies committedCopies() {
    return new CommittedCopies(sync, verify, "-A" + SYNC);
  }

  /**
   * The templates to resolve specs with: the {@code ddassets.templates} folder first, then the
   * built-in set (so a folder may hold only the templates it changes).
   */
  ConfigTemplates configTemplates() {
    List<TemplateRoot> roots = new ArrayList<>();
    if (templates.isPresent()) {
      Path dir = templates.get();
      roots.add(TemplateRoot.directory(dir, dir.toString()));
    }
    roots.add(TemplateRoot.builtIn());
    return new ConfigTemplates(roots);
  }

  private static Optional<Path> templatesFolder(
      Map<String, String> options, List<String> problems) {
    Optional<Path> dir = folder(options, TEMPLATES, problems);
    if (dir.isPresent() && !Files.isDirectory(dir.get())) {
      problems.add("-A" + TEMPLATES + "=" + dir.get() + " is not a folder");
      return Optional.empty();
    }
    return dir;
  }

  private static Optional<Path> folder(
      Map<String, String> options, String name, List<String> problems) {
    String value = options.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isBlank()) {
      problems.add("-A" + name + " needs a folder");
      return Optional.empty();
    }
    return Optional.of(Path.of(value.trim()));
  }
}
