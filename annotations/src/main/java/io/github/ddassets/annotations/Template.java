package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference to a ddev configuration template, written to the spec as {@code - template: <value>}
 * so that ddev resolves the same spec.
 *
 * <pre>{@code
 * @InstanceConfig(templates = {
 *     @Template(value = "instances/http",
 *         overrides = @TemplateOverride(path = "auth_type.value.example", value = "digest")),
 *     @Template("instances/default")})
 * }</pre>
 *
 * <p>Templates come from ddassets' built-in set, or from the folder given with the processor option
 * {@code -Addassets.templates=<dir>} (such as ddev's own templates folder).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Template {

  /**
   * The template's path without extension, such as {@code instances/http}; a dotted suffix picks
   * one element, such as {@code instances/http.username}.
   */
  String value();

  /** Values written into the template before it is used; each must land on an element. */
  TemplateOverride[] overrides() default {};

  /**
   * Hides every option the template brings: they stay in the spec (and are known to the generated
   * loader) but are not shown in {@code conf.yaml.example}.
   */
  boolean hidden() default false;
}
