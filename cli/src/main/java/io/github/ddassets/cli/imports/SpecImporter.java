package io.github.ddassets.cli.imports;

import com.palantir.javapoet.ClassName;
import java.nio.file.Path;
import java.util.List;

/** Turns an integration's {@code assets/configuration/spec.yaml} into annotated config types. */
public final class SpecImporter {

  private SpecImporter() {}

  /**
   * @param spec the spec.yaml file
   * @param javaPackage the package of the generated types
   * @param checkClass the check class the config types belong to
   */
  public static SpecImport importSpec(Path spec, String javaPackage, ClassName checkClass) {
    return new SpecImport(List.of(), List.of());
  }
}
