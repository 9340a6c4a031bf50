package io.github.ddassets.core.diff;

import static io.github.ddassets.core.diff.Impact.ADDITIVE;
import static io.github.ddassets.core.diff.Impact.BREAKING;
import static io.github.ddassets.core.diff.Impact.NOTABLE;
import static io.github.ddassets.core.diff.Subject.SERVICE_CHECK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the service checks of two releases. A monitor names a check and the statuses it alerts
 * on: removing or renaming the check, or a status, breaks it; a new status, a new group or new
 * words do not.
 */
final class ServiceCheckComparison implements KeyedComparison.Handler<ServiceCheckFacts> {

  private final Changes changes;

  private ServiceCheckComparison(Changes changes) {
    this.changes = changes;
  }

  static void compare(
      Map<String, ServiceCheckFacts> before,
      Map<String, ServiceCheckFacts> after,
      Changes changes) {
    new KeyedComparison<>(ServiceCheckFacts::renameSignature)
        .compare(before, after, new ServiceCheckComparison(changes));
  }

  @Override
  public void kept(ServiceCheckFacts before, ServiceCheckFacts after) {
    String check = after.check();
    for (String status : minus(before.statuses(), after.statuses())) {
      changes.add(
          SERVICE_CHECK,
          check,
          "status-removed",
          BREAKING,
          status,
          "",
          "service check `" + check + "` no longer reports the status `" + status + "`",
          after.origin());
    }
    for (String status : minus(after.statuses(), before.statuses())) {
      changes.add(
          SERVICE_CHECK,
          check,
          "status-added",
          ADDITIVE,
          "",
          status,
          "service check `" + check + "` now reports the status `" + status + "`",
          after.origin());
    }
    changes.value(
        SERVICE_CHECK,
        check,
        "groups",
        NOTABLE,
        String.join(", ", before.groups()),
        String.join(", ", after.groups()),
        after.origin());
    changes.value(
        SERVICE_CHECK, check, "name", NOTABLE, before.name(), after.name(), after.origin());
    changes.value(
        SERVICE_CHECK,
        check,
        "description",
        NOTABLE,
        before.description(),
        after.description(),
        after.origin());
  }

  @Override
  public void renamed(ServiceCheckFacts before, ServiceCheckFacts after) {
    changes.renamed(SERVICE_CHECK, before.check(), after.check(), after.origin());
  }

  @Override
  public void removed(ServiceCheckFacts before) {
    changes.removed(SERVICE_CHECK, before.check(), before.origin());
  }

  @Override
  public void added(ServiceCheckFacts after) {
    changes.added(SERVICE_CHECK, after.check(), after.origin());
  }

  private static List<String> minus(List<String> all, List<String> taken) {
    List<String> rest = new ArrayList<>(all);
    rest.removeAll(taken);
    return rest;
  }
}
