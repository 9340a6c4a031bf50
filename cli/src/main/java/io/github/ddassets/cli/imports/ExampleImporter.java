package io.github.ddassets.cli.imports;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports the configuration of a folder that has a {@code conf.yaml.example} but no spec.yaml: the
 * spec its {@code ## @param} blocks stand for ({@link ExampleSpec}) is imported as a spec.yaml is.
 * An example that gives no spec the annotations can state is not generated, and a note says why.
 */
final class ExampleImporter {

  private ExampleImporter() {}

  /**
   * @param example the example file
   * @param shown how to name it in notes
   * @param integration the integration's name
   * @param javaPackage the package of the generated types
   * @param checkClass the check class
   * @param options how the spec is imported (its display name included)
   * @param notes where to add what the generated example will not say as the file does
   * @return the configuration types, or none
   */
  static List<JavaFile> importExample(
      Path example,
      String shown,
      String integration,
      String javaPackage,
      ClassName checkClass,
      SpecImportOptions options,
      List<String> notes) {
    String text;
    try {
      text = TextFiles.readUtf8(example);
    } catch (IOException e) {
      notes.add(shown + " is not generated: it cannot be read (" + TextFiles.describe(e) + ")");
      return List.of();
    }
    ExampleSpec.Result spec =
        ExampleSpec.of(
            text,
            shown,
            integration,
            options.displayName().orElse(integration),
            options.templates());
    SpecImport imported =
        SpecImporter.importText(
            spec.text(), shown, integration, javaPackage, checkClass, options);
    if (!imported.findings().isEmpty()) {
      notes.add(
          shown
              + " is not generated: its @param blocks give a spec the annotations cannot state ("
              + imported.findings().get(0).message()
              + ")");
      return List.of();
    }
    notes.addAll(spec.notes());
    LayoutNotes.example(example, spec.text(), integration, options.templates(), notes);
    return imported.files();
  }
}
