package io.github.ddassets.core.diff;

import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.ParamDeclaration;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.model.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the sources of a build say about its breaking changes: where each metric, service check and
 * option is declared, which old names each metric and service check replaces ({@code replaces}),
 * which declarations change on purpose ({@code breaking}), and which names the integration gives up
 * ({@code @Integration(acceptedBreaks)}). The annotation processor fills it in; {@link
 * PreviousRelease} reads it.
 */
public final class SourceAcknowledgements {

  /**
   * One declared metric or service check.
   *
   * @param name its name
   * @param origin its annotation
   * @param replaces the names of the previous release it replaces
   * @param breaking why it changes in a breaking way on purpose, or empty
   */
  record Declared(String name, Origin origin, List<String> replaces, String breaking) {

    Declared {
      replaces = List.copyOf(replaces);
    }
  }

  private final Map<String, Declared> metrics = new TreeMap<>();
  private final Map<String, Declared> serviceChecks = new TreeMap<>();
  private final Map<String, Origin> options = new TreeMap<>();
  private final Map<String, Origin> acceptedBreaks = new LinkedHashMap<>();

  /** A {@code @Metric}: its name, annotation, {@code replaces} and {@code breaking}. */
  public void metric(String name, Origin origin, List<String> replaces, String breaking) {
    metrics.putIfAbsent(name, new Declared(name, origin, replaces, breaking));
  }

  /** A {@code @ServiceCheck}: its check name, annotation, {@code replaces} and {@code breaking}. */
  public void serviceCheck(String check, Origin origin, List<String> replaces, String breaking) {
    serviceChecks.putIfAbsent(check, new Declared(check, origin, replaces, breaking));
  }

  /**
   * The options of configuration types, as {@code init_config.<name>} and {@code instances.<name>}.
   */
  public void options(List<ConfigDeclaration> configs) {
    for (ConfigDeclaration config : configs) {
      for (ParamDeclaration param : config.params()) {
        options.putIfAbsent(config.section().key() + "." + param.effectiveName(), param.origin());
      }
    }
  }

  /** The names an {@code @Integration} gives up on purpose ({@code acceptedBreaks}). */
  public void acceptedBreaks(List<String> names, Origin integration) {
    Origin origin = integration.attribute(Vocabulary.Integration.ACCEPTED_BREAKS);
    names.forEach(name -> acceptedBreaks.putIfAbsent(name, origin));
  }

  /**
   * The metric a metadata.csv row comes from: the one of that name, or the histogram whose series
   * it is ({@code acme.latency.avg} comes from {@code acme.latency}).
   */
  Optional<Declared> metric(String row) {
    Declared exact = metrics.get(row);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (int dot = row.lastIndexOf('.'); dot > 0; dot = row.lastIndexOf('.', dot - 1)) {
      Declared histogram = metrics.get(row.substring(0, dot));
      if (histogram != null) {
        return Optional.of(histogram);
      }
    }
    return Optional.empty();
  }

  Optional<Declared> serviceCheck(String check) {
    return Optional.ofNullable(serviceChecks.get(check));
  }

  Optional<Origin> option(String path) {
    return Optional.ofNullable(options.get(path));
  }

  Map<String, Declared> metrics() {
    return metrics;
  }

  Map<String, Declared> serviceChecks() {
    return serviceChecks;
  }

  Map<String, Origin> acceptedBreaks() {
    return acceptedBreaks;
  }
}
