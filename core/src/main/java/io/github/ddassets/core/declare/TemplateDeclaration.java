package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Objects;

/**
 * A {@code @Template} reference: the template's name, whether it is hidden, and its overrides.
 *
 * @param name the template's path, such as {@code instances/http}
 * @param hidden whether the options it brings are hidden
 * @param overrides values written into the template, in declaration order
 * @param origin the {@code @Template} annotation; {@code attribute("value")} is the name
 */
public record TemplateDeclaration(
    String name, boolean hidden, List<TemplateOverride> overrides, Origin origin) {

  public TemplateDeclaration {
    Objects.requireNonNull(name, "name");
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * One {@code @TemplateOverride}.
   *
   * @param path the dotted path into the template
   * @param value the new value, as YAML
   * @param origin the annotation; {@code attribute("path")} and {@code attribute("value")}
   */
  public record TemplateOverride(String path, String value, Origin origin) {
    public TemplateOverride {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(origin, "origin");
    }
  }
}
