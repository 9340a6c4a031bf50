package io.github.ddassets.core.diff;

import static io.github.ddassets.core.diff.Impact.ADDITIVE;
import static io.github.ddassets.core.diff.Impact.BREAKING;
import static io.github.ddassets.core.diff.Subject.INTEGRATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classifies every difference between two releases as breaking, notable or additive: integrations
 * paired by name, then their metrics, service checks, configuration options and manifest keys.
 */
public final class ReleaseDiff {

  private ReleaseDiff() {}

  /** Compares two releases. */
  public static DiffReport compare(Release before, Release after) {
    Map<String, IntegrationSnapshot> old = byName(before.integrations());
    Map<String, IntegrationSnapshot> now = byName(after.integrations());
    List<Change> changes = new ArrayList<>();
    for (IntegrationSnapshot snapshot : old.values()) {
      IntegrationSnapshot current = now.get(snapshot.name());
      if (current == null) {
        Changes removed = new Changes(snapshot.name());
        removed.add(
            INTEGRATION,
            snapshot.name(),
            "removed",
            BREAKING,
            snapshot.name(),
            "",
            "integration `" + snapshot.name() + "` was removed",
            snapshot.origin());
        changes.addAll(removed.list());
      } else {
        changes.addAll(compare(snapshot, current));
      }
    }
    for (IntegrationSnapshot snapshot : now.values()) {
      if (!old.containsKey(snapshot.name())) {
        Changes added = new Changes(snapshot.name());
        added.add(
            INTEGRATION,
            snapshot.name(),
            "added",
            ADDITIVE,
            "",
            snapshot.name(),
            "integration `" + snapshot.name() + "` was added",
            snapshot.origin());
        changes.addAll(added.list());
      }
    }
    return new DiffReport(before.shown(), after.shown(), old.size() + countNew(old, now), changes);
  }

  /** The changes between two snapshots of the same integration. */
  public static List<Change> compare(IntegrationSnapshot before, IntegrationSnapshot after) {
    Changes changes = new Changes(after.name());
    MetricComparison.compare(before.metrics(), after.metrics(), changes);
    ServiceCheckComparison.compare(before.serviceChecks(), after.serviceChecks(), changes);
    OptionComparison.compare(before.options(), after.options(), changes);
    if (before.manifest().isPresent() && after.manifest().isPresent()) {
      ManifestComparison.compare(before.manifest().get(), after.manifest().get(), changes);
    }
    return changes.list();
  }

  private static Map<String, IntegrationSnapshot> byName(List<IntegrationSnapshot> snapshots) {
    Map<String, IntegrationSnapshot> byName = new TreeMap<>();
    snapshots.forEach(snapshot -> byName.putIfAbsent(snapshot.name(), snapshot));
    return byName;
  }

  private static int countNew(
      Map<String, IntegrationSnapshot> old, Map<String, IntegrationSnapshot> now) {
    return (int) now.keySet().stream().filter(name -> !old.containsKey(name)).count();
  }
}
