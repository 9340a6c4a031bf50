package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One configuration parameter as declared in code: a record component (or field) and its
 * {@code @Param}, before defaults are applied.
 *
 * <p>The origin is the component with its {@code @Param} annotation; {@link Origin#attribute}
 * narrows it to the attribute a spec key comes from ({@code "example"}, {@code "minimum"}...).
 *
 * @param javaName the component's name, such as {@code apiKey}
 * @param name the YAML name, or empty for the snake_case of the Java name
 * @param description the description (attribute or Javadoc), or empty
 * @param required whether the file must set it
 * @param type the shape its Java type gives it
 * @param values its example and defaults, as written
 * @param display how {@code conf.yaml.example} shows it
 * @param constraints the schema constraints it declares
 * @param origin the declaration
 */
public record ParamDeclaration(
    String javaName,
    String name,
    String description,
    boolean required,
    ParamType type,
    Values values,
    Display display,
    Constraints constraints,
    Origin origin) {

  public ParamDeclaration {
    Objects.requireNonNull(javaName, "javaName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(constraints, "constraints");
    Objects.requireNonNull(origin, "origin");
  }

  /** The YAML name: the declared one, or the Java name in snake_case. */
  public String effectiveName() {
    return name.isEmpty() ? ParamNames.snakeCase(javaName) : name;
  }

  /**
   * The values of a parameter as written in the annotation; each is present only when the attribute
   * was set.
   *
   * @param example the example (text for strings and enums, else YAML)
   * @param defaultValue the default (text for strings and enums, else YAML)
   * @param displayDefault the default as shown (YAML)
   */
  public record Values(
      Optional<String> example, Optional<String> defaultValue, Optional<String> displayDefault) {

    /** No example and no default. */
    public static final Values NONE =
        new Values(Optional.empty(), Optional.empty(), Optional.empty());

    public Values {
      Objects.requireNonNull(example, "example");
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(displayDefault, "displayDefault");
    }
  }

  /**
   * How {@code conf.yaml.example} shows a parameter.
   *
   * @param secret whether it is a secret
   * @param hidden whether it is left out of the example
   * @param displayPriority its priority (higher first)
   * @param enabled whether it is shown uncommented, when set explicitly
   * @param compactExample where a layout flag ({@code @Layout(compactExample)}) asks for a list
   *     example written one flow item per line; empty for the usual layout
   * @param deprecation the deprecation notice, in order
   * @param optionalWritten whether the spec spells out {@code required: false} (the attribute was
   *     set to false explicitly)
   */
  public record Display(
      boolean secret,
      boolean hidden,
      int displayPriority,
      Optional<Boolean> enabled,
      Optional<Origin> compactExample,
      Map<String, String> deprecation,
      boolean optionalWritten) {

    /** Every attribute at its default. */
    public static final Display DEFAULT =
        new Display(false, false, 0, Optional.empty(), Optional.empty(), Map.of());

    public Display {
      Objects.requireNonNull(enabled, "enabled");
      Objects.requireNonNull(compactExample, "compactExample");
      deprecation = Collections.unmodifiableMap(new LinkedHashMap<>(deprecation));
    }

    /** A display that leaves {@code required: false} implicit. */
    public Display(
        boolean secret,
        boolean hidden,
        int displayPriority,
        Optional<Boolean> enabled,
        Optional<Origin> compactExample,
        Map<String, String> deprecation) {
      this(secret, hidden, displayPriority, enabled, compactExample, deprecation, false);
    }
  }

  /**
   * The schema constraints a parameter declares. They apply to its scalar values: a list's items, a
   * map's values.
   *
   * @param enumValues the allowed string values, or empty
   * @param pattern the regular expression strings must match, or empty
   * @param minimum the smallest number, when set
   * @param maximum the largest number, when set
   * @param anyOf the names of the {@code ValueType}s it accepts, or empty
   */
  public record Constraints(
      List<String> enumValues,
      String pattern,
      OptionalDouble minimum,
      OptionalDouble maximum,
      List<String> anyOf) {

    /** No constraint. */
    public static final Constraints NONE =
        new Constraints(List.of(), "", OptionalDouble.empty(), OptionalDouble.empty(), List.of());

    public Constraints {
      enumValues = List.copyOf(enumValues);
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(minimum, "minimum");
      Objects.requireNonNull(maximum, "maximum");
      anyOf = List.copyOf(anyOf);
    }

    /** Whether a value constraint (enum, pattern, bounds) is set. */
    public boolean constrainsValues() {
      return !enumValues.isEmpty()
          || !pattern.isEmpty()
          || minimum.isPresent()
          || maximum.isPresent();
    }
  }
}
