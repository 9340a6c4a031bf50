package io.github.ddassets.cli.imports;

import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;

/**
 * One option (or property of a nested object) as a record component.
 *
 * @param component the component with its {@code @Param}
 * @param javadoc the description to write as the record's {@code @param} tag, or empty when it is
 *     an attribute (or absent)
 * @param nestedTypes the records and enums declared for its type, nested in the record
 */
record ImportedComponent(ParameterSpec component, String javadoc, List<TypeSpec> nestedTypes) {

  ImportedComponent {
    nestedTypes = List.copyOf(nestedTypes);
  }
}
