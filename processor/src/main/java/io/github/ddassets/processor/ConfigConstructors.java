package io.github.ddassets.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Checks that the generated loader can build a configuration class: a record always can (its
 * canonical constructor); a class needs a non-private constructor taking its instance fields in
 * declaration order, and must not be an inner class.
 */
final class ConfigConstructors {

  private final Types types;

  ConfigConstructors(Types types) {
    this.types = types;
  }

  /** Why the loader cannot construct the type, or empty. */
  Optional<String> problem(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      return Optional.empty();
    }
    if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of(type.getSimpleName() + " is an inner class: make it static (or a record)");
    }
    List<VariableElement> fields = new ArrayList<>();
    for (Element member : ParamReader.members(type)) {
      fields.add((VariableElement) member);
    }
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!constructor.getModifiers().contains(Modifier.PRIVATE) && takes(constructor, fields)) {
        return Optional.empty();
      }
    }
    StringBuilder wanted = new StringBuilder();
    for (VariableElement field : fields) {
      if (wanted.length() > 0) {
        wanted.append(", ");
      }
      wanted.append(field.asType() + " " + field.getSimpleName());
    }
    return Optional.of(
        type.getSimpleName()
            + " needs a constructor "
            + type.getSimpleName()
            + "("
            + wanted
            + "), its instance fields in declaration order: the generated loader calls it (or make"
            + " it a record)");
  }

  private boolean takes(ExecutableElement constructor, List<VariableElement> fields) {
    List<? extends VariableElement> parameters = constructor.getParameters();
    if (parameters.size() != fields.size()) {
      return false;
    }
    for (int i = 0; i < fields.size(); i++) {
      Element field = fields.get(i);
      if (!types.isSameType(parameters.get(i).asType(), field.asType())) {
        return false;
      }
    }
    return true;
  }
}
