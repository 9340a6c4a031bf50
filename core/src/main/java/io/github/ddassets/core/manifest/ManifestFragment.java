package io.github.ddassets.core.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The manifest keys the code is the source of truth for, and the fragment made of them: what
 * ddassets writes as {@code manifest.fragment.json} for repositories that keep a hand-written
 * manifest, and what a hand-written manifest is compared with.
 *
 * <p>A fragment holds only the owned keys the code declares: a key the code says nothing about (an
 * integration without a configuration spec has no {@code configuration.spec}) is not owned in that
 * build, and a manifest's value there is neither compared nor replaced.
 */
public final class ManifestFragment {

  /**
   * The keys the code owns, in canonical order: the display name, the metric prefix, the metrics
   * emitted on every run, and the paths of the files the code generates.
   */
  public static final List<String> OWNED_POINTERS =
      List.of(
          ManifestPointers.SOURCE_TYPE_NAME,
          ManifestPointers.SPEC_PATH,
          ManifestPointers.METRIC_PREFIX,
          ManifestPointers.METRICS_CHECK,
          ManifestPointers.METADATA_PATH,
          ManifestPointers.SERVICE_CHECKS_PATH);

  private ManifestFragment() {}

  /** A builder of a fragment from declarations. */
  public static Builder builder() {
    return new Builder();
  }

  /** The owned keys a manifest has, as a fragment in the manifest's own key order. */
  public static ObjectNode extract(JsonNode manifest) {
    ObjectNode fragment = ManifestTree.empty();
    for (String pointer : OWNED_POINTERS) {
      JsonNode value = manifest.at(pointer);
      if (!value.isMissingNode()) {
        ManifestTree.put(fragment, pointer, value.deepCopy());
      }
    }
    return fragment;
  }

  /**
   * The owned keys of a fragment whose value in the manifest differs, in {@link #OWNED_POINTERS}
   * order. When the manifest holds a value that is not an object where an owned key's parent should
   * be, the difference names that value's pointer instead. Values are compared as JSON, except
   * {@code metrics.check}, which ddev reads as a set of metric names: a string equals the list
   * holding it, and the order of a list does not matter.
   */
  public static List<FragmentDifference> compare(JsonNode manifest, JsonNode fragment) {
    List<FragmentDifference> differences = new ArrayList<>();
    Set<String> blocked = new HashSet<>();
    for (String pointer : OWNED_POINTERS) {
      JsonNode expected = fragment.at(pointer);
      if (expected.isMissingNode()) {
        continue;
      }
      String blocking = ManifestTree.blockingAncestor(manifest, pointer);
      if (blocking != null) {
        // The manifest holds a non-object where the key's parent should be: the difference is
        // that value (reported once, however many owned keys it hides).
        if (blocked.add(blocking)) {
          differences.add(
              new FragmentDifference(blocking, fragment.at(blocking), manifest.at(blocking)));
        }
        continue;
      }
      JsonNode actual = manifest.at(pointer);
      if (!equivalent(pointer, expected, actual)) {
        differences.add(new FragmentDifference(pointer, expected, actual));
      }
    }
    return differences;
  }

  /** Whether two values of an owned key mean the same. */
  static boolean equivalent(String pointer, JsonNode expected, JsonNode actual) {
    if (pointer.equals(ManifestPointers.METRICS_CHECK)) {
      Set<JsonNode> a = checkSet(expected);
      Set<JsonNode> b = checkSet(actual);
      return a != null && a.equals(b);
    }
    return expected.equals(actual);
  }

  /** The metric names of a {@code check} value, or null when it is neither a string nor a list. */
  private static Set<JsonNode> checkSet(JsonNode check) {
    if (check.isTextual()) {
      return check.textValue().isEmpty() ? Set.of() : Set.of(check);
    }
    if (!check.isArray()) {
      return null;
    }
    Set<JsonNode> items = new HashSet<>();
    check.forEach(items::add);
    return items;
  }

  /** Builds a fragment from what the code declares; keys left unset are not owned. */
  public static final class Builder {
    private final ObjectNode fragment = ManifestTree.empty();

    private Builder() {}

    /** {@code assets.integration.source_type_name}: the integration's display name. */
    public Builder sourceTypeName(String name) {
      return put(ManifestPointers.SOURCE_TYPE_NAME, name);
    }

    /** {@code assets.integration.configuration.spec}: the generated spec's path. */
    public Builder specPath(String path) {
      return put(ManifestPointers.SPEC_PATH, path);
    }

    /** {@code assets.integration.metrics.prefix}. */
    public Builder metricPrefix(String prefix) {
      return put(ManifestPointers.METRIC_PREFIX, prefix);
    }

    /** {@code assets.integration.metrics.check}, written as a list in the order given. */
    public Builder metricsCheck(List<String> metrics) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      metrics.forEach(metric -> array.add(Objects.requireNonNull(metric, "metric")));
      ManifestTree.put(fragment, ManifestPointers.METRICS_CHECK, array);
      return this;
    }

    /** {@code assets.integration.metrics.metadata_path}: the generated metadata.csv's path. */
    public Builder metadataPath(String path) {
      return put(ManifestPointers.METADATA_PATH, path);
    }

    /** {@code assets.integration.service_checks.metadata_path}. */
    public Builder serviceChecksPath(String path) {
      return put(ManifestPointers.SERVICE_CHECKS_PATH, path);
    }

    /** The fragment: a new tree in canonical key order. */
    public ObjectNode build() {
      return fragment.deepCopy();
    }

    private Builder put(String pointer, String value) {
      ManifestTree.put(fragment, pointer, Objects.requireNonNull(value, pointer));
      return this;
    }
  }
}
