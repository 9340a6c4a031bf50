package io.github.ddassets.cli.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.github.ddassets.core.declare.Vocabulary.Author;
import io.github.ddassets.core.declare.Vocabulary.Integration;
import io.github.ddassets.core.declare.Vocabulary.Layout;
import io.github.ddassets.core.declare.Vocabulary.Listing;
import io.github.ddassets.core.declare.Vocabulary.OAuth;
import io.github.ddassets.core.manifest.IntegrationKind;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The manifest of an imported integration: the {@code @Integration} and {@code @Listing} attributes
 * (and {@code @OAuth}) for what the annotations can say, {@code @Layout} for the file the folder
 * has without its manifest naming it, and the base manifest for the rest.
 *
 * <p>The base manifest ({@link BaseManifest}) leaves out the keys the attributes declare that the
 * processor puts back where they were, and keeps the others (equal values are no conflict), so that
 * the original comes back either way.
 *
 * @param integration {@code @Integration}
 * @param listing {@code @Listing}, when the manifest has a listing value it can declare
 * @param oauth {@code @OAuth}, for an API integration with scopes
 * @param layout {@code @Layout} with the flags the folder's files need (an empty
 *     service_checks.json the manifest does not name, metrics in the file's order, an empty
 *     sample_tags column, a spec the manifest does not name)
 * @param baseManifest the base manifest's text, if the folder has a manifest
 */
