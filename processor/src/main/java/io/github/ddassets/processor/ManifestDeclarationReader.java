package io.github.ddassets.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ddassets.core.declare.ManifestDeclaration;
import io.github.ddassets.core.declare.Vocabulary.Author;
import io.github.ddassets.core.declare.Vocabulary.Integration;
import io.github.ddassets.core.declare.Vocabulary.Layout;
import io.github.ddassets.core.declare.Vocabulary.Listing;
import io.github.ddassets.core.declare.Vocabulary.OAuth;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads the manifest declarations of an {@code @Integration} class into a {@link
 * ManifestDeclaration}: the {@code kind} and {@code manifest} of {@code @Integration}, the store
 * listing of {@code @Listing} ({@code @Tile}, {@code @Author} and their parts), {@code @OAuth}, and
 * the {@code emptyServiceChecks} flag of {@code @Layout}. Each value points at the attribute that
 * declares it.
 */
final class ManifestDeclarationReader {

  static final String OAUTH = OAuth.ANNOTATION;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The attributes of @Integration that declare a manifest (name, displayName... do not). */
  private static final List<String> MANIFEST_ATTRIBUTES =
      List.of(Integration.KIND, Integration.MANIFEST);

  /** The attributes of @Listing that set a value of assets.integration. */
  private static final List<String> INTEGRATION_ATTRIBUTES =
      List.of(
          Listing.SOURCE_TYPE_ID,
          Listing.AUTO_INSTALL,
          Listing.CREATES_EVENTS,
          Listing.PROCESS_SIGNATURES);

  /** The texts of @Author, in the order they are declared: each attribute and its manifest key. */
  private static final List<String[]> AUTHOR_TEXTS =
      List.of(
          new String[] {Author.SUPPORT_EMAIL, "support_email"},
          new String[] {Author.HOMEPAGE, "homepage"},
          new String[] {Author.SALES_EMAIL, "sales_email"},
          new String[] {Author.NAME, "name"},
          new String[] {Author.VENDOR_ID, "vendor_id"});

  private final Mirrors mirrors;
  private final TileReader tiles;

  ManifestDeclarationReader(Mirrors mirrors) {
    this.mirrors = mirrors;
    this.tiles = new TileReader(mirrors);
  }

  /**
   * The manifest an {@code @Integration} class declares.
   *
   * @param type the class
   * @param integration its {@code @Integration}
   * @param listing its {@code @Listing}, if any: without one, the listing's defaults apply
   * @param oauth its {@code @OAuth}, if any
   */
  ManifestDeclaration read(
      TypeElement type,
      AnnotationMirror integration,
      Optional<AnnotationMirror> listing,
      Optional<AnnotationMirror> oauth) {
    AnnotationValues values = mirrors.read(integration);
    ElementOrigin origin = ElementOrigin.of(type, integration);
    // Without @Listing, the listing's defaults are written and point at @Integration.
    AnnotationValues listed =
        listing.isPresent() ? mirrors.read(listing.get()) : mirrors.defaults(Listing.ANNOTATION);
    ElementOrigin listingOrigin =
        listing.isPresent() ? ElementOrigin.of(type, listing.get()) : origin;
    boolean api = values.enumConstant(Integration.KIND).equals("API");
    Declared declared = new Declared();

    declared.defaults.add(text(ManifestPointers.MANIFEST_VERSION, "2.0.0", origin, "@Integration"));
    String name = values.string(Integration.NAME);
    declared.defaults.add(
        text(
            ManifestPointers.APP_ID,
            appId(name),
            origin.attribute(Integration.NAME),
            "@Integration(" + Integration.NAME + ")"));
    for (String attribute : List.of(Listing.APP_ID, Listing.APP_UUID, Listing.OWNER)) {
      if (listed.isSet(attribute)) {
        declared.values.add(
            text(pointer(attribute), listed.string(attribute), listingOrigin, attribute));
      }
    }
    flag(
        listed,
        listingOrigin,
        Listing.DISPLAY_ON_PUBLIC_WEBSITE,
        ManifestPointers.DISPLAY_ON_PUBLIC_WEBSITE,
        false,
        declared);
    long sourceTypeId = listed.longInteger(Listing.SOURCE_TYPE_ID);
    if (listed.isSet(Listing.SOURCE_TYPE_ID) && sourceTypeId != 0) {
      declared.values.add(
          value(
              ManifestPointers.INTEGRATION + "/source_type_id",
              sourceTypeId == (int) sourceTypeId
                  ? JSON.numberNode((int) sourceTypeId)
                  : JSON.numberNode(sourceTypeId),
              listingOrigin.attribute(Listing.SOURCE_TYPE_ID),
              label(Listing.SOURCE_TYPE_ID)));
    }
    flag(
        listed, listingOrigin, Listing.AUTO_INSTALL, ManifestPointers.AUTO_INSTALL, !api, declared);
    flag(
        listed,
        listingOrigin,
        Listing.CREATES_EVENTS,
        ManifestPointers.CREATES_EVENTS,
        false,
        declared);
    if (listed.isSet(Listing.PROCESS_SIGNATURES)) {
      declared.values.add(
          strings(
              ManifestPointers.INTEGRATION + "/process_signatures",
              listed.list(Listing.PROCESS_SIGNATURES),
              listingOrigin.attribute(Listing.PROCESS_SIGNATURES),
              label(Listing.PROCESS_SIGNATURES)));
    }
    if (listed.isSet(Listing.LOGS_SOURCE)) {
      declared.values.add(
          text(
              ManifestPointers.LOGS_SOURCE,
              listed.string(Listing.LOGS_SOURCE),
              listingOrigin,
              Listing.LOGS_SOURCE));
    }
    tiles.read(type, listed, listingOrigin, declared.values, declared.defaults);
    author(type, listed, declared);
    Optional<Origin> oauthOrigin = Optional.empty();
    if (oauth.isPresent()) {
      oauthOrigin = Optional.of(oauth(type, oauth.get(), declared));
    }
    boolean declaresManifest =
        oauth.isPresent() || listing.isPresent() || anySet(values, MANIFEST_ATTRIBUTES);
    boolean integrationKeys = anySet(listed, INTEGRATION_ATTRIBUTES);
    return new ManifestDeclaration(
        origin,
        api,
        values.string(Integration.MANIFEST),
        declaresManifest,
        integrationKeys,
        LayoutFlags.of(type, mirrors).isSet(Layout.EMPTY_SERVICE_CHECKS),
        declared.values,
        declared.defaults,
        oauthOrigin);
  }

