package io.github.ddassets.core.declare;

import java.util.List;
import java.util.Objects;

/**
 * The shape of a configuration parameter, as its Java type says it: a scalar, an enum, a list or
 * set, a string-keyed map, a nested record, or {@code Object} (whose shape {@code anyOf} gives).
 */
public sealed interface ParamType {

  /** The spec types of scalars. */
  enum Scalar {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean");

    private final String specType;

    Scalar(String specType) {
      this.specType = specType;
    }

    /** The {@code type} written in the spec. */
    public String specType() {
      return specType;
    }
  }

  /**
   * A string, number or boolean.
   *
   * @param scalar its spec type
   * @param javaType the Java type's canonical name ({@code int}, {@code java.lang.Long}...)
   */
  record ScalarType(Scalar scalar, String javaType) implements ParamType {
    public ScalarType {
      Objects.requireNonNull(scalar, "scalar");
      Objects.requireNonNull(javaType, "javaType");
    }

    /** Whether the Java type is primitive (a missing value is then 0 or false, not null). */
    public boolean primitive() {
      return !javaType.contains(".");
    }
  }

  /**
   * A Java enum: a string whose values are the constants in lower case.
   *
   * @param typeName the enum's canonical name
   * @param constants its constants, in declaration order
   */
  record EnumType(String typeName, List<String> constants) implements ParamType {
    public EnumType {
      Objects.requireNonNull(typeName, "typeName");
      constants = List.copyOf(constants);
    }

    /** The values written in YAML, one per constant. */
    public List<String> values() {
      return constants.stream().map(EnumType::yamlValue).toList();
    }

    /** The YAML value of one constant. */
    public static String yamlValue(String constant) {
      return constant.toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A {@code List} or {@code Set}: an array.
   *
   * @param element the type of its items
   * @param unique whether it is a set ({@code uniqueItems})
   */
  record ListType(ParamType element, boolean unique) implements ParamType {
    public ListType {
      Objects.requireNonNull(element, "element");
    }
  }

  /**
   * A {@code Map<String, T>}: an object with {@code additionalProperties}.
   *
   * @param value the type of its values
   */
  record MapType(ParamType value) implements ParamType {
    public MapType {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A nested record (or class): an object with {@code properties}.
   *
   * @param typeName the type's canonical name
   * @param components its components, each a property
   * @param requiredOnProperties whether each property says itself whether it is required (the
   *     layout flag {@code requiredOnProperties} of the parameter that holds the record) rather
   *     than the object listing its required properties
   */
  record RecordType(
      String typeName, List<ParamDeclaration> components, boolean requiredOnProperties)
      implements ParamType {
    public RecordType {
      Objects.requireNonNull(typeName, "typeName");
      components = List.copyOf(components);
    }

    /** A nested record whose object lists its required properties, the usual layout. */
    public RecordType(String typeName, List<ParamDeclaration> components) {
      this(typeName, components, false);
    }
  }

  /** {@code Object}: any YAML value, described by the parameter's {@code anyOf}. */
  record AnyType() implements ParamType {}
}
