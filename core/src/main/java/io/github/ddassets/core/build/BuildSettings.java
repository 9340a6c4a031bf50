package io.github.ddassets.core.build;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
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
 */
public record BuildSettings(
    Profile profile,
    String defaultAgentVersion,
    ConfigTemplates templates,
    String manifestNewline,
    Optional<Path> baseManifests,
    Set<Rule> suppressed) {

  public BuildSettings {
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
}