  private void author(TypeElement type, AnnotationValues listing, Declared declared) {
    if (!listing.isSet(Listing.AUTHOR)) {
      return;
    }
    AnnotationMirror mirror = listing.annotations(Listing.AUTHOR).get(0);
    AnnotationValues author = mirrors.read(mirror);
    ElementOrigin origin = ElementOrigin.of(type, mirror);
    for (String[] text : AUTHOR_TEXTS) {
      if (author.isSet(text[0])) {
        declared.values.add(
            value(
                ManifestPointers.child(ManifestPointers.AUTHOR, text[1]),
                JSON.textNode(author.string(text[0])),
                origin.attribute(text[0]),
                "@Author(" + text[0] + ")"));
      }
    }
  }

  private Origin oauth(TypeElement type, AnnotationMirror mirror, Declared declared) {
    AnnotationValues oauth = mirrors.read(mirror);
    ElementOrigin origin = ElementOrigin.of(type, mirror);
    declared.values.add(
        strings(
            ManifestPointers.OAUTH_SCOPES,
            oauth.list(OAuth.SCOPES),
            origin.attribute(OAuth.SCOPES),
            "@OAuth(" + OAuth.SCOPES + ")"));
    return origin;
  }

  /** An OptBoolean attribute: its value when set, else a default written without a base. */
  private static void flag(
      AnnotationValues values,
      ElementOrigin origin,
      String attribute,
      String pointer,
      boolean fallback,
      Declared declared) {
    String flag = values.enumConstant(attribute);
    String label = label(attribute);
    if (flag.equals("DEFAULT")) {
      declared.defaults.add(value(pointer, JSON.booleanNode(fallback), origin, label));
    } else {
      declared.values.add(
          value(
              pointer, JSON.booleanNode(flag.equals("TRUE")), origin.attribute(attribute), label));
    }
  }

  /** Whether any of the attributes is set, looked up in order up to the first that is. */
  private static boolean anySet(AnnotationValues values, List<String> attributes) {
    for (String attribute : attributes) {
      if (values.isSet(attribute)) {
        return true;
      }
    }
    return false;
  }

  /** How messages name an attribute of {@code @Listing}. */
  private static String label(String attribute) {
    return "@Listing(" + attribute + ")";
  }

  /** The app_id of a name: lower case, words joined by `-`. */
  static String appId(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
  }

  private static String pointer(String attribute) {
    return switch (attribute) {
      case Listing.APP_ID -> ManifestPointers.APP_ID;
      case Listing.APP_UUID -> ManifestPointers.APP_UUID;
      default -> ManifestPointers.OWNER;
    };
  }

  /** A text attribute of {@code @Listing}. */
  private static ManifestDeclaration.Value text(
      String pointer, String text, ElementOrigin listing, String attribute) {
    return value(pointer, JSON.textNode(text), listing.attribute(attribute), label(attribute));
  }

  private static ManifestDeclaration.Value text(
      String pointer, String text, Origin origin, String label) {
    return value(pointer, JSON.textNode(text), origin, label);
  }

  static ManifestDeclaration.Value value(
      String pointer, JsonNode value, Origin origin, String label) {
    return new ManifestDeclaration.Value(pointer, value, Map.of(pointer, origin), label);
  }

  /** A list of strings, each item pointing at its place in the array attribute. */
  static ManifestDeclaration.Value strings(
      String pointer, List<String> items, ElementOrigin origin, String label) {
    ArrayNode array = JSON.arrayNode();
    Map<String, Origin> origins = new HashMap<>();
    origins.put(pointer, origin);
    for (int i = 0; i < items.size(); i++) {
      array.add(items.get(i));
      origins.put(ManifestPointers.item(pointer, i), origin.item(i));
    }
    return new ManifestDeclaration.Value(pointer, array, origins, label);
  }

  /** The values read so far. */
  private static final class Declared {
    final List<ManifestDeclaration.Value> values = new ArrayList<>();
    final List<ManifestDeclaration.Value> defaults = new ArrayList<>();
  }
}
