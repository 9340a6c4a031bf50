package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An example value for one option, by name, as {@link AutoConf#examples()} uses it. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ParamValue {

  /** The option's name in the YAML file, such as {@code url}. */
  String param();

  /** The example, read as {@link Param#example()} is (text for strings, else YAML). */
  String value();

  /** The option's description in this file, when it differs from the option's own. */
  String description() default "";
}
