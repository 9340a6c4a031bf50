package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Replaces one element of a template, as an entry of ddev's {@code overrides} mapping.
 *
 * <pre>{@code
 * @TemplateOverride(path = "openmetrics_endpoint.value.example",
 *     value = "http://localhost:9090/metrics")
 * @TemplateOverride(path = "tags.value.example", value = "[env:prod, team:acme]")
 * @TemplateOverride(path = "min_collection_interval.hidden", value = "true")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface TemplateOverride {

  /**
   * A dotted path into the template: option names, then keys ({@code
   * openmetrics_endpoint.value.example}). The first segment may be the template's own name.
   */
  String path();

  /**
   * The new value as YAML: {@code "http://x"} is a string, {@code "15"} a number, {@code "true"} a
   * boolean, {@code "[a, b]"} a list, {@code "{a: 1}"} a mapping and {@code "'15'"} the string
   * {@code 15}.
   */
  String value();
}
