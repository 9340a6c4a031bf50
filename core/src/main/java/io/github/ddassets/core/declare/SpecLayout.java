package io.github.ddassets.core.declare;

import java.util.List;
import java.util.Objects;

/**
 * How the spec of an integration is laid out, when it differs from what the processor writes by
 * default ({@code @InstanceConfig(specName, specVersion, sections, fileTemplates)}).
 *
 * @param name the spec's top-level {@code name}, or empty for the integration's display name
 * @param version the spec's top-level {@code version}, or empty for none
 * @param sections the sections of the main file in order ({@code init_config}, {@code instances},
 *     {@code logs}), or empty for that order (without {@code logs} when no log section is declared)
 * @param fileTemplates the templates referenced in the main file beside its sections, written
 *     after them; empty for none
 */
public record SpecLayout(
    String name, String version, List<String> sections, List<TemplateDeclaration> fileTemplates) {

  /** The layout the processor writes without attributes. */
  public static final SpecLayout DEFAULT = new SpecLayout("", "", List.of());

  public SpecLayout {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    sections = List.copyOf(sections);
    fileTemplates = List.copyOf(fileTemplates);
  }

  /** A layout without templates beside the sections. */
  public SpecLayout(String name, String version, List<String> sections) {
    this(name, version, sections, List.of());
  }
}
