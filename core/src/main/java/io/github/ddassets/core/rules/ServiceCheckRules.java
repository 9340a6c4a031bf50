package io.github.ddassets.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.JsonField;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.model.ServiceChecksFile.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of {@code ddev validate service-checks}, plus the strict profile's additions, over one
 * {@code service_checks.json}. The layout of a file read from disk is compared apart ({@link
 * RuleSet#serviceChecksLayout}), since it needs the file's canonical text.
 */
public final class ServiceCheckRules {

  private ServiceCheckRules() {}

  /** Every finding for a service-checks file of the given integration. */
  public static List<Finding> check(ServiceChecksFile file, IntegrationIdentity identity) {
    List<Finding> findings = new ArrayList<>();
    if (file.shape() == Shape.OTHER) {
      findings.add(Rule.SERVICE_CHECKS_NOT_ARRAY.at(file.origin(), "another kind of value"));
      return findings;
    }
    if (file.shape() == Shape.EMPTY_OBJECT) {
      findings.add(Rule.SERVICE_CHECKS_EMPTY_OBJECT.at(file.origin()));
    }
    ServiceCheckEntryRules entryRules = new ServiceCheckEntryRules(identity, findings);
    // Entries are checked in source order (the file's order, or declaration order for generated
    // files), so that of two duplicates the later one is reported.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < file.entries().size(); i++) {
      order.add(i);
    }
    List<ServiceCheckEntry> entries = file.entries();
    order.sort(
        new Comparator<Integer>() {
          @Override
          public int compare(Integer a, Integer b) {
            return sortKey(entries, a).compareTo(sortKey(entries, b));
          }
        });
    for (int i : order) {
      entryRules.check(i, file.entries().get(i));
    }
    return findings;
  }

  private static String sortKey(List<ServiceCheckEntry> entries, int index) {
    return entries.get(index).origin().sortKey();
  }

  /** The checks of one entry; it remembers checks and names already seen in the file. */
  private static final class ServiceCheckEntryRules {
    private static final Set<String> STATUSES = Set.of("ok", "warning", "critical", "unknown");

    private final IntegrationIdentity identity;
    private final List<Finding> findings;
    private final Map<String, ServiceCheckEntry> checks = new HashMap<>();
    private final Map<String, ServiceCheckEntry> names = new HashMap<>();

    ServiceCheckEntryRules(IntegrationIdentity identity, List<Finding> findings) {
      this.identity = identity;
      this.findings = findings;
    }

    void check(int index, ServiceCheckEntry entry) {
      if (!entry.isObject()) {
        findings.add(
            Rule.SERVICE_CHECKS_ENTRY_NOT_OBJECT.at(
                entry.origin(), index, "another kind of value"));
        return;
      }
      checkAttributes(entry);
      String label = entry.text("check") != null ? entry.text("check") : "item " + index;
      checkAgentVersion(entry);
      checkUniqueText(entry, "check", checks, label);
      checkDescription(entry, label);
      checkGroups(entry, label);
      checkIntegration(entry, label);
      checkUniqueText(entry, "name", names, label);
      checkStatuses(entry, label);
    }

    private void checkAttributes(ServiceCheckEntry entry) {
      Set<String> keys = new TreeSet<>(entry.fields().keySet());
      for (String key : keys) {
        if (!ServiceCheckEntry.KEYS.contains(key)) {
          findings.add(Rule.SERVICE_CHECKS_ATTRIBUTE_INVALID.at(entry.originOf(key), key));
        }
      }
      for (String key : new TreeSet<>(ServiceCheckEntry.KEYS)) {
        if (!keys.contains(key)) {
          findings.add(Rule.SERVICE_CHECKS_ATTRIBUTE_REQUIRED.at(entry.origin(), key));
        }
      }
    }

    private void checkAgentVersion(ServiceCheckEntry entry) {
      JsonField field = entry.field("agent_version");
      if (field == null) {
        return;
      }
      String version = field.value().isTextual() ? field.value().textValue() : null;
      if (digitParts(version) != 3) {
        String message =
            version == null || version.isEmpty()
                ? "agent_version must be a non-empty string such as 7.59.0"
                : "invalid agent_version `" + version + "`: use three numbers such as 7.59.0";
        findings.add(Rule.SERVICE_CHECKS_AGENT_VERSION.at(field.origin(), message));
      }
    }

    /** ddev's {@code parse_version_parts}: the dot-separated parts that are all digits. */
    private static int digitParts(String version) {
      if (version == null) {
        return 0;
      }
      int count = 0;
      for (String part : version.split("\\.", -1)) {
        if (Text.isDigits(part)) {
          count++;
        }
      }
      return count;
    }

    private void checkUniqueText(
        ServiceCheckEntry entry, String key, Map<String, ServiceCheckEntry> seen, String label) {
      JsonField field = entry.field(key);
      if (field == null) {
        return;
      }
      String text = nonEmptyText(field.value());
      if (text == null) {
        findings.add(
            key.equals("check")
                ? Rule.SERVICE_CHECKS_CHECK_REQUIRED.at(field.origin())
                : Rule.SERVICE_CHECKS_NAME_REQUIRED.at(field.origin(), label));
        return;
      }
      ServiceCheckEntry first = seen.putIfAbsent(text, entry);
      if (first != null) {
        Rule rule =
            key.equals("check")
                ? Rule.SERVICE_CHECKS_CHECK_DUPLICATE
                : Rule.SERVICE_CHECKS_NAME_DUPLICATE;
        findings.add(rule.at(field.origin(), text, first.originOf(key).describe()));
      }
    }

    private void checkDescription(ServiceCheckEntry entry, String label) {
      JsonField field = entry.field("description");
      if (field != null && nonEmptyText(field.value()) == null) {
        findings.add(Rule.SERVICE_CHECKS_DESCRIPTION_REQUIRED.at(field.origin(), label));
      }
    }

    private void checkGroups(ServiceCheckEntry entry, String label) {
      JsonField field = entry.field("groups");
      if (field == null) {
        return;
      }
      if (!field.value().isArray()) {
        findings.add(Rule.SERVICE_CHECKS_GROUPS_LIST.at(field.origin(), label));
        return;
      }
      reportRepeats(field, "groups", label);
    }

    private void checkIntegration(ServiceCheckEntry entry, String label) {
      JsonField field = entry.field("integration");
      if (field == null) {
        return;
      }
      if (!field.value().isTextual()) {
        findings.add(Rule.SERVICE_CHECKS_INTEGRATION_REQUIRED.at(field.origin(), label));
        return;
      }
      String expected = identity.sourceTypeName();
      String actual = field.value().textValue();
      if (expected != null && !actual.equals(expected)) {
        findings.add(
            Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH.at(field.origin(), label, actual, expected));
      }
    }

    private void checkStatuses(ServiceCheckEntry entry, String label) {
      JsonField field = entry.field("statuses");
      if (field == null) {
        return;
      }
      JsonNode statuses = field.value();
      if (!statuses.isArray() || statuses.isEmpty()) {
        findings.add(Rule.SERVICE_CHECKS_STATUSES_REQUIRED.at(field.origin(), label));
        return;
      }
      for (JsonNode status : statuses) {
        if (!status.isTextual() || !STATUSES.contains(status.textValue())) {
          findings.add(
              Rule.SERVICE_CHECKS_STATUS_INVALID.at(
                  field.origin(),
                  label,
                  status.isTextual() ? status.textValue() : status.toString()));
        }
      }
      reportRepeats(field, "statuses", label);
    }

    private void reportRepeats(JsonField field, String key, String label) {
      Set<String> seen = new HashSet<>();
      Set<String> reported = new HashSet<>();
      for (JsonNode item : field.value()) {
        String text = item.isTextual() ? item.textValue() : item.toString();
        if (!seen.add(text) && reported.add(text)) {
          findings.add(Rule.SERVICE_CHECKS_DUPLICATE_ITEM.at(field.origin(), key, label, text));
        }
      }
    }

    /** The text of a string value that Python would find truthy, else null. */
    private static String nonEmptyText(JsonNode value) {
      return value.isTextual() && !value.textValue().isEmpty() ? value.textValue() : null;
    }
  }
}
