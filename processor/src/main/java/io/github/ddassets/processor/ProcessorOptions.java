package io.github.ddassets.processor;

import io.github.ddassets.core.build.BuildSettings;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.output.CommittedCopies;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Suppressions;
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
 * @param loader {@code ddassets.loader}: whether to generate configuration loaders (default
 *     true); a check that reads its configuration otherwise turns them off, and with them the
 *     need for SnakeYAML
 * @param manifestNewline {@code ddassets.manifestNewline}: {@code keep} (the base manifest's final
 *     newline, none without one), {@code always} or {@code never}
 * @param suppressed {@code ddassets.suppress}: the rules whose findings the author silenced
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
    List<String> problems) {

  static final String PROFILE = "ddassets.profile";
  static final String AGENT_VERSION = "ddassets.agentVersion";
  static final String VERIFY = "ddassets.verify";
  static final String SYNC = "ddassets.sync";
  static final String TEMPLATES = "ddassets.templates";
  static final String MANIFEST = "ddassets.manifest";
  static final String MANIFEST_NEWLINE = "ddassets.manifestNewline";
  static final String LOADER = "ddassets.loader";
  static final String SUPPRESS = "ddassets.suppress";

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
          SUPPRESS,
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
    return new ProcessorOptions(
        profile,
        options.getOrDefault(AGENT_VERSION, "").trim(),
        folder(options, VERIFY, problems),
        folder(options, SYNC, problems),
        templatesFolder(options, problems),
        manifest(options, problems),
        loader(options, problems),
        newline(options, problems),
        suppressed(options, problems),
        problems);
  }

  private static Set<Rule> suppressed(Map<String, String> options, List<String> problems) {
    Suppressions suppressions = Suppressions.parse(options.getOrDefault(SUPPRESS, ""));
    suppressions.problems().forEach(problem -> problems.add("-A" + SUPPRESS + ": " + problem));
    return suppressions.rules();
  }

  private static boolean loader(Map<String, String> options, List<String> problems) {
    String value = options.getOrDefault(LOADER, "true").trim();
    if (!value.equals("true") && !value.equals("false")) {
      problems.add("-A" + LOADER + "=" + value + " is not true or false");
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
        profile, agentVersion, configTemplates(), manifestNewline, manifest, suppressed);
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
    templates.ifPresent(dir -> roots.add(TemplateRoot.directory(dir, dir.toString())));
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
