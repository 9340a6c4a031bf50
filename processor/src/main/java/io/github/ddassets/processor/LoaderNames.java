package io.github.ddassets.processor;

import io.github.ddassets.core.declare.ParamType;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names in the generated loader: reader methods and key-set constants, derived from types. */
final class LoaderNames {

  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

  /** {@code readAcmeInstance} for {@code com.acme.AcmeInstance}. */
  String reader(ParamType type) {
    return "read" + flat(typeName(type));
  }

  /** {@code readAcmeInstance} for a type's canonical name. */
  String reader(String canonicalName) {
    return "read" + flat(canonicalName);
  }

  /** {@code ACME_INSTANCE_KEYS} for {@code com.acme.AcmeInstance}. */
  String keys(String canonicalName) {
    String flat = flat(canonicalName);
    return CAMEL_HUMP.matcher(flat).replaceAll("$1_$2").toUpperCase(Locale.ROOT) + "_KEYS";
  }

  static String typeName(ParamType type) {
    if (type instanceof ParamType.EnumType enumType) {
      return enumType.typeName();
    }
    if (type instanceof ParamType.RecordType record) {
      return record.typeName();
    }
    throw new IllegalArgumentException("no reader method for " + type);
  }

  /** The simple names of a canonical name, outermost first, joined: {@code AcmeCheckMode}. */
  private static String flat(String canonicalName) {
    StringBuilder flat = new StringBuilder();
    for (String part : canonicalName.split("\\.")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        flat.append(part);
      }
    }
    return flat.toString();
  }
}
