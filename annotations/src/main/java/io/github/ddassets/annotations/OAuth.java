package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth scopes an API integration ({@code @Integration(kind = IntegrationKind.API)}) requests,
 * written to the manifest as {@code oauth.scopes}. Put it on the {@link Integration} class.
 *
 * <pre>{@code
 * @Integration(name = "acme_cloud", kind = IntegrationKind.API, ...)
 * @OAuth(scopes = {"api_keys_write", "metrics_read"})
 * public final class AcmeCloudIntegration { ... }
 * }</pre>
 *
 * <p>Request the fewest scopes the integration needs. One that submits metrics, logs or events
 * needs {@code api_keys_write}, which lets it create the API key it submits data with during the
 * OAuth handshake (Datadog's guide to API integrations). The OAuth client itself (onboarding URL,
 * redirect URIs, client secret) is configured in Datadog's Developer Platform.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface OAuth {

  /** The scopes, such as {@code "metrics_read"}, in the order they are written; at least one. */
  String[] scopes();
}
