package io.github.ddassets.core.declare;

import io.github.ddassets.core.declare.ParamDeclaration.Constraints;
import io.github.ddassets.core.declare.ParamType.AnyType;
import io.github.ddassets.core.declare.ParamType.EnumType;
import io.github.ddassets.core.declare.ParamType.ListType;
import io.github.ddassets.core.declare.ParamType.MapType;
import io.github.ddassets.core.declare.ParamType.RecordType;
import io.github.ddassets.core.declare.ParamType.Scalar;
import io.github.ddassets.core.declare.ParamType.ScalarType;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a parameter's default against its type and constraints at compile time, so that the
 * generated loader can apply it without ever failing on it.
 */
final class DefaultValueCheck {

  private final List<Finding> findings;

  DefaultValueCheck(List<Finding> findings) {
    this.findings = findings;
  }

  /** Reports the first way the default does not fit the parameter, if any. */
  void check(ParamDeclaration param, Object value, Origin origin) {
    Optional<String> problem = problem(param.type(), param.constraints(), value, "");
    if (problem.isPresent()) {
      findings.add(Rule.SOURCE_PARAM_DEFAULT.at(origin, param.effectiveName(), problem.get()));
    }
  }

  private Optional<String> problem(
      ParamType type, Constraints constraints, Object value, String where) {
    if (!constraints.anyOf().isEmpty()) {
      return anyOf(constraints.anyOf(), value, where);
    }
    if (value == null) {
      return Optional.of(where + "is null: leave defaultValue out instead");
    }
    if (type instanceof ScalarType scalar) {
      return scalar(scalar, constraints, value, where);
    }
    if (type instanceof EnumType enumType) {
      return enumType.values().contains(value)
          ? Optional.empty()
          : Optional.of(
              where + "is `" + value + "`, not one of " + String.join(", ", enumType.values()));
    }
    if (type instanceof ListType list) {
      if (!(value instanceof List<?> items)) {
        return Optional.of(where + "is not a list");
      }
      for (int i = 0; i < items.size(); i++) {
        Optional<String> problem =
            problem(list.element(), constraints, items.get(i), where + "item " + (i + 1) + " ");
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }
    if (type instanceof MapType || type instanceof RecordType) {
      return mapping(type, constraints, value, where);
    }
    return Optional.empty();
  }

  /** The first problem of a map's or a nested record's default. */
  private Optional<String> mapping(
      ParamType type, Constraints constraints, Object value, String where) {
    if (!(value instanceof Map<?, ?> map)) {
      return Optional.of(where + "is not a mapping");
    }
    for (Map.Entry<?, ?> item : map.entrySet()) {
      if (!(item.getKey() instanceof String key)) {
        return Optional.of(where + "has the key `" + item.getKey() + "`, which is not a string");
      }
      Optional<String> problem = entry(type, constraints, key, item.getValue(), where);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /** The problem of one entry: a map's value, or a nested record's component. */
  private Optional<String> entry(
      ParamType type, Constraints constraints, String key, Object item, String where) {
    if (type instanceof MapType map) {
      return map.value() instanceof AnyType
          ? Optional.empty()
          : problem(map.value(), constraints, item, where + "value `" + key + "` ");
    }
    for (ParamDeclaration component : ((RecordType) type).components()) {
      if (component.effectiveName().equals(key)) {
        return problem(
            component.type(), component.constraints(), item, where + "key `" + key + "` ");
      }
    }
    return Optional.of(where + "has the key `" + key + "`, which is not a component");
  }

  private static Optional<String> scalar(
      ScalarType type, Constraints constraints, Object value, String where) {
    Scalar scalar = type.scalar();
    boolean fits =
        switch (scalar) {
          case STRING -> value instanceof String;
          case BOOLEAN -> value instanceof Boolean;
          case INTEGER -> value instanceof Long || value instanceof BigInteger;
          case NUMBER ->
              value instanceof Long || value instanceof BigInteger || value instanceof Double;
        };
    if (!fits) {
      return Optional.of(
          where + "is not " + article(scalar.specType()) + " (found `" + value + "`)");
    }
    if (scalar == Scalar.INTEGER && !fitsJavaType(type.javaType(), value)) {
      return Optional.of(where + "is out of the range of " + type.javaType());
    }
    if (scalar == Scalar.STRING) {
      return string(constraints, (String) value, where);
    }
    if (scalar == Scalar.INTEGER || scalar == Scalar.NUMBER) {
      double number = ((Number) value).doubleValue();
      if (constraints.minimum().isPresent() && number < constraints.minimum().getAsDouble()) {
        return Optional.of(
            where + "is less than the minimum " + format(constraints.minimum().getAsDouble()));
      }
      if (constraints.maximum().isPresent() && number > constraints.maximum().getAsDouble()) {
        return Optional.of(
            where + "is greater than the maximum " + format(constraints.maximum().getAsDouble()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> string(Constraints constraints, String value, String where) {
    if (!constraints.enumValues().isEmpty() && !constraints.enumValues().contains(value)) {
      return Optional.of(
          where + "is `" + value + "`, not one of " + String.join(", ", constraints.enumValues()));
    }
    if (!constraints.pattern().isEmpty()) {
      try {
        if (!Pattern.compile(constraints.pattern()).matcher(value).find()) {
          return Optional.of(
              where + "`" + value + "` does not match the pattern " + constraints.pattern());
        }
      } catch (PatternSyntaxException e) {
        return Optional.empty(); // reported on the pattern itself
      }
    }
    return Optional.empty();
  }

  private static Optional<String> anyOf(List<String> anyOf, Object value, String where) {
    for (String type : anyOf) {
      if (matches(type, value)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        where + "is none of " + String.join(", ", anyOf) + " (found `" + value + "`)");
  }

  private static boolean matches(String valueType, Object value) {
    return switch (valueType) {
      case "STRING" -> value instanceof String;
      case "INTEGER" -> value instanceof Long || value instanceof BigInteger;
      case "NUMBER" -> value instanceof Number;
      case "BOOLEAN" -> value instanceof Boolean;
      case "LIST_OF_STRINGS" -> value instanceof List<?> list && allOf(list, String.class);
      case "LIST_OF_INTEGERS" -> value instanceof List<?> list && allOf(list, Long.class);
      case "LIST_OF_MAPPINGS" -> value instanceof List<?> list && allOf(list, Map.class);
      case "MAPPING" -> value instanceof Map<?, ?>;
      default -> false;
    };
  }

  private static boolean allOf(List<?> items, Class<?> type) {
    for (Object item : items) {
      if (!type.isInstance(item)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fitsJavaType(String javaType, Object value) {
    if (!(value instanceof Long number)) {
      return false; // a BigInteger fits neither int nor long
    }
    if (javaType.equals("int") || javaType.equals("java.lang.Integer")) {
      return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
    }
    return true;
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("i") ? "an " : "a ") + type;
  }

  static String format(double bound) {
    return bound == Math.rint(bound) && Math.abs(bound) < 1e15
        ? Long.toString((long) bound)
        : Double.toString(bound);
  }
}
