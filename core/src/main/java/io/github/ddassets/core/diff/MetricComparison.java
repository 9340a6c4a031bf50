package io.github.ddassets.core.diff;

import static io.github.ddassets.core.diff.Impact.BREAKING;
import static io.github.ddassets.core.diff.Impact.NOTABLE;
import static io.github.ddassets.core.diff.Subject.METRIC;

import java.util.Map;

/**
 * Compares the metrics of two releases. A query, dashboard or monitor names a metric and relies on
 * its type and unit: removing or renaming one, or changing how it is counted, breaks them; the
 * words that describe it do not.
 */
final class MetricComparison implements KeyedComparison.Handler<MetricFacts> {

  private final Changes changes;

  private MetricComparison(Changes changes) {
    this.changes = changes;
  }

  static void compare(
      Map<String, MetricFacts> before, Map<String, MetricFacts> after, Changes changes) {
    new KeyedComparison<>(MetricFacts::renameSignature)
        .compare(before, after, new MetricComparison(changes));
  }

  @Override
  public void kept(MetricFacts before, MetricFacts after) {
    String name = after.name();
    changes.value(
        METRIC, name, "type", BREAKING, before.type(), after.type(), after.originOf("type"));
    changes.value(
        METRIC, name, "unit", BREAKING, before.unit(), after.unit(), after.originOf("unit"));
    changes.value(
        METRIC,
        name,
        "per-unit",
        BREAKING,
        before.perUnit(),
        after.perUnit(),
        after.originOf("per-unit"));
    changes.value(
        METRIC,
        name,
        "orientation",
        NOTABLE,
        before.orientation(),
        after.orientation(),
        after.originOf("orientation"));
    changes.value(
        METRIC,
        name,
        "interval",
        NOTABLE,
        before.interval(),
        after.interval(),
        after.originOf("interval"));
    changes.value(
        METRIC,
        name,
        "description",
        NOTABLE,
        before.description(),
        after.description(),
        after.originOf("description"));
    changes.value(
        METRIC,
        name,
        "short-name",
        NOTABLE,
        before.shortName(),
        after.shortName(),
        after.originOf("short-name"));
  }

  @Override
  public void renamed(MetricFacts before, MetricFacts after) {
    changes.renamed(METRIC, before.name(), after.name(), after.origin());
  }

  @Override
  public void removed(MetricFacts before) {
    changes.removed(METRIC, before.name(), before.origin());
  }

  @Override
  public void added(MetricFacts after) {
    changes.added(METRIC, after.name(), after.origin());
  }
}
