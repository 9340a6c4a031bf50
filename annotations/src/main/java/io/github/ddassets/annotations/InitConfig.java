package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the options shared by all instances of a check: each component of the annotated record
 * (or each instance field of the annotated class) is one option of the {@code init_config} section
 * of the integration's {@code assets/configuration/spec.yaml} and {@code conf.yaml.example}.
 *
 * <pre>{@code
 * @InitConfig(check = AcmeCheck.class)
 * public record AcmeInit(
 *     @Param(example = "10", defaultValue = "10",
 *         description = "Seconds to wait for Acme before giving up.") int timeout) {}
 * }</pre>
 *
 * <p>Without an {@code @InitConfig}, an integration that declares an {@link InstanceConfig} gets an
 * {@code init_config} section made of the {@code init_config/default} template alone.
 *
 * @see InstanceConfig
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InitConfig {

  /**
   * The check class (annotated with {@link Integration}) this type configures. Needed only when the
   * type is not declared inside that class.
   */
  Class<?> check() default void.class;

  /**
   * ddev templates whose options follow this type's own. The default, {@code init_config/default},
   * adds {@code service}; ddev requires it (or the {@code openmetrics}, {@code openmetrics_legacy}
   * or {@code jmx} one).
   */
  Template[] templates() default {@Template("init_config/default")};
}
