package io.github.ddassets.processor;

import io.github.ddassets.core.declare.ParamType;
import io.github.ddassets.core.declare.ParamType.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps the Java type of a parameter to its spec shape, or says why it has none. Only types the
 * generated loader can build without reflection are accepted.
 */
final class ParamTypes {

  private static final Map<String, Scalar> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", Scalar.STRING),
          Map.entry("int", Scalar.INTEGER),
          Map.entry("long", Scalar.INTEGER),
          Map.entry("java.lang.Integer", Scalar.INTEGER),
          Map.entry("java.lang.Long", Scalar.INTEGER),
          Map.entry("double", Scalar.NUMBER),
          Map.entry("float", Scalar.NUMBER),
          Map.entry("java.lang.Double", Scalar.NUMBER),
          Map.entry("java.lang.Float", Scalar.NUMBER),
          Map.entry("java.math.BigDecimal", Scalar.NUMBER),
          Map.entry("boolean", Scalar.BOOLEAN),
          Map.entry("java.lang.Boolean", Scalar.BOOLEAN));

  /**
   * A shape, or the reason the type has none.
   *
   * @param type the shape, or null
   * @param problem why there is no shape, or null
   */
  record Mapped(ParamType type, String problem) {
    static Mapped of(ParamType type) {
      return new Mapped(type, null);
    }

    static Mapped problem(String problem) {
      return new Mapped(null, problem);
    }
  }

  /** Reads the components of a nested record into a record shape. */
  interface Records extends Function<TypeElement, Mapped> {}

  private ParamTypes() {}

  /**
   * The shape of a type.
   *
   * @param type the Java type
   * @param records reads a nested record (its components are parameters too)
   */
  static Mapped map(TypeMirror type, Records records) {
    return map(type, records, Position.TOP);
  }

  /** Where a type sits: {@code Object} is allowed only as a parameter or as a map's values. */
  private enum Position {
    TOP,
    ITEM,
    MAP_VALUE
  }

  private static Mapped map(TypeMirror type, Records records, Position position) {
    if (type.getKind().isPrimitive()) {
      Scalar scalar = SCALARS.get(type.toString());
      return scalar == null
          ? Mapped.problem("use int or long for integers, boolean for flags")
          : Mapped.of(new ParamType.ScalarType(scalar, type.toString()));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return Mapped.problem("use List<...> instead of an array");
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Mapped.problem("it is not a class, record, enum or interface type");
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    Scalar scalar = SCALARS.get(name);
    if (scalar != null) {
      return Mapped.of(new ParamType.ScalarType(scalar, name));
    }
    if (name.equals("java.lang.Object")) {
      return position == Position.ITEM
          ? Mapped.problem("list items need a precise type, such as List<Map<String, Object>>")
          : Mapped.of(new ParamType.AnyType());
    }
    if (element.getKind() == ElementKind.ENUM) {
      return Mapped.of(new ParamType.EnumType(name, constants(element)));
    }
    if (name.equals("java.util.List") || name.equals("java.util.Set")) {
      return collection(declared, records, name.equals("java.util.Set"));
    }
    if (name.equals("java.util.Map")) {
      return map(declared, records);
    }
    if (element.getKind() == ElementKind.RECORD) {
      return records.apply(element);
    }
    return Mapped.problem(
        "use String, a number, boolean, an enum, a record, List, Set or Map<String, ...>");
  }

  private static Mapped collection(DeclaredType type, Records records, boolean unique) {
    if (type.getTypeArguments().size() != 1) {
      return Mapped.problem("give the type of the items, such as List<String>");
    }
    Mapped items = map(type.getTypeArguments().get(0), records, Position.ITEM);
    return items.problem() != null
        ? items
        : Mapped.of(new ParamType.ListType(items.type(), unique));
  }

  private static Mapped map(DeclaredType type, Records records) {
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (arguments.size() != 2 || !arguments.get(0).toString().equals("java.lang.String")) {
      return Mapped.problem("YAML mappings have string keys: use Map<String, ...>");
    }
    Mapped values = map(arguments.get(1), records, Position.MAP_VALUE);
    return values.problem() != null ? values : Mapped.of(new ParamType.MapType(values.type()));
  }

  private static List<String> constants(TypeElement enumType) {
    List<String> constants = new ArrayList<>();
    for (Element member : enumType.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(member.getSimpleName().toString());
      }
    }
    return constants;
  }
}
