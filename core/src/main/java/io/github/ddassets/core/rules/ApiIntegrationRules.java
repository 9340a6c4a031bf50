package io.github.ddassets.core.rules;

import io.github.ddassets.core.manifest.IntegrationKind;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.manifest.Telemetry;
import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The rules of Datadog's guide to API integrations ({@code api_integration.md}) that can be checked
 * on a declaration: OAuth scopes declared, {@code api_keys_write} requested to submit telemetry,
 * telemetry submitted, {@code auto_install} false. Each check is a function of plain values, so
 * that the annotation processor can call it with its own declarations and origins; {@link
 * #check(Manifest, ManifestContext, List)} applies them to a manifest that describes an API
 * integration ({@link IntegrationKind#API}).
 */
public final class ApiIntegrationRules {

  /** The scope an integration needs to create the API key it submits data with. */
  public static final String API_KEYS_WRITE = "api_keys_write";

  // Datadog's scope names: lower-case words joined by `_` (metrics_read, api_keys_write).
  private static final Pattern SCOPE = Pattern.compile("[a-z][a-z0-9_]*");

  private ApiIntegrationRules() {}

  /**
   * Checks the OAuth scopes of an API integration: at least one, each a scope name, none twice, and
   * {@code api_keys_write} among them when the integration submits telemetry.
   *
   * @param scopes the scopes, in declaration order
   * @param listOrigin where the list is declared (findings about the list as a whole)
   * @param itemOrigin where the scope at an index is declared
   * @param telemetry what the integration submits
   */
  public static List<Finding> scopes(
      List<String> scopes, Origin listOrigin, IntFunction<Origin> itemOrigin, Telemetry telemetry) {
    List<Finding> findings = new ArrayList<>();
    if (scopes.isEmpty()) {
      findings.add(
          Rule.MANIFEST_OAUTH_SCOPES.at(
              listOrigin,
              "an API integration must declare the OAuth scopes it requests (at least one)"));
      return findings;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scopes.size(); i++) {
      String scope = scopes.get(i);
      if (!SCOPE.matcher(scope).matches()) {
        findings.add(
            Rule.MANIFEST_OAUTH_SCOPES.at(
                itemOrigin.apply(i),
                "`" + scope + "` is not a scope name (lower-case words joined by `_`)"));
      } else if (!seen.add(scope)) {
        findings.add(
            Rule.MANIFEST_OAUTH_SCOPES.at(
                itemOrigin.apply(i), "the scope `" + scope + "` is declared twice"));
      }
    }
    if (telemetry.submitsAny() && !seen.contains(API_KEYS_WRITE)) {
      findings.add(Rule.MANIFEST_OAUTH_API_KEYS_WRITE.at(listOrigin, submitted(telemetry)));
    }
    return findings;
  }

  /** An API integration must submit telemetry: a finding when it declares none. */
  public static Optional<Finding> telemetry(Telemetry telemetry, Origin origin) {
    return telemetry.submitsAny()
        ? Optional.empty()
        : Optional.of(Rule.MANIFEST_API_TELEMETRY.at(origin));
  }

  /** An API integration should not be installed automatically: a finding when it is. */
  public static Optional<Finding> autoInstall(boolean autoInstall, Origin origin) {
    return autoInstall ? Optional.of(Rule.MANIFEST_AUTO_INSTALL_API.at(origin)) : Optional.empty();
  }

  /**
   * Applies the checks to a manifest when it describes an API integration. The scopes are checked
   * only when the manifest carries {@code oauth.scopes} (manifests of integrations-extras write
   * {@code "oauth": {}}: their OAuth client lives in Datadog's Developer Platform).
   */
  static void check(Manifest manifest, ManifestContext context, List<Finding> findings) {
    if (IntegrationKind.of(manifest, context.agentConfigFiles()) != IntegrationKind.API) {
      return;
    }
    Telemetry telemetry = Telemetry.of(manifest, context.assets().metadata());
    manifest
        .oauthScopes()
        .filter(scopes -> manifest.at(ManifestPointers.OAUTH_SCOPES).size() == scopes.size())
        .ifPresent(
            scopes ->
                findings.addAll(
                    scopes(
                        scopes,
                        manifest.origin(ManifestPointers.OAUTH_SCOPES),
                        i ->
                            manifest.origin(
                                ManifestPointers.item(ManifestPointers.OAUTH_SCOPES, i)),
                        telemetry)));
    telemetry(telemetry, manifest.origin(ManifestPointers.INTEGRATION)).ifPresent(findings::add);
    manifest
        .bool(ManifestPointers.AUTO_INSTALL)
        .flatMap(value -> autoInstall(value, manifest.origin(ManifestPointers.AUTO_INSTALL)))
        .ifPresent(findings::add);
  }

  /** What the telemetry is, in words: {@code metrics and logs}. */
  private static String submitted(Telemetry telemetry) {
    List<String> kinds = new ArrayList<>();
    if (telemetry.metrics()) {
      kinds.add("metrics");
    }
    if (telemetry.logs()) {
      kinds.add("logs");
    }
    if (telemetry.events()) {
      kinds.add("events");
    }
    if (telemetry.other()) {
      kinds.add("other data");
    }
    return kinds.size() == 1
        ? kinds.get(0)
        : String.join(", ", kinds.subList(0, kinds.size() - 1))
            + " and "
            + kinds.get(kinds.size() - 1);
  }
}
