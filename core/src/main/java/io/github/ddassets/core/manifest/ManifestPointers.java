package io.github.ddassets.core.manifest;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901) of the manifest values ddassets reads, and helpers to build them. */
public final class ManifestPointers {

  public static final String MANIFEST_VERSION = "/manifest_version";
  public static final String APP_UUID = "/app_uuid";
  public static final String APP_ID = "/app_id";
  public static final String OWNER = "/owner";
  public static final String DISPLAY_ON_PUBLIC_WEBSITE = "/display_on_public_website";
  public static final String TILE = "/tile";
  public static final String TILE_TITLE = "/tile/title";
  public static final String TILE_DESCRIPTION = "/tile/description";
  public static final String TILE_CHANGELOG = "/tile/changelog";
  public static final String TILE_MEDIA = "/tile/media";
  public static final String TILE_CLASSIFIER_TAGS = "/tile/classifier_tags";
  public static final String TILE_RESOURCES = "/tile/resources";
  public static final String AUTHOR = "/author";
  public static final String AUTHOR_SUPPORT_EMAIL = "/author/support_email";
  public static final String AUTHOR_VENDOR_ID = "/author/vendor_id";
  public static final String OAUTH = "/oauth";
  public static final String OAUTH_SCOPES = "/oauth/scopes";
  public static final String PRICING = "/pricing";
  public static final String LEGAL_TERMS = "/legal_terms";
  public static final String LEGAL_TERMS_EULA = "/legal_terms/eula";
  public static final String ASSETS = "/assets";
  public static final String ASSETS_OAUTH = "/assets/oauth";
  public static final String LOGS_SOURCE = "/assets/logs/source";
  public static final String INTEGRATION = "/assets/integration";
  public static final String SOURCE_TYPE_NAME = "/assets/integration/source_type_name";
  public static final String AUTO_INSTALL = "/assets/integration/auto_install";
  public static final String SPEC_PATH = "/assets/integration/configuration/spec";
  public static final String CREATES_EVENTS = "/assets/integration/events/creates_events";
  public static final String METRICS = "/assets/integration/metrics";
  public static final String METRIC_PREFIX = "/assets/integration/metrics/prefix";
  public static final String METRICS_CHECK = "/assets/integration/metrics/check";
  public static final String METADATA_PATH = "/assets/integration/metrics/metadata_path";
  public static final String SERVICE_CHECKS_PATH =
      "/assets/integration/service_checks/metadata_path";

  private ManifestPointers() {}

  /** The pointer of a key inside the object at {@code parent}, escaped as RFC 6901 requires. */
  public static String child(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of an item inside the array at {@code parent}. */
  public static String item(String parent, int index) {
    return parent + "/" + index;
  }

  /** The unescaped keys of a pointer: {@code "/a/b~1c"} gives {@code [a, b/c]}. */
  public static List<String> segments(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("not a JSON pointer: " + pointer);
    }
    List<String> segments = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }

  /** The pointer of the value holding the one at {@code pointer}; the root has none. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
