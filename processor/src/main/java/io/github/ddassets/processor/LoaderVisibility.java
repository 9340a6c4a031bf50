package io.github.ddassets.processor;

import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.ParamDeclaration;
import io.github.ddassets.core.declare.ParamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks that the generated loader, a class in the check class's package, can name a configuration
 * type and the records and enums its parameters use.
 */
final class LoaderVisibility {

  private LoaderVisibility() {}

  static Optional<String> problem(
      ConfigDeclaration config, String loaderPackage, Elements elements) {
    List<String> names = new ArrayList<>();
    names.add(config.typeName());
    for (ParamDeclaration param : config.params()) {
      typeNames(param, names);
    }
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null && !visible(type, loaderPackage, elements)) {
        return Optional.of(
            type.getSimpleName()
                + " is not visible from package `"
                + loaderPackage
                + "`, where the generated loader lives: make it public (and its enclosing"
                + " classes)");
      }
    }
    return Optional.empty();
  }

  private static void typeNames(ParamDeclaration param, List<String> names) {
    typeNames(param.type(), names);
  }

  private static void typeNames(ParamType type, List<String> names) {
    if (type instanceof ParamType.EnumType enumType) {
      names.add(enumType.typeName());
    } else if (type instanceof ParamType.RecordType record) {
      names.add(record.typeName());
      for (ParamDeclaration component : record.components()) {
        typeNames(component, names);
      }
    } else if (type instanceof ParamType.ListType list) {
      typeNames(list.element(), names);
    } else if (type instanceof ParamType.MapType map) {
      typeNames(map.value(), names);
    }
  }

  private static boolean visible(TypeElement type, String loaderPackage, Elements elements) {
    boolean samePackage =
        elements.getPackageOf(type).getQualifiedName().contentEquals(loaderPackage);
    for (Element current = type;
        current instanceof TypeElement;
        current = current.getEnclosingElement()) {
      if (current.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!samePackage && !current.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
