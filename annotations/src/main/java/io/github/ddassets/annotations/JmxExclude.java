package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code exclude} block of a {@link JmxRule}: beans and attributes it leaves out. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface JmxExclude {

  /** A domain left out. */
  String domain() default "";

  /** A pattern of domains left out. */
  String domainRegex() default "";

  /** Bean names left out. */
  String[] bean() default {};

  /** Patterns of bean names left out. */
  String[] beanRegex() default {};

  /** Bean-property values left out. */
  JmxProperty[] properties() default {};

  /** Attribute names left out. */
  String[] attributes() default {};
}
