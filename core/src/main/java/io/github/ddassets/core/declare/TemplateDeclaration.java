package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code @Template} reference: the template's name, whether it is hidden, and its overrides.
 *
 * @param name the template's path, such as {@code instances/http}
 * @param hidden whether the options it brings are hidden
 * @param overrides values written into the template, in declaration order
 * @param origin the {@code @Template} annotation; {@code attribute("value")} is the name
 * @param emptyOptions where a layout flag ({@code @Layout(emptyOptions)}) asks for an empty {@code
 *     options:} key under the reference; empty for none
 */
public record TemplateDeclaration(
    String name,
    boolean hidden,
    List<TemplateOverride> overrides,
    Origin origin,
    Optional<Origin> emptyOptions) {

  public TemplateDeclaration {
    Objects.requireNonNull(name, "name");
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(emptyOptions, "emptyOptions");
  }

  /** A reference without the empty {@code options:} key. */
  public TemplateDeclaration(
      String name, boolean hidden, List<TemplateOverride> overrides, Origin origin) {
    this(name, hidden, overrides, origin, Optional.empty());
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
