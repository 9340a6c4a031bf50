package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entry of a log source's {@code log_processing_rules}, such as {@code @LogProcessingRule(type
 * = "multi_line", name = "new_log_start_with_date", pattern = "\\d{4}-\\d{2}-\\d{2}")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface LogProcessingRule {

  /**
   * The rule type: {@code multi_line}, {@code exclude_at_match}, {@code include_at_match} or {@code
   * mask_sequences}.
   */
  String type();

  /** The rule's name. */
  String name();

  /** The regular expression the rule applies. */
  String pattern();

  /** For {@code mask_sequences}: the text that replaces each match. */
  String replacePlaceholder() default "";
}
