package io.github.ddassets.core.rules;

import static io.github.ddassets.core.rules.MetadataRulesTest.assertFindings;
import static io.github.ddassets.core.testing.ManifestFixtures.context;
import static io.github.ddassets.core.testing.ManifestFixtures.edit;
import static io.github.ddassets.core.testing.ManifestFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.manifest.ManifestTree;
import io.github.ddassets.core.manifest.Telemetry;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.testing.ManifestFixtures;
import io.github.ddassets.core.testing.SourceOrigin;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiIntegrationRules}: as functions of declarations (the processor's use), and on a
 * manifest of an API integration: the base manifest without its configuration spec, with OAuth.
 */
class ApiIntegrationRulesTest {

  private static final SourceOrigin OAUTH = SourceOrigin.of("AcmeCheck");
  private static final Telemetry METRICS = new Telemetry(true, false, false, false);

  @Test
  @Triggers(Rule.MANIFEST_OAUTH_SCOPES)
  void noScopes_badNameAndDuplicate_areReported() {
    assertFindings(ApiIntegrationRules.scopes(List.of(), OAUTH, i -> OAUTH, Telemetry.NONE))
        .containsExactly(
            tuple(
                Rule.MANIFEST_OAUTH_SCOPES,
                "AcmeCheck",
                "an API integration must declare the OAuth scopes it requests (at least one)"));
    assertFindings(
            ApiIntegrationRules.scopes(
                List.of("metrics_read", "Metrics Read", "metrics_read"),
                OAUTH.attribute("scopes"),
                i -> OAUTH.attribute("scopes[" + i + "]"),
                Telemetry.NONE))
        .containsExactly(
            tuple(
                Rule.MANIFEST_OAUTH_SCOPES,
                "AcmeCheck#scopes[1]",
                "`Metrics Read` is not a scope name (lower-case words joined by `_`)"),
            tuple(
                Rule.MANIFEST_OAUTH_SCOPES,
                "AcmeCheck#scopes[2]",
                "the scope `metrics_read` is declared twice"));
  }

  @Test
  void emptyScopesInAManifest_areReportedOnTheList() {
    assertFindings(check(api("[]", true)))
        .containsExactly(
            tuple(
                Rule.MANIFEST_OAUTH_SCOPES,
                "manifest.json:35:15",
                "an API integration must declare the OAuth scopes it requests (at least one)"),
            tuple(
                Rule.MANIFEST_AUTO_INSTALL_API,
                "manifest.json:61:23",
                "auto_install is true for an API integration: set it to false, the integration is"
                    + " installed when the user connects an account"));
  }

  @Test
  @Spares(Rule.MANIFEST_OAUTH_SCOPES)
  void oauthWithoutScopes_asInIntegrationsExtras_isNotJudged() {
    assertThat(check(api(null, false))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_OAUTH_API_KEYS_WRITE)
  void metricsWithoutApiKeysWrite_areReported() {
    assertFindings(ApiIntegrationRules.scopes(List.of("metrics_read"), OAUTH, i -> OAUTH, METRICS))
        .containsExactly(
            tuple(
                Rule.MANIFEST_OAUTH_API_KEYS_WRITE,
                "AcmeCheck",
                "the integration submits metrics but its OAuth scopes lack `api_keys_write`, which"
                    + " creating an API key on the user's behalf needs"));
    assertThat(
            ApiIntegrationRules.scopes(
                    List.of("metrics_read"),
                    OAUTH,
                    i -> OAUTH,
                    new Telemetry(true, true, true, false))
                .get(0)
                .message())
        .startsWith("the integration submits metrics, logs and events but");
  }

  @Test
  void manifestScopesWithoutApiKeysWrite_areReportedOnTheList() {
    assertFindings(check(api("[\"metrics_read\"]", false)))
        .containsExactly(
            tuple(
                Rule.MANIFEST_OAUTH_API_KEYS_WRITE,
                "manifest.json:35:15",
                "the integration submits metrics but its OAuth scopes lack `api_keys_write`, which"
                    + " creating an API key on the user's behalf needs"));
  }

  @Test
  @Spares(Rule.MANIFEST_OAUTH_API_KEYS_WRITE)
  void apiKeysWrite_orNoTelemetry_pass() {
    assertThat(
            ApiIntegrationRules.scopes(
                List.of("api_keys_write", "metrics_read"), OAUTH, i -> OAUTH, METRICS))
        .isEmpty();
    assertThat(
            ApiIntegrationRules.scopes(List.of("incident_read"), OAUTH, i -> OAUTH, Telemetry.NONE))
        .isEmpty();
    assertThat(check(api("[\"api_keys_write\"]", false))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_API_TELEMETRY)
  void apiIntegrationWithoutTelemetry_isAStrictWarning() {
    String text =
        edit(
            root -> {
              apiEdit(root, null, false);
              ManifestTree.remove(root, "/assets/integration/metrics");
              ManifestTree.put(
                  root,
                  "/tile/classifier_tags",
                  ManifestFixtures.json("[\"Offering::Integration\"]"));
            });
    List<Finding> findings = check(text, apiContext(Optional.empty()));

    assertFindings(findings)
        .filteredOn(finding -> finding.toList().get(0) == Rule.MANIFEST_API_TELEMETRY)
        .containsExactly(
            tuple(
                Rule.MANIFEST_API_TELEMETRY,
                "manifest.json:39:20",
                "an API integration must submit telemetry, but none is declared (no metrics, logs"
                    + " source, events or Submitted Data Type tag)"));
    assertThat(ApiIntegrationRules.telemetry(Telemetry.NONE, OAUTH)).isPresent();
  }

  @Test
  @Spares(Rule.MANIFEST_API_TELEMETRY)
  void events_areTelemetry_andAgentIntegrationsAreNotJudged() {
    assertThat(ApiIntegrationRules.telemetry(new Telemetry(false, false, true, false), OAUTH))
        .isEmpty();
    String agent =
        edit(
            root -> {
              ManifestTree.remove(root, "/assets/integration/metrics");
              ManifestTree.put(
                  root,
                  "/tile/classifier_tags",
                  ManifestFixtures.json("[\"Offering::Integration\"]"));
              ManifestTree.put(root, "/oauth", ManifestFixtures.json("{}"));
            });
    assertThat(check(agent, context(Optional.empty())))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_KEY_DOCUMENTED);
  }

  @Test
  @Triggers(Rule.MANIFEST_AUTO_INSTALL_API)
  void autoInstallTrue_isAStrictWarning() {
    assertThat(ApiIntegrationRules.autoInstall(true, OAUTH.attribute("autoInstall")))
        .map(Finding::text)
        .contains(
            "[manifest-auto-install-api] auto_install is true for an API integration: set it to"
                + " false, the integration is installed when the user connects an account");
  }

  @Test
  @Spares(Rule.MANIFEST_AUTO_INSTALL_API)
  void autoInstallFalse_orAnAgentIntegration_pass() {
    assertThat(ApiIntegrationRules.autoInstall(false, OAUTH)).isEmpty();
    // The base manifest is an Agent integration with auto_install true.
    assertThat(check(ManifestFixtures.BASE, context())).isEmpty();
  }

  /** The base manifest made an API integration: no spec, OAuth with these scopes (or none). */
  private static String api(String scopes, boolean autoInstall) {
    return edit(root -> apiEdit(root, scopes, autoInstall));
  }

  private static void apiEdit(ObjectNode root, String scopes, boolean autoInstall) {
    ManifestTree.put(root, "/assets/integration/configuration", ManifestFixtures.json("{}"));
    ManifestTree.put(
        root,
        "/oauth",
        ManifestFixtures.json(scopes == null ? "{}" : "{\"scopes\": " + scopes + "}"));
    ManifestTree.put(root, "/assets/integration/auto_install", BooleanNode.valueOf(autoInstall));
  }

  private static ManifestContext apiContext(Optional<MetadataFile> metadata) {
    return ManifestContext.of(context(metadata).assets())
        .withFolder(ManifestFixtures.folder(ManifestFixtures.FILES));
  }

  private static List<Finding> check(String text) {
    return check(text, apiContext(context().assets().metadata()));
  }

  private static List<Finding> check(String text, ManifestContext context) {
    return ManifestRules.check(parse(text), context);
  }
}
