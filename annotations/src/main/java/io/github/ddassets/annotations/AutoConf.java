package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the integration's Autodiscovery file, {@code auto_conf.yaml}: the containers it applies
 * to ({@code ad_identifiers}), an empty {@code init_config}, and one instance made of the required
 * options of the {@link InstanceConfig} type plus those given an example here.
 *
 * <pre>{@code
 * @Integration(name = "acme")
 * @AutoConf(adIdentifiers = "acme",
 *     examples = @ParamValue(param = "url", value = "http://%%host%%:8080"))
 * public final class AcmeCheck { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AutoConf {

  /** The container identifiers (usually image short names) Autodiscovery matches. */
  String[] adIdentifiers();

  /**
   * Examples for {@code auto_conf.yaml}, by option name, replacing the instance type's own (they
   * typically use the {@code %%host%%} and {@code %%port%%} template variables).
   */
  ParamValue[] examples() default {};

  /** Templates added to the instance, such as {@code instances/openmetrics}. */
  Template[] templates() default {};

  /**
   * The check class (annotated with {@link Integration}) this file belongs to. Needed only when the
   * annotated type is neither that class nor declared inside it.
   */
  Class<?> check() default void.class;
}
