package io.github.ddassets.processor;

import io.github.ddassets.core.declare.DeclaredConfig;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** The source types an integration's files derive from, for incremental build tools. */
final class OriginatingElements {

  private OriginatingElements() {}

  static Element[] of(IntegrationAssets assets, Optional<ConfiguredIntegration> config) {
    Set<TypeElement> types =
        new TreeSet<>(Comparator.comparing(type -> type.getQualifiedName().toString()));
    Set<Origin> origins = new LinkedHashSet<>();
    origins.add(assets.identity().origin());
    assets.metadata().ifPresent(file -> file.rows().forEach(row -> origins.add(row.origin())));
    assets
        .serviceChecks()
        .ifPresent(file -> file.entries().forEach(entry -> origins.add(entry.origin())));
    config.ifPresent(configured -> origins.addAll(origins(configured.declared())));
    for (Origin origin : origins) {
      if (origin instanceof ElementOrigin elementOrigin) {
        types.add(topLevelType(elementOrigin.element()));
      }
    }
    return types.toArray(new Element[0]);
  }

  private static List<Origin> origins(DeclaredConfig config) {
    List<Origin> origins = new ArrayList<>();
    config.initConfig().ifPresent(init -> origins.add(init.origin()));
    config.instances().ifPresent(instances -> origins.add(instances.origin()));
    config.logs().ifPresent(logs -> origins.add(logs.origin()));
    config.autoConf().ifPresent(autoConf -> origins.add(autoConf.origin()));
    return origins;
  }

  private static TypeElement topLevelType(Element element) {
    Element current = element;
    TypeElement top = null;
    while (current != null) {
      if (current instanceof TypeElement type) {
        top = type;
      }
      current = current.getEnclosingElement();
    }
    return top;
  }
}
