package io.github.ddassets.core.build;

import io.github.ddassets.core.declare.AutoConfDeclaration;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.JmxDeclaration;
import io.github.ddassets.core.declare.LogsDeclaration;
import io.github.ddassets.core.declare.ManifestDeclaration;
import io.github.ddassets.core.declare.MetricDeclaration;
import io.github.ddassets.core.declare.Owned;
import io.github.ddassets.core.declare.ServiceCheckDeclaration;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one build is given: the declarations of every integration, whoever collected them
 * (the annotation processor from a compilation, an importer, a previous build's output).
 *
 * @param integrations the {@code @Integration} declarations by check class (qualified name); a class
 *     declared twice (a later round) has several, and the first one counts
 * @param metrics the metric constants and the class each belongs to
 * @param serviceChecks the service-check constants and the class each belongs to
 * @param configs the {@code @InitConfig} and {@code @InstanceConfig} records
 * @param logs the {@code @Logs} declarations
 * @param autoConfs the {@code @AutoConf} declarations
 * @param manifests what each check class says about its manifest, by check class
 * @param everyRun the origins of the metrics marked {@code emittedEveryRun}
 * @param findings what collecting the declarations already found (a metric on a non-constant, an
 *     annotation on the wrong element)
 * @param jmx the {@code @JmxRule} and {@code @NotFromJmx} declarations, in the order each class
 *     declares them
 */
public record Declarations(
    Map<String, List<IntegrationDeclaration>> integrations,
    List<Owned<MetricDeclaration>> metrics,
    List<Owned<ServiceCheckDeclaration>> serviceChecks,
    List<Owned<ConfigDeclaration>> configs,
    List<Owned<LogsDeclaration>> logs,
    List<Owned<AutoConfDeclaration>> autoConfs,
    Map<String, ManifestDeclaration> manifests,
    Set<Origin> everyRun,
    List<Finding> findings,
    List<Owned<JmxDeclaration>> jmx) {

  public Declarations {
    // Insertion order is kept: it is the order the collector saw the classes in, which the
    // build sorts where order matters; copying into an unordered map would lose it.
    integrations = Collections.unmodifiableMap(new LinkedHashMap<>(integrations));
    metrics = List.copyOf(metrics);
    serviceChecks = List.copyOf(serviceChecks);
    configs = List.copyOf(configs);
    logs = List.copyOf(logs);
    autoConfs = List.copyOf(autoConfs);
    manifests = Map.copyOf(manifests);
    everyRun = Set.copyOf(everyRun);
    findings = List.copyOf(findings);
    jmx = List.copyOf(jmx);
  }

  /** Declarations of integrations without JMX rules. */
  public Declarations(
      Map<String, List<IntegrationDeclaration>> integrations,
      List<Owned<MetricDeclaration>> metrics,
      List<Owned<ServiceCheckDeclaration>> serviceChecks,
      List<Owned<ConfigDeclaration>> configs,
      List<Owned<LogsDeclaration>> logs,
      List<Owned<AutoConfDeclaration>> autoConfs,
      Map<String, ManifestDeclaration> manifests,
      Set<Origin> everyRun,
      List<Finding> findings) {
    this(
        integrations,
        metrics,
        serviceChecks,
        configs,
        logs,
        autoConfs,
        manifests,
        everyRun,
        findings,
        List.of());
  }

  /** The same declarations with other collection findings. */
  public Declarations withFindings(List<Finding> others) {
    return new Declarations(
        integrations,
        metrics,
        serviceChecks,
        configs,
        logs,
        autoConfs,
        manifests,
        everyRun,
        others,
        jmx);
  }
}
