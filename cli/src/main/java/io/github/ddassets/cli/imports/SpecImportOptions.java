package io.github.ddassets.cli.imports;

import io.github.ddassets.core.spec.ConfigTemplates;
import java.util.Objects;

/**
 * How a spec is imported.
 *
 * @param javadocDescriptions whether descriptions become the record's Javadoc {@code @param} tags
 *     (where the processor reads them back unchanged) rather than {@code description} attributes
 * @param templates the templates the spec is checked with before it is imported
 */
public record SpecImportOptions(boolean javadocDescriptions, ConfigTemplates templates) {

  public SpecImportOptions {
    Objects.requireNonNull(templates, "templates");
  }

  /** Descriptions as attributes, checked with the built-in templates. */
  public static SpecImportOptions defaults() {
    return new SpecImportOptions(false, ConfigTemplates.builtIn());
  }
}
