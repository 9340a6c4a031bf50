package io.github.ddassets.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.ddassets.core.declare.ParamType;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** The Java types the generated loader names, from the shapes of parameters. */
final class LoaderTypes {

  private static final Map<String, TypeName> PRIMITIVES =
      Map.of(
          "int", TypeName.INT,
          "long", TypeName.LONG,
          "double", TypeName.DOUBLE,
          "float", TypeName.FLOAT,
          "boolean", TypeName.BOOLEAN);

  private final Function<String, ClassName> classes;

  /** The types of the compilation {@code elements} knows. */
  LoaderTypes(Elements elements) {
    this(new CompiledClasses(elements));
  }

  /** Types named by {@code classes}, from a canonical name. */
  LoaderTypes(Function<String, ClassName> classes) {
    this.classes = classes;
  }

  /** The class of a type by canonical name. */
  ClassName className(String canonicalName) {
    return classes.apply(canonicalName);
  }

  /** The Java type of a shape, boxed (the loader holds values that may be missing). */
  TypeName boxed(ParamType type) {
    if (type instanceof ParamType.ScalarType scalar) {
      TypeName primitive = PRIMITIVES.get(scalar.javaType());
      return primitive != null ? primitive.box() : className(scalar.javaType());
    }
    if (type instanceof ParamType.EnumType enumType) {
      return className(enumType.typeName());
    }
    if (type instanceof ParamType.RecordType record) {
      return className(record.typeName());
    }
    if (type instanceof ParamType.ListType list) {
      ClassName container = ClassName.get("java.util", list.unique() ? "Set" : "List");
      return ParameterizedTypeName.get(container, boxed(list.element()));
    }
    if (type instanceof ParamType.MapType map) {
      return ParameterizedTypeName.get(
          ClassName.get("java.util", "Map"), ClassName.get(String.class), boxed(map.value()));
    }
    return ClassName.OBJECT;
  }

  /** The value a primitive component gets when the file leaves it out, or null for others. */
  static String missingPrimitive(ParamType type) {
    if (!(type instanceof ParamType.ScalarType scalar) || !scalar.primitive()) {
      return null;
    }
    return switch (scalar.javaType()) {
      case "long" -> "0L";
      case "double" -> "0.0";
      case "float" -> "0.0f";
      case "boolean" -> "false";
      default -> "0";
    };
  }

  /** The classes of a compilation, by canonical name. */
  private static final class CompiledClasses implements Function<String, ClassName> {

    private final Elements elements;

    CompiledClasses(Elements elements) {
      this.elements = elements;
    }

    @Override
    public ClassName apply(String canonicalName) {
      TypeElement type = elements.getTypeElement(canonicalName);
      if (type == null) {
        throw new IllegalStateException("type " + canonicalName + " cannot be found");
      }
      return ClassName.get(type);
    }
  }
}
