package io.github.ddassets.cli.imports;

import io.github.ddassets.core.config.ConfigTemplates;
import java.util.Objects;
import java.util.Optional;

/**
 * How a spec is imported.
 *
 * @param javadocDescriptions whether descriptions become the record's Javadoc {@code @param} tags
 *     (where the processor reads them back unchanged) rather than {@code description} attributes
 * @param templates the templates the spec is checked with before it is imported
 * @param displayName the display name the check class declares, when the caller knows it (by
 *     default the manifest's {@code source_type_name} beside the spec, else the integration's
 *     name): a spec {@code name} that differs from it is written as {@code specName}
 */
public record SpecImportOptions(
    boolean javadocDescriptions, ConfigTemplates templates, Optional<String> displayName) {

  public SpecImportOptions {
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(displayName, "displayName");
  }

  /** Options that let the importer find the display name beside the spec. */
  public SpecImportOptions(boolean javadocDescriptions, ConfigTemplates templates) {
    this(javadocDescriptions, templates, Optional.empty());
  }

  /** Descriptions as attributes, checked with the built-in templates. */
  public static SpecImportOptions defaults() {
    return new SpecImportOptions(false, ConfigTemplates.builtIn());
  }
}
