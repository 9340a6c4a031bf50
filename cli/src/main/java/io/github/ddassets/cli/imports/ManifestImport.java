package io.github.ddassets.cli.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.github.ddassets.core.manifest.IntegrationKind;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The manifest of an imported integration: the {@code @Integration} attributes (and {@code @OAuth})
 * for what the annotations can say, and the base manifest for the rest.
 *
 * <p>The base manifest ({@link BaseManifest}) leaves out the keys the attributes declare that the
 * processor puts back where they were, and keeps the others (equal values are no conflict), so that
 * the original comes back either way.
 *
 * @param integration {@code @Integration}
 * @param oauth {@code @OAuth}, for an API integration with scopes
 * @param baseManifest the base manifest's text, if the folder has a manifest
 */
record ManifestImport(
    AnnotationSpec integration, Optional<AnnotationSpec> oauth, Optional<String> baseManifest) {

  /**
   * What the folder tells of the integration besides its manifest.
   *
   * @param metricPrefix the prefix known without a manifest (the repository's overrides)
   * @param displayName the {@code integration} of its service checks, when they agree on one
   * @param emptyMetadata whether it has a {@code metadata.csv} without rows
   * @param emptyServiceChecks whether it has a {@code service_checks.json} without entries
   */
  record FolderFacts(
      Optional<String> metricPrefix,
      Optional<String> displayName,
      boolean emptyMetadata,
      boolean emptyServiceChecks) {}

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
        AnnotationSpec.builder(AnnotationTypes.INTEGRATION).addMember("name", "$S", name);
    if (manifest.isEmpty()) {
      folder
          .displayName()
          .filter(display -> !display.equals(name))
          .ifPresent(display -> integration.addMember("displayName", "$S", display));
      folder
          .metricPrefix()
          .filter(prefix -> !prefix.isEmpty() && !prefix.equals(name + "."))
          .ifPresent(prefix -> integration.addMember("metricPrefix", "$S", prefix));
      return new ManifestImport(integration.build(), Optional.empty(), Optional.empty());
    }
    Manifest source = manifest.get();
    List<DeclaredValue> declared = new ArrayList<>();
    source
        .nonEmptyText(ManifestPointers.SOURCE_TYPE_NAME)
        .ifPresent(display -> integration.addMember("displayName", "$S", display));
    // The code owns metadata.csv when it declares a metric or the prefix: a file with a header
    // only comes back when the prefix is written, even if it is the default.
    source
        .nonEmptyText(ManifestPointers.METRIC_PREFIX)
        .filter(prefix -> folder.emptyMetadata() || !prefix.equals(name + "."))
        .ifPresent(prefix -> integration.addMember("metricPrefix", "$S", prefix));
    boolean api = IntegrationKind.of(source, agentConfig) == IntegrationKind.API;
    if (api) {
      integration.addMember("kind", "$T.API", AnnotationTypes.INTEGRATION_KIND);
    }
    integration.addMember("manifest", "$S", basePath);
    // Without assets.integration the processor writes no service_checks.json unless asked to.
    if (folder.emptyServiceChecks() && source.at(ManifestPointers.INTEGRATION).isMissingNode()) {
      integration.addMember("emptyServiceChecks", "true");
    }
    text(source, ManifestPointers.APP_ID, integration, "appId", declared);
    text(source, ManifestPointers.APP_UUID, integration, "appUuid", declared);
    text(source, ManifestPointers.OWNER, integration, "owner", declared);
    flag(
        source,
        ManifestPointers.DISPLAY_ON_PUBLIC_WEBSITE,
        integration,
        "displayOnPublicWebsite",
        declared);
    JsonNode typeId = source.at(ManifestPointers.INTEGRATION + "/source_type_id");
    if (typeId.isIntegralNumber() && typeId.canConvertToLong() && typeId.longValue() != 0) {
      integration.addMember("sourceTypeId", "$LL", typeId.longValue());
      declared.add(new DeclaredValue(ManifestPointers.INTEGRATION + "/source_type_id", typeId));
    }
    flag(source, ManifestPointers.AUTO_INSTALL, integration, "autoInstall", declared);
    flag(source, ManifestPointers.CREATES_EVENTS, integration, "createsEvents", declared);
    strings(
        source,
        ManifestPointers.INTEGRATION + "/process_signatures",
        integration,
        "processSignatures",
        declared);
    text(source, ManifestPointers.LOGS_SOURCE, integration, "logsSource", declared);
    TileAnnotation.of(source, declared).ifPresent(tile -> integration.addMember("tile", tile));
    author(source, declared).ifPresent(author -> integration.addMember("author", author));
    Optional<AnnotationSpec> oauth = Optional.empty();
    JsonNode scopes = source.at(ManifestPointers.OAUTH_SCOPES);
    if (api && JsonValues.isStrings(scopes) && !scopes.isEmpty()) {
      AnnotationSpec.Builder builder = AnnotationSpec.builder(AnnotationTypes.OAUTH);
      List<CodeBlock> items = new ArrayList<>();
      scopes.forEach(scope -> items.add(CodeBlock.of("$S", scope.textValue())));
      builder.addMember("scopes", AnnotationBlock.value(items, false));
      oauth = Optional.of(builder.build());
      declared.add(new DeclaredValue(ManifestPointers.OAUTH_SCOPES, scopes));
    }
    return new ManifestImport(
        integration.build(), oauth, Optional.of(BaseManifest.of(source, declared)));
  }

  private static Optional<CodeBlock> author(Manifest source, List<DeclaredValue> declared) {
    AnnotationBlock author =
        new AnnotationBlock(
            AnnotationTypes.AUTHOR, "name", "homepage", "supportEmail", "salesEmail", "vendorId");
    int before = declared.size();
    authorText(source, "support_email", "supportEmail", author, declared);
    authorText(source, "homepage", "homepage", author, declared);
    authorText(source, "sales_email", "salesEmail", author, declared);
    authorText(source, "name", "name", author, declared);
    authorText(source, "vendor_id", "vendorId", author, declared);
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
