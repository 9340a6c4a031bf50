package io.github.ddassets.core.build;

import io.github.ddassets.core.baseline.Baseline;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.rules.FailOn;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.RulePolicy;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a build turns declarations into files.
 *
 * @param profile the rules that apply and their severities
 * @param defaultAgentVersion the {@code agent_version} of service checks that do not set one
 * @param templates the templates configuration specs are resolved with
 * @param manifestNewline {@code keep}, {@code always} or {@code never}: whether manifest.json ends
 *     with a newline ({@code keep} follows the base manifest)
 * @param baseManifests where base manifests are looked for when an integration names none: a folder
 *     holding {@code <name>/manifest.json}, or the one integration's manifest file
 * @param suppressed the rules the author silenced: their findings are left out of the report
 * @param rules the levels the author set for rules ({@code ddassets.rules}, {@code
 *     .ddassets.toml}), which win over {@code suppressed} for a rule both name
 * @param baseline the findings recorded as known: they are left out of the report and do not stop
 *     the files from being written
 * @param recordBaseline whether every finding of this build is taken as known, so that a baseline
 *     can be written from {@link BuildOutcome#known()}
 * @param failOn {@code warning} makes the build's warnings errors; {@code none} is not allowed in a
 *     build (the generated files would be written with errors ddev refuses)
 */
public record BuildSettings(
    Profile profile,
    String defaultAgentVersion,
    ConfigTemplates templates,
    String manifestNewline,
    Optional<Path> baseManifests,
    Set<Rule> suppressed,
    RulePolicy rules,
    Baseline baseline,
    boolean recordBaseline,
    FailOn failOn) {

  public BuildSettings {
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(defaultAgentVersion, "defaultAgentVersion");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(manifestNewline, "manifestNewline");
    Objects.requireNonNull(baseManifests, "baseManifests");
    suppressed = Set.copyOf(suppressed);
  }

  /** Settings that silence no rule. */
  public BuildSettings(
      Profile profile,
      String defaultAgentVersion,
      ConfigTemplates templates,
      String manifestNewline,
      Optional<Path> baseManifests) {
    this(profile, defaultAgentVersion, templates, manifestNewline, baseManifests, Set.of());
  }

  /** Settings that silence the given rules, with no other rule level and no baseline. */
  public BuildSettings(
      Profile profile,
      String defaultAgentVersion,
      ConfigTemplates templates,
      String manifestNewline,
      Optional<Path> baseManifests,
      Set<Rule> suppressed) {
    this(
        profile,
        defaultAgentVersion,
        templates,
        manifestNewline,
        baseManifests,
        suppressed,
        RulePolicy.NONE,
        Baseline.EMPTY,
        false,
        FailOn.ERROR);
  }

  /** The rule levels of the build: the suppressed rules off, then the levels set for rules. */
  public RulePolicy policy() {
    return RulePolicy.off(suppressed).overriddenBy(rules);
  }
}
