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
 * @param emptyOptions whether an empty {@code options:} key is written under the reference
 */
public record TemplateDeclaration(
    String name,
    boolean hidden,
    List<TemplateOverride> overrides,
    Origin origin,
    boolean emptyOptions) {

  public TemplateDeclaration {
    Objects.requireNonNull(name, "name");
    overrides = List.copyOf(overrides);
    Objects.requireNonNull(origin, "origin");
  }

  /** A reference without the empty {@code options:} key. */
  public TemplateDeclaration(
      String name, boolean hidden, List<TemplateOverride> overrides, Origin origin) {
    this(name, hidden, overrides, origin, false);
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
