package io.github.ddassets.processor;

import com.palantir.javapoet.CodeBlock;
import io.github.ddassets.core.declare.ParamDeclaration;
import io.github.ddassets.core.declare.ParamDeclaration.Constraints;
import io.github.ddassets.core.declare.ParamType;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * The expressions of the generated loader that read one value from a YAML node: a call on the
 * support class, nested lambdas for lists and maps, a generated method for records and enums, and
 * the constraint checks around the scalar they constrain.
 */
final class LoaderExpressions {

  private static final Map<String, String> NUMBER_READERS =
      Map.of(
          "int", "int32",
          "java.lang.Integer", "int32",
          "long", "int64",
          "java.lang.Long", "int64",
          "double", "float64",
          "java.lang.Double", "float64",
          "float", "float32",
          "java.lang.Float", "float32",
          "java.math.BigDecimal", "decimal");

  private final LoaderNames names;
  private final Consumer<ParamType> needsReader;

  /**
   * @param names the names of generated reader methods
   * @param needsReader told about each record and enum whose reader method must be generated
   */
  LoaderExpressions(LoaderNames names, Consumer<ParamType> needsReader) {
    this.names = names;
    this.needsReader = needsReader;
  }

  /** Reads a parameter's value from {@code node} at {@code path} (both Java expressions). */
  CodeBlock read(ParamDeclaration param, String node, CodeBlock path) {
    Constraints constraints = param.constraints();
    if (!constraints.anyOf().isEmpty()) {
      if (param.type() instanceof ParamType.ListType list) {
        return CodeBlock.of(
            "yaml.listOrOne($L, $L, $L)", node, path, item(list.element(), constraints, 1));
      }
      return CodeBlock.of("yaml.anyOf($L, $L, $L)", node, path, strings(constraints.anyOf()));
    }
    return read(param.type(), constraints, node, path, 0);
  }

  private CodeBlock read(
      ParamType type, Constraints constraints, String node, CodeBlock path, int depth) {
    if (type instanceof ParamType.ScalarType scalar) {
      return scalar(scalar, constraints, node, path);
    }
    if (type instanceof ParamType.EnumType || type instanceof ParamType.RecordType) {
      needsReader.accept(type);
      return CodeBlock.of("$N(yaml, $L, $L)", names.reader(type), node, path);
    }
    if (type instanceof ParamType.ListType list) {
      return CodeBlock.of(
          "yaml.$L($L, $L, $L)",
          list.unique() ? "set" : "list",
          node,
          path,
          item(list.element(), constraints, depth + 1));
    }
    if (type instanceof ParamType.MapType map) {
      return CodeBlock.of(
          "yaml.map($L, $L, $L)", node, path, item(map.value(), constraints, depth + 1));
    }
    return CodeBlock.of("yaml.plain($L, $L)", node, path);
  }

  /** A lambda reading one item: {@code (node1, path1) -> ...}. */
  private CodeBlock item(ParamType type, Constraints constraints, int depth) {
    String node = "node" + depth;
    String path = "path" + depth;
    return CodeBlock.of(
        "($L, $L) -> $L",
        node,
        path,
        read(type, constraints, node, CodeBlock.of("$L", path), depth));
  }

  private static CodeBlock scalar(
      ParamType.ScalarType scalar, Constraints constraints, String node, CodeBlock path) {
    switch (scalar.scalar()) {
      case STRING -> {
        CodeBlock value = CodeBlock.of("yaml.string($L, $L)", node, path);
        if (!constraints.enumValues().isEmpty()) {
          value =
              CodeBlock.of(
                  "yaml.oneOf($L, $L, $L, $L)",
                  node,
                  path,
                  value,
                  strings(constraints.enumValues()));
        }
        if (!constraints.pattern().isEmpty()) {
          value =
              CodeBlock.of(
                  "yaml.matches($L, $L, $L, $S)", node, path, value, constraints.pattern());
        }
        return value;
      }
      case BOOLEAN -> {
        return CodeBlock.of("yaml.bool($L, $L)", node, path);
      }
      default -> {
        CodeBlock value =
            CodeBlock.of("yaml.$L($L, $L)", NUMBER_READERS.get(scalar.javaType()), node, path);
        if (constraints.minimum().isPresent() || constraints.maximum().isPresent()) {
          value =
              CodeBlock.of(
                  "yaml.range($L, $L, $L, $L, $L)",
                  node,
                  path,
                  value,
                  bound(constraints.minimum()),
                  bound(constraints.maximum()));
        }
        return value;
      }
    }
  }

  private static String bound(OptionalDouble bound) {
    return bound.isPresent() ? Double.toString(bound.getAsDouble()) : "null";
  }

  /** {@code List.of("a", "b")}. */
  static CodeBlock strings(List<String> values) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      list.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return list.add(")").build();
  }
}
