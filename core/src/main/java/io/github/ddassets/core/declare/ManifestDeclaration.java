package io.github.ddassets.core.declare;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an {@code @Integration} class says about its manifest, beyond the keys the code owns: the
 * values its manifest attributes set, the defaults written when there is no base manifest, and
 * where each value is declared.
 *
 * @param integration the {@code @Integration} annotation
 * @param api whether the integration is an API integration ({@code kind = API})
 * @param basePath the {@code manifest} attribute, or empty
 * @param declaresManifest whether a manifest attribute is written or the class carries
 *     {@code @Listing} or {@code @OAuth}: then a complete manifest.json is generated
 * @param declaresIntegrationKeys whether an attribute sets a value of {@code assets.integration}
 *     (source_type_id, auto_install, creates_events, process_signatures)
 * @param emptyServiceChecks whether service_checks.json is written even when the integration does
 *     not own {@code assets.integration}
 * @param values the values the annotations set explicitly
 * @param defaults the values written only when there is no base manifest
 * @param oauth the {@code @OAuth} annotation, when the class carries one
 */
public record ManifestDeclaration(
    Origin integration,
    boolean api,
    String basePath,
    boolean declaresManifest,
    boolean declaresIntegrationKeys,
    boolean emptyServiceChecks,
    List<Value> values,
    List<Value> defaults,
    Optional<Origin> oauth) {

  public ManifestDeclaration {
    values = List.copyOf(values);
    defaults = List.copyOf(defaults);
  }

  /**
   * An integration that says nothing about its manifest: no attribute, no base manifest, no
   * {@code @OAuth}; only the fragment of the keys the code owns is generated.
   *
   * @param integration the {@code @Integration} declaration
   */
  public static ManifestDeclaration none(Origin integration) {
    return new ManifestDeclaration(
        integration, false, "", false, false, false, List.of(), List.of(), Optional.empty());
  }

  /**
   * One manifest value an annotation declares.
   *
   * @param pointer its JSON pointer, such as {@code /tile/title}
   * @param value the value
   * @param origins where the value and the values inside it are declared, by pointer
   * @param label how messages name the declaration, such as {@code @Tile(title)}
   */
  public record Value(String pointer, JsonNode value, Map<String, Origin> origins, String label) {
    public Value {
      origins = Map.copyOf(origins);
    }

    /** Where the value itself is declared. */
    public Origin origin() {
      return origins.get(pointer);
    }
  }
}