record ManifestImport(
    AnnotationSpec integration,
    Optional<AnnotationSpec> listing,
    Optional<AnnotationSpec> oauth,
    Optional<AnnotationSpec> layout,
    Optional<String> baseManifest) {

  /** The annotations of the check class, in the order they are written. */
  List<AnnotationSpec> annotations() {
    List<AnnotationSpec> annotations = new ArrayList<>();
    annotations.add(integration);
    listing.ifPresent(annotations::add);
    oauth.ifPresent(annotations::add);
    layout.ifPresent(annotations::add);
    return annotations;
  }

  /**
   * What the folder tells of the integration besides its manifest.
   *
   * @param metricPrefix the prefix known without a manifest (the repository's overrides)
   * @param displayName the {@code integration} of its service checks, when they agree on one
   * @param emptyMetadata whether it has a {@code metadata.csv} without rows
   * @param emptyServiceChecks whether it has a {@code service_checks.json} without entries
   * @param emptyServiceChecksObject whether that file is an empty object, {@code {}}
   * @param unsortedMetrics whether its metadata.csv rows are not sorted by metric name
   * @param emptySampleTags whether its metadata.csv has a sample_tags column without any tag
   */
  record FolderFacts(
      Optional<String> metricPrefix,
      Optional<String> displayName,
      boolean emptyMetadata,
      boolean emptyServiceChecks,
      boolean emptyServiceChecksObject,
      boolean unsortedMetrics,
      boolean emptySampleTags) {}

  /**
   * @param name the integration's name
   * @param manifest its manifest, if it has one
   * @param agentConfig whether the folder has a spec or example file
   * @param basePath the base manifest's path, relative to the source root
   * @param folder what the manifest cannot tell: the metric prefix and display name known without
   *     it, and whether the integration has a {@code metadata.csv} without rows
   */
  static ManifestImport of(
      String name,
      Optional<Manifest> manifest,
      boolean agentConfig,
      String basePath,
      FolderFacts folder) {
    AnnotationSpec.Builder integration =
        AnnotationSpec.builder(AnnotationTypes.INTEGRATION).addMember(Integration.NAME, "$S", name);
    if (manifest.isEmpty()) {
      folder
          .displayName()
          .filter(display -> !display.equals(name))
          .ifPresent(display -> integration.addMember(Integration.DISPLAY_NAME, "$S", display));
      folder
          .metricPrefix()
          .filter(prefix -> !prefix.isEmpty() && !prefix.equals(name + "."))
          .ifPresent(prefix -> integration.addMember(Integration.METRIC_PREFIX, "$S", prefix));
      return new ManifestImport(
          integration.build(),
          Optional.empty(),
          Optional.empty(),
          layout(folder, false, false),
          Optional.empty());
    }
    Manifest source = manifest.get();
    List<DeclaredValue> declared = new ArrayList<>();
    source
        .nonEmptyText(ManifestPointers.SOURCE_TYPE_NAME)
        .ifPresent(display -> integration.addMember(Integration.DISPLAY_NAME, "$S", display));
    // The code owns metadata.csv when it declares a metric or the prefix: a file with a header
    // only comes back when the prefix is written, even if it is the default.
    source
        .nonEmptyText(ManifestPointers.METRIC_PREFIX)
        .filter(prefix -> folder.emptyMetadata() || !prefix.equals(name + "."))
        .ifPresent(prefix -> integration.addMember(Integration.METRIC_PREFIX, "$S", prefix));
    boolean api = IntegrationKind.of(source, agentConfig) == IntegrationKind.API;
    if (api) {
      integration.addMember(Integration.KIND, "$T.API", AnnotationTypes.INTEGRATION_KIND);
    }
    integration.addMember(Integration.MANIFEST, "$S", basePath);
    Optional<AnnotationSpec> listing = listing(source, declared);
    Optional<AnnotationSpec> oauth = Optional.empty();
    JsonNode scopes = source.at(ManifestPointers.OAUTH_SCOPES);
    if (api && JsonValues.isStrings(scopes) && !scopes.isEmpty()) {
      AnnotationSpec.Builder builder = AnnotationSpec.builder(AnnotationTypes.OAUTH);
      List<CodeBlock> items = new ArrayList<>();
      scopes.forEach(scope -> items.add(CodeBlock.of("$S", scope.textValue())));
      builder.addMember(OAuth.SCOPES, AnnotationBlock.value(items, false));
      oauth = Optional.of(builder.build());
      declared.add(new DeclaredValue(ManifestPointers.OAUTH_SCOPES, scopes));
    }
    // Without assets.integration the processor writes no service_checks.json unless asked to.
    boolean emptyServiceChecks =
        folder.emptyServiceChecks() && source.at(ManifestPointers.INTEGRATION).isMissingNode();
    // A manifest that does not name the spec the folder has (configuration: {}) keeps it so.
    JsonNode configuration = source.at(ManifestPointers.INTEGRATION + "/configuration");
    boolean unnamedSpec =
        agentConfig && configuration.isObject() && !configuration.has("spec");
    return new ManifestImport(
        integration.build(),
        listing,
        oauth,
        layout(folder, emptyServiceChecks, unnamedSpec),
        Optional.of(BaseManifest.of(source, declared)));
  }

  /** The layout flags the folder's files need to come back as they are, if any. */
  private static Optional<AnnotationSpec> layout(
      FolderFacts folder, boolean emptyServiceChecks, boolean unnamedSpec) {
    AnnotationSpec.Builder layout = AnnotationSpec.builder(AnnotationTypes.LAYOUT);
    if (emptyServiceChecks) {
      layout.addMember(Layout.EMPTY_SERVICE_CHECKS, "true");
    }
    if (folder.emptyServiceChecksObject()) {
      layout.addMember(Layout.EMPTY_SERVICE_CHECKS_OBJECT, "true");
    }
    if (unnamedSpec) {
      layout.addMember(Layout.UNNAMED_SPEC, "true");
    }
    if (folder.unsortedMetrics()) {
      layout.addMember(Layout.METRICS_IN_DECLARATION_ORDER, "true");
    }
    if (folder.emptySampleTags()) {
      layout.addMember(Layout.SAMPLE_TAGS_COLUMN, "true");
    }
    AnnotationSpec built = layout.build();
    return built.members().isEmpty() ? Optional.empty() : Optional.of(built);
  }

  /** The {@code @Listing} of the listing values the manifest has, if it has any. */
  private static Optional<AnnotationSpec> listing(Manifest source, List<DeclaredValue> declared) {
    AnnotationSpec.Builder listing = AnnotationSpec.builder(AnnotationTypes.LISTING);
    text(source, ManifestPointers.APP_ID, listing, Listing.APP_ID, declared);
    text(source, ManifestPointers.APP_UUID, listing, Listing.APP_UUID, declared);
    text(source, ManifestPointers.OWNER, listing, Listing.OWNER, declared);
    flag(
        source,
        ManifestPointers.DISPLAY_ON_PUBLIC_WEBSITE,
        listing,
        Listing.DISPLAY_ON_PUBLIC_WEBSITE,
        declared);
    JsonNode typeId = source.at(ManifestPointers.INTEGRATION + "/source_type_id");
    if (typeId.isIntegralNumber() && typeId.canConvertToLong() && typeId.longValue() != 0) {
      listing.addMember(Listing.SOURCE_TYPE_ID, "$LL", typeId.longValue());
      declared.add(new DeclaredValue(ManifestPointers.INTEGRATION + "/source_type_id", typeId));
    }
    flag(source, ManifestPointers.AUTO_INSTALL, listing, Listing.AUTO_INSTALL, declared);
    flag(source, ManifestPointers.CREATES_EVENTS, listing, Listing.CREATES_EVENTS, declared);
    strings(
        source,
        ManifestPointers.INTEGRATION + "/process_signatures",
        listing,
        Listing.PROCESS_SIGNATURES,
        declared);
    text(source, ManifestPointers.LOGS_SOURCE, listing, Listing.LOGS_SOURCE, declared);
    TileAnnotation.of(source, declared).ifPresent(tile -> listing.addMember(Listing.TILE, tile));
    author(source, declared).ifPresent(author -> listing.addMember(Listing.AUTHOR, author));
    AnnotationSpec built = listing.build();
    return built.members().isEmpty() ? Optional.empty() : Optional.of(built);
  }

  private static Optional<CodeBlock> author(Manifest source, List<DeclaredValue> declared) {
    AnnotationBlock author =
        new AnnotationBlock(
            AnnotationTypes.AUTHOR,
            Author.NAME,
            Author.HOMEPAGE,
            Author.SUPPORT_EMAIL,
            Author.SALES_EMAIL,
            Author.VENDOR_ID);
    int before = declared.size();
    authorText(source, "support_email", Author.SUPPORT_EMAIL, author, declared);
    authorText(source, "homepage", Author.HOMEPAGE, author, declared);
    authorText(source, "sales_email", Author.SALES_EMAIL, author, declared);
    authorText(source, "name", Author.NAME, author, declared);
    authorText(source, "vendor_id", Author.VENDOR_ID, author, declared);
    return declared.size() == before ? Optional.empty() : Optional.of(author.block(false));
  }

  private static void authorText(
      Manifest source,
      String key,
      String attribute,
      AnnotationBlock author,
      List<DeclaredValue> declared) {
    JsonNode value = source.at(ManifestPointers.child(ManifestPointers.AUTHOR, key));
    if (value.isTextual() && !value.textValue().isEmpty()) {
      author.add(attribute, "$S", value.textValue());
      declared.add(new DeclaredValue(ManifestPointers.child(ManifestPointers.AUTHOR, key), value));
    }
  }

  private static void text(
      Manifest source,
      String pointer,
      AnnotationSpec.Builder annotation,
      String attribute,
      List<DeclaredValue> declared) {
    JsonNode value = source.at(pointer);
    if (value.isTextual() && !value.textValue().isEmpty()) {
      annotation.addMember(attribute, "$S", value.textValue());
      declared.add(new DeclaredValue(pointer, value));
    }
  }

  private static void flag(
      Manifest source,
      String pointer,
      AnnotationSpec.Builder annotation,
      String attribute,
      List<DeclaredValue> declared) {
    JsonNode value = source.at(pointer);
    if (value.isBoolean()) {
      annotation.addMember(
          attribute, "$T.$L", AnnotationTypes.OPT_BOOLEAN, value.booleanValue() ? "TRUE" : "FALSE");
      declared.add(new DeclaredValue(pointer, value));
    }
  }

  private static void strings(
      Manifest source,
      String pointer,
      AnnotationSpec.Builder annotation,
      String attribute,
      List<DeclaredValue> declared) {
    JsonNode value = source.at(pointer);
    if (JsonValues.isStrings(value) && !value.isEmpty()) {
      List<CodeBlock> items = new ArrayList<>();
      value.forEach(item -> items.add(CodeBlock.of("$S", item.textValue())));
      annotation.addMember(attribute, AnnotationBlock.value(items, false));
      declared.add(new DeclaredValue(pointer, value));
    }
  }
}
