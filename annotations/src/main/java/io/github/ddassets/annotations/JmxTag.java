package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A tag a {@link JmxRule} adds to its metrics: {@code name: value}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface JmxTag {

  /** The tag key. */
  String name();

  /** The value; bean properties ({@code $type}) and pattern groups ({@code $1}) are replaced. */
  String value();
}
