package io.github.ddassets.core.declare;

import java.util.List;
import java.util.Objects;

/**
 * Everything declared in code for one integration.
 *
 * @param integration the {@code @Integration} declaration
 * @param metrics its metrics, in any order
 * @param serviceChecks its service checks, in any order
 */
public record DeclaredIntegration(
    IntegrationDeclaration integration,
    List<MetricDeclaration> metrics,
    List<ServiceCheckDeclaration> serviceChecks) {

  public DeclaredIntegration {
    Objects.requireNonNull(integration, "integration");
    metrics = List.copyOf(metrics);
    serviceChecks = List.copyOf(serviceChecks);
  }
}
