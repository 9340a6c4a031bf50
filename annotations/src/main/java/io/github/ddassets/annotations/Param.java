package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one option of an {@link InstanceConfig} or {@link InitConfig} type, on a record
 * component (or a field of a class). Components without {@code @Param} are options too, with the
 * defaults below.
 *
 * <pre>{@code
 * @Param(required = true, example = "http://localhost:8080") String url,
 * @Param(secret = true) String apiKey,                                   // api_key: <API_KEY>
 * @Param(example = "true", defaultValue = "false") boolean verify,
 * @Param(example = "9999", minimum = 1, maximum = 65535) int port,
 * @Param(example = "[orders, payments]") List<String> queues
 * }</pre>
 *
 * <p>The spec type comes from the Java type: {@code String} is a string; {@code int}, {@code long}
 * and their boxes an integer; {@code double}, {@code float}, {@code BigDecimal} and their boxes a
 * number; {@code boolean} a boolean; an enum a string with {@code enum} (its constants in lower
 * case); {@code List} and {@code Set} an array with {@code items}; {@code Map<String, T>} an object
 * with {@code additionalProperties}; a record an object with {@code properties}; and {@code Object}
 * whatever {@link #anyOf()} says.
 *
 * <p>{@link #example()}, {@link #defaultValue()} and {@link #displayDefault()} hold YAML ({@code
 * "8080"}, {@code "[a, b]"}, {@code "{k: v}"}), except for string and enum parameters, whose value
 * is the text itself ({@code example = "8080"} is the string {@code 8080}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Param {

  /** The option's name in the YAML file. Defaults to the component's name in snake_case. */
  String name() default "";

  /**
   * What the option does, one or more lines of Markdown. When empty, the record's Javadoc {@code
   * @param} tag for the component (or the field's Javadoc) is used. ddev requires a description.
   */
  String description() default "";

  /**
   * Whether the Agent's {@code conf.yaml} must set the option. Required options are shown
   * uncommented in {@code conf.yaml.example} and the generated loader rejects a file without them.
   * Written explicitly as {@code required = false}, the spec spells out {@code required: false} (as
   * many hand-written specs do); left out, the spec says nothing.
   */
  boolean required() default false;

  /**
   * The value shown in {@code conf.yaml.example}. When not set, ddev shows {@code <OPTION_NAME>}
   * for strings and numbers, {@code []} for lists and {@code {}} for mappings; a boolean needs one.
   */
  String example() default "";

  /**
   * The value the generated loader uses when the file does not set the option, also shown in the
   * {@code @param} line ({@code - default: 15}). A required option may state one, as ddev accepts:
   * spec.yaml keeps it, the {@code @param} line shows none and the loader never applies it.
   */
  String defaultValue() default "";

  /**
   * The default as shown in {@code conf.yaml.example}, when it differs from {@link
   * #defaultValue()}; {@code "null"} shows no default at all. Always YAML.
   */
  String displayDefault() default "";

  /** Marks a password, token or key. */
  boolean secret() default false;

  /** Keeps the option out of {@code conf.yaml.example} (it stays in the spec and the loader). */
  boolean hidden() default false;

  /** Options with a higher priority are shown first; ties keep declaration order. */
  int displayPriority() default 0;

  /**
   * Whether the example line is shown uncommented. When not set, an option is enabled exactly when
   * it is required.
   */
  boolean enabled() default false;

  /** A deprecation notice, one {@code key: value} line each. */
  Deprecation[] deprecation() default {};

  /**
   * The allowed values of a string parameter (of its items for a list, of its values for a map),
   * written as the schema's {@code enum}. An enum type gives them without this attribute.
   */
  String[] enumValues() default {};

  /** A regular expression that string values must match ({@code pattern}). */
  String pattern() default "";

  /** The smallest allowed value of a number (of its items for a list). Set it to use it. */
  double minimum() default 0;

  /** The largest allowed value of a number (of its items for a list). Set it to use it. */
  double maximum() default 0;

  /**
   * The types of a parameter that accepts several shapes, written as {@code anyOf}; for example
   * {@code {STRING, LIST_OF_STRINGS}}. The component's type is then {@code Object} (the loader
   * returns the YAML value as {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code
   * List} or {@code Map}), or {@code List<String>} for {@code {STRING, LIST_OF_STRINGS}}, where a
   * single string becomes a one-item list. A single type is written as that type rather than an
   * {@code anyOf}: {@code anyOf = MAPPING} on an {@code Object} is {@code type: object} (any
   * mapping), {@code anyOf = LIST_OF_MAPPINGS} an array of such mappings.
   */
  ValueType[] anyOf() default {};
}
