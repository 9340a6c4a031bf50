package io.github.ddassets.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.manifest.ManifestPointers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of single manifest values beyond their JSON type: identifiers, tile lengths,
 * classifier tags, e-mail and URLs, the public-website flag, and the keys Datadog's reference calls
 * mandatory. Sources: ddev's legacy manifest validator, Datadog's asset reference (limits its
 * server-side schema enforces) and asset-rules.md section 5.
 */
final class ManifestFieldRules {

  // The v1 schema's integration_id pattern, which v2's app_id inherited.
  private static final Pattern APP_ID = Pattern.compile("[a-z](?:[a-z0-9-]{0,253}[a-z0-9])?");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  // "Should follow the strict standards of app_id where only dashes and alphabetic chars are
  // allowed" (Datadog's asset reference).
  private static final Pattern VENDOR_ID = Pattern.compile("[a-z](?:[a-z-]*[a-z])?");
  private static final Pattern URL = Pattern.compile("https?://.+");
  // Datadog's asset reference types author[support_email] and author[sales_email] as "String
  // (Email)"; ddev checks neither (its legacy validator only wants the support address in ASCII,
  // and the v2 schema is server-side), hence a strict rule. An address is a local part, an `@` and
  // a domain of at least two labels; non-ASCII is left to manifest-support-email-ascii.
  private static final String LOCAL = "[^\\s@:;,<>()\\[\\]\"]+";
  private static final String LABEL = "[^\\s@:;,<>()\\[\\]\".]+";
  private static final Pattern EMAIL =
      Pattern.compile(LOCAL + "@" + LABEL + "(?:\\." + LABEL + ")+");
  private static final List<String> EMAILS = List.of("support_email", "sales_email");
  private static final int TITLE_MAX = 50;
  private static final int DESCRIPTION_MAX = 80;
  private static final int MARKETPLACE_DESCRIPTION_MAX = 70;
  private static final Set<String> RESOURCE_TYPES = Set.of("blog", "documentation", "faq", "other");
  private static final String SOURCE_TYPE_ID = "source_type_id";
  private static final List<String> DOCUMENTED_INTEGRATION_KEYS =
      List.of(SOURCE_TYPE_ID, "auto_install", "configuration", "events", "metrics");

  private ManifestFieldRules() {}

  static void check(
      Manifest manifest, ManifestContext context, Vocabulary vocabulary, List<Finding> findings) {
    identifiers(manifest, findings);
    tile(manifest, findings);
    classifierTags(manifest, vocabulary, findings);
    author(manifest, findings);
    publicWebsite(manifest, findings);
    resources(manifest, findings);
    documentedKeys(manifest, context, findings);
  }

  private static void identifiers(Manifest manifest, List<Finding> findings) {
    pattern(manifest, ManifestPointers.APP_ID, APP_ID, Rule.MANIFEST_APP_ID, findings);
    pattern(manifest, ManifestPointers.APP_UUID, UUID, Rule.MANIFEST_APP_UUID, findings);
    pattern(
        manifest, ManifestPointers.AUTHOR_VENDOR_ID, VENDOR_ID, Rule.MANIFEST_VENDOR_ID, findings);
  }

  /** Reports the text at {@code pointer}, if any, when it does not match {@code pattern}. */
  private static void pattern(
      Manifest manifest, String pointer, Pattern pattern, Rule rule, List<Finding> findings) {
    String value = manifest.text(pointer).orElse(null);
    if (value != null && !pattern.matcher(value).matches()) {
      findings.add(rule.at(manifest.origin(pointer), value));
    }
  }

  private static void tile(Manifest manifest, List<Finding> findings) {
    Optional<String> title = manifest.title();
    if (title.isPresent()) {
      int length = Text.length(title.get());
      if (length > TITLE_MAX) {
        findings.add(
            Rule.MANIFEST_TITLE_TOO_LONG.at(manifest.origin(ManifestPointers.TILE_TITLE), length));
      }
    }
    Optional<String> description = manifest.text(ManifestPointers.TILE_DESCRIPTION);
    if (description.isPresent()) {
      boolean marketplace = manifest.isMarketplace();
      int max = marketplace ? MARKETPLACE_DESCRIPTION_MAX : DESCRIPTION_MAX;
      int length = Text.length(description.get());
      if (length > max) {
        findings.add(
            Rule.MANIFEST_DESCRIPTION_TOO_LONG.at(
                manifest.origin(ManifestPointers.TILE_DESCRIPTION),
                length,
                max,
                marketplace ? " for a Marketplace listing" : ""));
      }
    }
  }

