package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Builds records from imported components, with their Javadoc and nested types. */
final class ConfigRecords {

  private ConfigRecords() {}

  /**
   * A record whose components are the given ones.
   *
   * @param name the record's simple name
   * @param summary the first sentence of its Javadoc
   * @param annotations its type annotations, or none for a nested record
   */
  static TypeSpec record(
      String name,
      String summary,
      List<AnnotationSpec> annotations,
      List<ImportedComponent> components) {
    TypeSpec.Builder record = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC);
    if (annotations.isEmpty()) {
      record.addModifiers(Modifier.STATIC);
    } else {
      annotations.forEach(record::addAnnotation);
    }
    StringBuilder javadoc = new StringBuilder(summary).append("\n");
    boolean tags = false;
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (ImportedComponent component : components) {
      constructor.addParameter(component.component());
      if (!component.javadoc().isEmpty()) {
        if (!tags) {
          javadoc.append("\n");
          tags = true;
        }
        javadoc
            .append("@param ")
            .append(component.component().name())
            .append(" ")
            .append(component.javadoc().replaceAll("\n(?=.)", "\n    "))
            .append("\n");
      }
      component.nestedTypes().forEach(record::addType);
    }
    record.addJavadoc("$L", javadoc.toString());
    return record.recordConstructor(constructor.build()).build();
  }
}
