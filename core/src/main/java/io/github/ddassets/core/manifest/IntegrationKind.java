package io.github.ddassets.core.manifest;

/**
 * What kind of integration a manifest describes, which decides the rules of Datadog's
 * API-integration guide.
 */
public enum IntegrationKind {
  /** Runs in the Datadog Agent: it has an Agent configuration (a spec or an example file). */
  AGENT,
  /**
   * Runs on the partner's side and talks to Datadog's API with OAuth: no Agent configuration, and
   * the manifest carries OAuth ({@code oauth} or {@code assets.oauth}).
   */
  API,
  /**
   * Neither: a tile without Agent configuration or OAuth (a library, a webhook, a crawler-based
   * integration). The API-integration rules do not apply.
   */
  OTHER;

  /**
   * Recognizes the kind from the manifest and the folder: an Agent configuration (a {@code
   * configuration.spec} in the manifest, or a spec or example file in the folder) makes an Agent
   * integration, whatever else the manifest says (four Agent checks of integrations-extras also
   * carry {@code "oauth": {}}); otherwise OAuth in the manifest makes an API integration.
   *
   * @param manifest the manifest
   * @param agentConfigFiles whether the folder holds a configuration spec or example file
   */
  public static IntegrationKind of(Manifest manifest, boolean agentConfigFiles) {
    if (agentConfigFiles || manifest.specPath().isPresent()) {
      return AGENT;
    }
    if (manifest.has(ManifestPointers.OAUTH) || manifest.has(ManifestPointers.ASSETS_OAUTH)) {
      return API;
    }
    return OTHER;
  }
}
