package io.github.ddassets.core.diff;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.diff.SourceAcknowledgements.Declared;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A previous release that a build is held against (the processor's {@code ddassets.previous}):
 * every breaking change of the build's files becomes an error on the declaration it concerns,
 * unless the sources acknowledge it, and every acknowledgement that matches no change becomes a
 * warning, so that none outlives its reason.
 */
public final class PreviousRelease {

  /**
   * The files a build generated for one integration, with the class that declares it.
   *
   * @param files the generated files
   * @param origin the {@code @Integration} class
   */
  public record Built(GeneratedFiles files, Origin origin) {}

  private final Release release;
  private final ReleaseReader reader;

  private PreviousRelease(Release release, ReleaseReader reader) {
    this.release = release;
    this.reader = reader;
  }

  /**
   * Reads a previous release: a jar holding {@code META-INF/datadog}, a class output, or asset
   * folders.
   *
   * @throws UnreadableReleaseException when it cannot be read
   */
  public static PreviousRelease read(Path path, ConfigTemplates templates)
      throws UnreadableReleaseException {
    ReleaseReader reader = new ReleaseReader(templates);
    return new PreviousRelease(reader.read(path, path.toString()), reader);
  }

  /** The findings of a build against this release. */
  public List<Finding> check(List<Built> integrations, SourceAcknowledgements sources) {
    Set<String> used = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (Built built : integrations) {
      Optional<IntegrationSnapshot> before = previous(built.files().integration());
      if (before.isEmpty()) {
        continue; // new in this release: nothing to break
      }
      BreakJudge judge = new BreakJudge(sources, built.origin(), used);
      for (Change change : ReleaseDiff.compare(before.get(), current(built.files()))) {
        if (change.impact() != Impact.BREAKING) {
          continue;
        }
        BreakJudge.Verdict verdict = judge.judge(change);
        if (!verdict.acknowledged()) {
          findings.add(
              Rule.SOURCE_BREAKING_CHANGE.at(
                  verdict.origin(), change.message(), release.shown(), verdict.hint()));
        }
      }
    }
    findings.addAll(unused(sources, used));
    return findings;
  }

  private Optional<IntegrationSnapshot> previous(String name) {
    return release.integrations().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  private IntegrationSnapshot current(GeneratedFiles files) {
    try {
      return reader.generated(files);
    } catch (UnreadableReleaseException e) {
      // The build wrote these files from a model it checked: they always parse.
      throw new IllegalStateException("a generated file does not parse: " + e.getMessage(), e);
    }
  }

  /** The acknowledgements no change used. */
  private List<Finding> unused(SourceAcknowledgements sources, Set<String> used) {
    List<Finding> findings = new ArrayList<>();
    List<Map<String, Declared>> declared = List.of(sources.metrics(), sources.serviceChecks());
    for (Map<String, Declared> byName : declared) {
      for (Declared item : byName.values()) {
        for (String old : item.replaces()) {
          if (!used.contains(BreakJudge.replacesKey(item.name(), old))) {
            findings.add(
                unused(
                    item.origin().attribute(Vocabulary.Metric.REPLACES),
                    Vocabulary.Metric.REPLACES + " = \"" + old + "\""));
          }
        }
        Subject subject = byName == sources.metrics() ? Subject.METRIC : Subject.SERVICE_CHECK;
        if (!item.breaking().isEmpty()
            && !used.contains(BreakJudge.breakingKey(subject, item.name()))) {
          findings.add(
              unused(
                  item.origin().attribute(Vocabulary.Metric.BREAKING),
                  Vocabulary.Metric.BREAKING + " = \"" + item.breaking() + "\""));
        }
      }
    }
    sources
        .acceptedBreaks()
        .forEach(
            (name, origin) -> {
              if (!used.contains(BreakJudge.acceptedKey(name))) {
                findings.add(
                    unused(
                        origin, Vocabulary.Integration.ACCEPTED_BREAKS + " entry `" + name + "`"));
              }
            });
    return findings;
  }

  private Finding unused(Origin origin, String what) {
    return Rule.SOURCE_ACKNOWLEDGEMENT_UNUSED.at(origin, what, release.shown());
  }
}
