package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the options of one instance of a check: each component of the annotated record (or each
 * instance field of the annotated class) is one option of the {@code instances} section of the
 * integration's {@code assets/configuration/spec.yaml} and {@code conf.yaml.example}.
 *
 * <pre>{@code
 * @InstanceConfig(check = AcmeCheck.class)
 * public record AcmeInstance(
 *     @Param(required = true, example = "http://localhost:8080",
 *         description = "Base URL of the Acme admin API.") String url,
 *     @Param(secret = true, description = "API key used to authenticate.") String apiKey,
 *     @Param(description = "Queues to monitor.") List<String> queues) {}
 * }</pre>
 *
 * <p>A description can also come from the record's Javadoc: the {@code @param} tag of the component
 * (for a class, the field's own Javadoc).
 *
 * <p>Options are written in component order, before the options of {@link #templates()} (after them
 * with {@link Layout#templatesFirst()}). The processor also generates {@code
 * <CheckClass>ConfigLoader}, which reads the Agent's {@code conf.yaml} into instances of this
 * record.
 *
 * <p>A class rather than a record works too: its instance fields are the options, and it needs a
 * constructor taking them in declaration order (the generated loader calls it).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InstanceConfig {

  /**
   * The check class (annotated with {@link Integration}) whose instances this type describes.
   * Needed only when the type is not declared inside that class.
   */
  Class<?> check() default void.class;

  /**
   * ddev templates whose options follow this type's own, such as {@code instances/http}. The
   * default, {@code instances/default}, adds {@code tags}, {@code service}, {@code
   * min_collection_interval}, {@code empty_default_hostname} and {@code metric_patterns}; ddev
   * requires it (or the {@code openmetrics}, {@code openmetrics_legacy} or {@code jmx} one).
   */
  Template[] templates() default {@Template("instances/default")};

  /**
   * The spec's top-level {@code name}, when it is not the integration's display name ({@code
   * Integration#displayName}).
   */
  String specName() default "";

  /** The spec's top-level {@code version}, written only when set. */
  String specVersion() default "";

  /**
   * The sections of the spec's main file, in order, when they differ from {@code init_config},
   * {@code instances} and (with {@link Logs}) {@code logs}: for example {@code {"instances",
   * "init_config", "logs"}}, or {@code {"instances"}} for a file without {@code init_config} (then
   * no {@link InitConfig} may be declared). {@code logs} is listed exactly when {@link Logs} is
   * declared.
   */
  String[] sections() default {};

  /**
   * ddev templates referenced in the spec's main file itself, beside its sections rather than
   * inside one, written after the last section: for example {@code @Template("instances/default")}.
   * ddev writes the options such a template brings at the top level of {@code conf.yaml.example},
   * after the sections, where the Agent reads none of them; some hand-written specs place a
   * template there, and {@code ddassets import} writes this attribute to give them back. A check
   * written from scratch puts its templates in {@link #templates()}. Naming a section ({@code
   * init_config}, {@code instances}, {@code logs}) here is a compile error.
   */
  Template[] fileTemplates() default {};
}
