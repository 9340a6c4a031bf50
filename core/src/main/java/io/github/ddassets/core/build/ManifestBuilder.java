package io.github.ddassets.core.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.LogsDeclaration;
import io.github.ddassets.core.declare.ManifestDeclaration;
import io.github.ddassets.core.declare.Vocabulary.Integration;
import io.github.ddassets.core.declare.Vocabulary.Metric;
import io.github.ddassets.core.manifest.FragmentDifference;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestFormat;
import io.github.ddassets.core.manifest.ManifestFragment;
import io.github.ddassets.core.manifest.ManifestMerge;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.manifest.ManifestTree;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an integration's manifest from its declarations, merged into a base manifest when there is
 * one, and the fragment of the keys the code owns.
 *
 * <p>Without a base manifest the code describes the whole integration: it owns every key of {@link
 * ManifestFragment#OWNED_POINTERS} (the spec path when it generates a spec), and the defaults of
 * the annotations fill the rest. With a base manifest the code owns what it declares: {@code
 * source_type_name} and the service-checks path when it declares anything under {@code
 * assets.integration} (metrics, service checks, configuration, a display name or metric prefix, an
 * attribute such as {@code sourceTypeId}), the {@code metrics} keys when it declares a metric or a
 * metric prefix. Everything else of the base passes through in its order; an explicit attribute
 * replaces the base's value, and a value that differs from the base's is a conflict.
 */
final class ManifestBuilder {

  /**
   * What a manifest is built from.
   *
   * @param integration the {@code @Integration} declaration
   * @param declared its manifest attributes
   * @param assets the generated metadata.csv and service_checks.json
   * @param everyRun the origins of the metrics marked {@code emittedEveryRun}
   * @param spec whether the integration generates a configuration spec
   * @param logs its {@code @Logs}, if any
   * @param base the base manifest, if any
   * @param newline {@code keep}, {@code always} or {@code never}: the final newline
   */
  record Input(
      IntegrationDeclaration integration,
      ManifestDeclaration declared,
      IntegrationAssets assets,
      Set<Origin> everyRun,
      boolean spec,
      Optional<LogsDeclaration> logs,
      Optional<Manifest> base,
      String newline) {}

  /**
   * The built manifest.
   *
   * @param tree the manifest
   * @param origins where each value is declared
   * @param format how to write it: the base's layout, or canonical
   * @param fragment the keys the code owns
   * @param ownsMetrics whether the code owns the {@code metrics} keys (then metadata.csv is
   *     written)
   * @param ownsIntegration whether the code owns {@code source_type_name} and the service-checks
   *     path (then service_checks.json is written)
   * @param conflicts values the base manifest gives differently
   */
  record Built(
      ObjectNode tree,
      MergedOrigins origins,
      ManifestFormat format,
      ObjectNode fragment,
      boolean ownsMetrics,
      boolean ownsIntegration,
      List<Finding> conflicts) {

    /** The built manifest as the rules read it. */
    Manifest manifest() {
      return new Manifest(tree, origins, format);
    }
  }

  private static final int SHOWN = 60;

  /** JSON equality of two values, numbers compared by value; 0 when equal. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      new Comparator<>() {
        @Override
        public int compare(JsonNode x, JsonNode y) {
          return x.isNumber() && y.isNumber()
              ? x.decimalValue().compareTo(y.decimalValue())
              : x.equals(y) ? 0 : 1;
        }
      };

  private final Input input;
  private final Origin integration;
  private final Map<String, Origin> origins = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final List<Finding> conflicts = new ArrayList<>();

  private ManifestBuilder(Input input) {
    this.input = input;
    this.integration = input.declared().integration();
  }

  static Built build(Input input) {
    return new ManifestBuilder(input).build();
  }

  private Built build() {
    IntegrationDeclaration declaration = input.integration();
    boolean noBase = input.base().isEmpty();
    Optional<MetadataFile> metadata = input.assets().metadata();
    Optional<ServiceChecksFile> serviceChecks = input.assets().serviceChecks();
    boolean metrics = metadata.isPresent() && !metadata.get().rows().isEmpty();
    boolean checks = serviceChecks.isPresent() && !serviceChecks.get().entries().isEmpty();
    boolean ownsMetrics = noBase || metrics || !declaration.metricPrefix().isEmpty();
    boolean ownsIntegration =
        ownsMetrics
            || checks
            || input.spec()
            || !declaration.displayName().isEmpty()
            || input.declared().declaresIntegrationKeys();
    ObjectNode fragment = fragment(ownsIntegration, ownsMetrics);
    List<ManifestDeclaration.Value> values = new ArrayList<>(input.declared().values());
    Optional<ManifestDeclaration.Value> logsSource = logsSource();
    if (logsSource.isPresent()) {
      values.add(logsSource.get());
    }
    ObjectNode tree;
    ManifestFormat format;
    if (noBase) {
      tree = generated(fragment, values, ownsIntegration);
      format = ManifestFormat.CANONICAL;
    } else {
      tree = merged(input.base().get(), fragment, values);
      format = input.base().get().format();
    }
    format =
        switch (input.newline()) {
          case "always" -> format.withTrailingNewline(true);
          case "never" -> format.withTrailingNewline(false);
          default -> format;
        };
    return new Built(
        tree,
        new MergedOrigins(origins, input.base(), integration),
        format,
        fragment,
        ownsMetrics,
        ownsIntegration,
        conflicts);
  }

  /** The owned keys, with where the code declares each. */
  private ObjectNode fragment(boolean ownsIntegration, boolean ownsMetrics) {
    IntegrationDeclaration declaration = input.integration();
    ManifestFragment.Builder fragment = ManifestFragment.builder();
    if (ownsIntegration) {
      fragment
          .sourceTypeName(declaration.effectiveDisplayName())
          .serviceChecksPath(GeneratedFiles.SERVICE_CHECKS);
      owned(
          ManifestPointers.SOURCE_TYPE_NAME,
          integration.attribute(Integration.DISPLAY_NAME),
          declaration.displayName().isEmpty() ? "@Integration(name)" : "@Integration(displayName)");
      owned(
          ManifestPointers.SERVICE_CHECKS_PATH,
          integration,
          "the generated " + GeneratedFiles.SERVICE_CHECKS);
    }
    if (ownsMetrics) {
      List<String> check = new ArrayList<>();
      Optional<MetadataFile> metadata = input.assets().metadata();
      List<MetricRow> rows = metadata.isPresent() ? metadata.get().rows() : List.of();
      for (MetricRow row : rows) {
        if (input.everyRun().contains(row.origin())) {
          origins.put(
              ManifestPointers.item(ManifestPointers.METRICS_CHECK, check.size()),
              row.origin().attribute(Metric.EMITTED_EVERY_RUN));
          check.add(row.metricName());
        }
      }
      fragment
          .metricPrefix(declaration.effectiveMetricPrefix())
          .metricsCheck(check)
          .metadataPath(GeneratedFiles.METADATA);
      owned(
          ManifestPointers.METRIC_PREFIX,
          integration.attribute(Integration.METRIC_PREFIX),
          declaration.metricPrefix().isEmpty()
              ? "@Integration(name) followed by `.`"
              : "@Integration(metricPrefix)");
      owned(
          ManifestPointers.METRICS_CHECK,
          integration,
          "the @Metric constants marked emittedEveryRun");
      owned(
          ManifestPointers.METADATA_PATH, integration, "the generated " + GeneratedFiles.METADATA);
    }
    if (namesSpec()) {
      fragment.specPath(GeneratedFiles.SPEC);
      owned(ManifestPointers.SPEC_PATH, integration, "the generated " + GeneratedFiles.SPEC);
    }
    return fragment.build();
  }

  /** Whether the manifest names the generated spec: unless {@code @Layout(unnamedSpec)}. */
  private boolean namesSpec() {
    return input.spec() && !input.integration().fileLayout().unnamedSpec();
  }

  private void owned(String pointer, Origin origin, String label) {
    origins.put(pointer, origin);
    labels.put(pointer, label);
  }

  /**
   * {@code assets.logs.source} from {@code @Logs}, unless an attribute sets it or a base manifest
   * is merged: a base manifest says itself whether it has a logs section, like every key the code
   * does not own.
   */
  private Optional<ManifestDeclaration.Value> logsSource() {
    if (setsLogsSource() || input.logs().isEmpty() || input.base().isPresent()) {
      return Optional.empty();
    }
    LogsDeclaration logs = input.logs().get();
    String source = input.integration().name();
    for (LogsDeclaration.LogSource logSource : logs.sources()) {
      if (!logSource.source().isEmpty()) {
        source = logSource.source();
        break;
      }
    }
    return Optional.of(
        new ManifestDeclaration.Value(
            ManifestPointers.LOGS_SOURCE,
            JsonNodeFactory.instance.textNode(source),
            Map.of(ManifestPointers.LOGS_SOURCE, logs.origin()),
            "@Logs"));
  }

  /** Whether an attribute sets {@code assets.logs.source}. */
  private boolean setsLogsSource() {
    for (ManifestDeclaration.Value value : input.declared().values()) {
      if (value.pointer().equals(ManifestPointers.LOGS_SOURCE)) {
        return true;
      }
    }
    return false;
  }

  /** A manifest made from the code alone, defaults included. */
  private ObjectNode generated(
      ObjectNode fragment, List<ManifestDeclaration.Value> values, boolean ownsIntegration) {
    ObjectNode tree = ManifestTree.empty();
    for (ManifestDeclaration.Value value : input.declared().defaults()) {
      if (ownsIntegration || !value.pointer().startsWith(ManifestPointers.INTEGRATION + "/")) {
        apply(tree, value);
      }
    }
    if (ownsIntegration && !namesSpec()) {
      ManifestTree.put(
          tree,
          ManifestPointers.INTEGRATION + "/configuration",
          JsonNodeFactory.instance.objectNode());
    }
    for (String pointer : ManifestFragment.OWNED_POINTERS) {
      JsonNode value = fragment.at(pointer);
      if (!value.isMissingNode()) {
        ManifestTree.put(tree, pointer, value.deepCopy());
      }
    }
    for (ManifestDeclaration.Value value : values) {
      apply(tree, value);
    }
    return tree;
  }

  private void apply(ObjectNode tree, ManifestDeclaration.Value value) {
    ManifestTree.put(tree, value.pointer(), value.value().deepCopy());
    origins.putAll(value.origins());
  }

  /** The base manifest with the owned keys and the explicit attributes merged in. */
  private ObjectNode merged(
      Manifest base, ObjectNode fragment, List<ManifestDeclaration.Value> values) {
    ManifestMerge.Merged merged = ManifestMerge.merge(base.root(), fragment);
    for (FragmentDifference difference : merged.conflicts()) {
      String pointer = difference.pointer();
      conflict(
          pointer,
          difference.actual(),
          difference.expected(),
          origins.getOrDefault(pointer, integration),
          labels.getOrDefault(pointer, "the code"));
    }
    ObjectNode tree = merged.manifest();
    for (ManifestDeclaration.Value value : values) {
      String blocking = blocking(tree, value.pointer());
      if (blocking != null) {
        conflict(
            blocking,
            tree.at(blocking),
            JsonNodeFactory.instance.objectNode(),
            value.origin(),
            value.label());
        continue;
      }
      JsonNode existing = base.root().at(value.pointer());
      if (!existing.isMissingNode() && !same(existing, value.value())) {
        conflict(value.pointer(), existing, value.value(), value.origin(), value.label());
      }
      if (existing.isMissingNode() || !same(existing, value.value())) {
        ManifestTree.put(tree, value.pointer(), value.value().deepCopy());
      }
      origins.putAll(value.origins());
    }
    return tree;
  }

  private void conflict(String pointer, JsonNode base, JsonNode code, Origin origin, String label) {
    conflicts.add(
        Rule.MANIFEST_BASE_CONFLICT.at(
            origin,
            pointer,
            shown(base),
            input.base().get().origin(pointer).describe(),
            shown(code),
            label));
  }

  /**
   * The pointer of the first value on the way to {@code pointer} that is not an object, so that
   * nothing can be put below it; null when the way is free.
   */
  private static String blocking(ObjectNode tree, String pointer) {
    List<String> keys = ManifestPointers.segments(pointer);
    JsonNode node = tree;
    String at = "";
    for (String key : keys.subList(0, keys.size() - 1)) {
      JsonNode child = node.get(key);
      at = ManifestPointers.child(at, key);
      if (child == null) {
        return null;
      }
      if (!child.isObject()) {
        return at;
      }
      node = child;
    }
    return null;
  }

  /** JSON equality, numbers compared by value (an int and a long of 10310 are the same). */
  static boolean same(JsonNode a, JsonNode b) {
    return a.equals(NUMBERS_BY_VALUE, b);
  }

  /** A value as messages show it: compact JSON, cut when long. */
  private static String shown(JsonNode value) {
    String json = value.toString();
    return json.length() <= SHOWN ? json : json.substring(0, SHOWN - 3) + "...";
  }
}
