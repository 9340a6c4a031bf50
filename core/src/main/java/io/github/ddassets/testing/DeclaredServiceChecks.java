package io.github.ddassets.testing;

import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.read.Parsed;
import io.github.ddassets.core.read.ServiceChecksReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The service checks a {@code service_checks.json} declares, to compare with what a check really
 * submitted: {@link #compare} reports the checks that are not declared, the statuses a declaration
 * does not list, and the submissions that lack a tag key of the declared {@code groups} (but {@code
 * host}, which the Agent adds); {@link #compareSymmetric} also reports the declared checks nothing
 * submitted.
 *
 * <pre>{@code
 * ServiceCheckReport report =
 *     DeclaredServiceChecks.fromClasspath("acme").compareSymmetric(received.serviceChecks(), Set.of());
 * if (!report.clean()) throw new AssertionError(report.describe());
 * }</pre>
 */
public final class DeclaredServiceChecks {

  /** The status names of service_checks.json, by the number DogStatsD submits. */
  private static final List<String> STATUSES = List.of("ok", "warning", "critical", "unknown");

  /** The group every service check has, from the Agent rather than from a tag. */
  private static final String HOST = "host";

  private final Map<String, Declared> byName;

  private DeclaredServiceChecks(Map<String, Declared> byName) {
    this.byName = byName;
  }

  private record Declared(String check, List<String> statuses, List<String> groups) {}

  /**
   * The {@code service_checks.json} the processor generated for an integration, from the class path
   * ({@code META-INF/datadog/<integration>/assets/service_checks.json}).
   *
   * @throws IllegalStateException when the file is not on the class path or cannot be read
   */
  public static DeclaredServiceChecks fromClasspath(String integration) {
    GeneratedResource file = GeneratedResource.of(integration, "assets/service_checks.json");
    return parse(file.text(), file.name());
  }

  /** A {@code service_checks.json} file on disk. */
  public static DeclaredServiceChecks read(Path file) {
    return of(ServiceChecksReader.read(file, file.toString()));
  }

  /** The text of a {@code service_checks.json}; {@code displayPath} names it in messages. */
  public static DeclaredServiceChecks parse(String text, String displayPath) {
    return of(ServiceChecksReader.parse(text, displayPath));
  }

  private static DeclaredServiceChecks of(Parsed<ServiceChecksFile> parsed) {
    ServiceChecksFile file = GeneratedResource.value(parsed, "service_checks.json");
    Map<String, Declared> byName = new TreeMap<>();
    for (ServiceCheckEntry entry : file.entries()) {
      String check = entry.text("check");
      if (check != null) {
        byName.putIfAbsent(
            check,
            new Declared(check, texts(entry, "statuses", true), texts(entry, "groups", false)));
      }
    }
    return new DeclaredServiceChecks(byName);
  }

  private static List<String> texts(ServiceCheckEntry entry, String key, boolean lowerCase) {
    List<String> texts = new ArrayList<>();
    if (entry.field(key) != null && entry.field(key).value().isArray()) {
      entry
          .field(key)
          .value()
          .forEach(
              item ->
                  texts.add(lowerCase ? item.asText().toLowerCase(Locale.ROOT) : item.asText()));
    }
    return texts;
  }

  /** The declared check names, in order. */
  public Set<String> names() {
    return new TreeSet<>(byName.keySet());
  }

  /**
   * Compares submissions with the declarations one way: each submitted check must be declared, with
   * the status it reported among its statuses and a tag for each of its groups.
   */
  public ServiceCheckReport compare(Collection<SubmittedServiceCheck> submitted) {
    return compare(submitted, false, Set.of());
  }

  /**
   * Compares both ways: also reports the declared checks nothing submitted, except those of {@code
   * allowedMissing}.
   *
   * @throws IllegalArgumentException when {@code allowedMissing} names a check that is not declared
   */
  public ServiceCheckReport compareSymmetric(
      Collection<SubmittedServiceCheck> submitted, Collection<String> allowedMissing) {
    Set<String> unknown = new TreeSet<>(allowedMissing);
    unknown.removeAll(byName.keySet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "allowed-missing service checks not declared in service_checks.json: "
              + String.join(", ", unknown));
    }
    return compare(submitted, true, Set.copyOf(allowedMissing));
  }

  private ServiceCheckReport compare(
      Collection<SubmittedServiceCheck> submitted, boolean symmetric, Set<String> allowedMissing) {
    Set<String> undeclared = new TreeSet<>();
    Set<String> emitted = new TreeSet<>();
    Set<String> undeclaredStatuses = new TreeSet<>();
    Set<String> missingGroups = new LinkedHashSet<>();
    for (SubmittedServiceCheck check : submitted) {
      emitted.add(check.name());
      Declared declared = byName.get(check.name());
      if (declared == null) {
        undeclared.add(check.name());
        continue;
      }
      String status = statusName(check.status());
      if (!declared.statuses().contains(status)) {
        undeclaredStatuses.add(
            check.name() + ": reported " + status + ", declared " + declared.statuses());
      }
      for (String group : declared.groups()) {
        // The Agent gives every service check its host: a submission carries no host tag.
        if (!group.equals(HOST)
            && check.tags().stream()
                .noneMatch(tag -> tag.equals(group) || tag.startsWith(group + ":"))) {
          missingGroups.add(check.name() + ": no `" + group + "` tag in " + check.tags());
        }
      }
    }
    List<String> neverEmitted = new ArrayList<>();
    if (symmetric) {
      for (String name : byName.keySet()) {
        if (!emitted.contains(name) && !allowedMissing.contains(name)) {
          neverEmitted.add(name);
        }
      }
    }
    return new ServiceCheckReport(
        List.copyOf(undeclared),
        neverEmitted,
        List.copyOf(undeclaredStatuses),
        List.copyOf(missingGroups));
  }

  /** The service_checks.json name of a DogStatsD status number. */
  static String statusName(int status) {
    return status >= 0 && status < STATUSES.size() ? STATUSES.get(status) : "status " + status;
  }
}
