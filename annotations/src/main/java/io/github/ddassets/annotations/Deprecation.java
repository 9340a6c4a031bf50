package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One line of an option's deprecation notice, rendered under {@code <<< DEPRECATED >>>} in {@code
 * conf.yaml.example} as {@code key: value}.
 *
 * <pre>{@code
 * @Param(deprecation = {
 *     @Deprecation(key = "Agent version", value = "8.0.0"),
 *     @Deprecation(key = "Migration", value = "Use `mode` instead.")})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Deprecation {

  /** The heading, such as {@code Agent version} or {@code Migration}. */
  String key();

  /** The text. */
  String value();
}