  private static void classifierTags(
      Manifest manifest, Vocabulary vocabulary, List<Finding> findings) {
    JsonNode tags = manifest.at(ManifestPointers.TILE_CLASSIFIER_TAGS);
    for (int i = 0; i < tags.size(); i++) {
      JsonNode tag = tags.get(i);
      if (!tag.isTextual()) {
        continue;
      }
      String pointer = ManifestPointers.item(ManifestPointers.TILE_CLASSIFIER_TAGS, i);
      String value = tag.textValue();
      if (!ClassifierTags.isWellFormed(value)) {
        findings.add(
            Rule.MANIFEST_CLASSIFIER_TAG_FORMAT.at(
                manifest.origin(pointer), value, String.join(", ", ClassifierTags.KEYS)));
      } else if (!vocabulary.isKnownClassifierTag(value)) {
        Finding finding = Rule.MANIFEST_CLASSIFIER_TAG_UNKNOWN.at(manifest.origin(pointer), value);
        Optional<String> known = ClassifierTags.closest(value);
        findings.add(
            known.isPresent() ? finding.withHint("did you mean `" + known.get() + "`?") : finding);
      }
    }
  }

  private static void author(Manifest manifest, List<Finding> findings) {
    // ddev's legacy validator reads the support e-mail as the maintainer, which must be ASCII.
    String support = manifest.text(ManifestPointers.AUTHOR_SUPPORT_EMAIL).orElse(null);
    if (support != null && !Text.isAscii(support)) {
      findings.add(
          Rule.MANIFEST_SUPPORT_EMAIL_ASCII.at(
              manifest.origin(ManifestPointers.AUTHOR_SUPPORT_EMAIL), support));
    }
    for (String key : EMAILS) {
      String pointer = ManifestPointers.child(ManifestPointers.AUTHOR, key);
      String email = manifest.text(pointer).orElse(null);
      if (email != null && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
        findings.add(Rule.MANIFEST_EMAIL_INVALID.at(manifest.origin(pointer), key, email));
      }
    }
    String homepage = ManifestPointers.child(ManifestPointers.AUTHOR, "homepage");
    url(manifest, homepage, findings);
  }

  private static void publicWebsite(Manifest manifest, List<Finding> findings) {
    String pointer = ManifestPointers.DISPLAY_ON_PUBLIC_WEBSITE;
    JsonNode value = manifest.at(pointer);
    if (value.isMissingNode()) {
      return;
    }
    // ddev's DisplayOnPublicValidator: a boolean, whichever (a missing key is a required one).
    if (!value.isBoolean()) {
      findings.add(
          Rule.MANIFEST_DISPLAY_ON_PUBLIC_WEBSITE.at(
              manifest.origin(pointer), ManifestShapeRules.describe(value)));
    }
  }

  private static void resources(Manifest manifest, List<Finding> findings) {
    JsonNode resources = manifest.at(ManifestPointers.TILE_RESOURCES);
    for (int i = 0; i < resources.size(); i++) {
      String item = ManifestPointers.item(ManifestPointers.TILE_RESOURCES, i);
      url(manifest, ManifestPointers.child(item, "url"), findings);
      String typePointer = ManifestPointers.child(item, "resource_type");
      String type = manifest.text(typePointer).orElse(null);
      if (type != null && !RESOURCE_TYPES.contains(type)) {
        findings.add(Rule.MANIFEST_RESOURCE_TYPE.at(manifest.origin(typePointer), type));
      }
    }
  }

  private static void url(Manifest manifest, String pointer, List<Finding> findings) {
    String url = manifest.text(pointer).orElse(null);
    if (url != null && !URL.matcher(url).matches()) {
      findings.add(Rule.MANIFEST_URL_INVALID.at(manifest.origin(pointer), pointer, url));
    }
  }

  /**
   * Keys Datadog's reference calls mandatory but the schema ddev relies on does not require. The id
   * {@code source_type_id} is asked for only where the context expects the keys Datadog assigns:
   * Datadog gives the id when it publishes the integration, so a manifest the code alone describes
   * cannot have one yet, and its author could do nothing about the warning.
   */
  private static void documentedKeys(
      Manifest manifest, ManifestContext context, List<Finding> findings) {
    JsonNode author = manifest.at(ManifestPointers.AUTHOR);
    if (author.isObject() && !author.has("sales_email")) {
      findings.add(
          Rule.MANIFEST_KEY_DOCUMENTED.at(
              manifest.origin(ManifestPointers.AUTHOR), ManifestPointers.AUTHOR, "sales_email"));
    }
    JsonNode integration = manifest.at(ManifestPointers.INTEGRATION);
    if (!integration.isObject()) {
      return;
    }
    for (String key : DOCUMENTED_INTEGRATION_KEYS) {
      if (!integration.has(key) && (context.assignedKeys() || !key.equals(SOURCE_TYPE_ID))) {
        findings.add(
            Rule.MANIFEST_KEY_DOCUMENTED.at(
                manifest.origin(ManifestPointers.INTEGRATION), ManifestPointers.INTEGRATION, key));
      }
    }
  }
}
