package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a service check: the annotated {@code static final String} constant's value is the check
 * name the Agent submits, and the processor writes one entry of {@code assets/service_checks.json}
 * for it.
 *
 * <pre>{@code
 * @ServiceCheck(name = "Acme can connect", statuses = {Status.OK, Status.CRITICAL},
 *     groups = {"host", "endpoint"},
 *     description = "Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`.")
 * public static final String CAN_CONNECT = "acme.can_connect";
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ServiceCheck {

  /** The displayed name, unique across all integrations, for example "Acme can connect". */
  String name();

  /** The statuses the check can report. */
  Status[] statuses() default {Status.OK, Status.CRITICAL};

  /** Tag keys the service check is submitted with, for example {@code {"host", "endpoint"}}. */
  String[] groups() default {};

  /** What the statuses mean; when empty, the constant's Javadoc is used. */
  String description() default "";

  /**
   * The first Agent version that supports the check, as {@code major.minor.patch}. When empty, the
   * processor option {@code ddassets.agentVersion} supplies it.
   */
  String agentVersion() default "";

  /**
   * The entry's {@code integration}. Empty, the default, writes the integration's display name,
   * the only value ddev accepts; any other value is a compile error ({@code
   * service-checks-integration-mismatch}). {@code ddassets import} writes it for an entry that
   * names another integration, so that the build points at the value to fix.
   */
  String integration() default "";

  /**
   * The check class (annotated with {@link Integration}) this service check belongs to. Needed only
   * when the constant is not declared inside that class.
   */
  Class<?> check() default void.class;

  /**
   * The check names this service check had in earlier releases, for a rename: with the processor
   * option {@code ddassets.previous}, the old name missing from the new release is then not an
   * error.
   */
  String[] replaces() default {};

  /**
   * Why this service check changes in a way that breaks the previous release (a status it no
   * longer reports), on purpose. With the processor option {@code ddassets.previous}, such a change
   * is an error unless this says why.
   */
  String breaking() default "";
}
