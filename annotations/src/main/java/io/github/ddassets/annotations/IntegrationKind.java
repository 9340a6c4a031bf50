package io.github.ddassets.annotations;

/**
 * Where an integration runs, which decides the files ddassets generates and the rules of Datadog's
 * guide to API integrations.
 */
public enum IntegrationKind {
  /**
   * A check run by the Datadog Agent: it may declare configuration ({@link InstanceConfig}, {@link
   * InitConfig}, {@link Logs}, {@link AutoConf}), written as {@code spec.yaml} and {@code
   * conf.yaml.example}.
   */
  AGENT,
  /**
   * A service hosted by the partner that talks to Datadog's API with OAuth. It has no Agent
   * configuration, must declare the OAuth scopes it requests with {@link OAuth}, must submit
   * telemetry, and is not installed automatically ({@code auto_install} defaults to false).
   */
  API
}
