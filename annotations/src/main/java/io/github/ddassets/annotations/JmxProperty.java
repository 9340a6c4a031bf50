package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean-property filter of a {@link JmxRule}: the bean has the property with one of the values.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface JmxProperty {

  /** The property key, such as {@code type}. */
  String name();

  /** The accepted values; several are written as a list. */
  String[] values();
}
