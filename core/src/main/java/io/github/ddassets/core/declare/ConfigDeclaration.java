package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Objects;

/**
 * A configuration type as declared in code: an {@code @InitConfig} or {@code @InstanceConfig}
 * record (or class) with its parameters and templates.
 *
 * @param section which section of the Agent's file it describes
 * @param typeName the type's canonical name
 * @param params its parameters, in declaration order
 * @param templates the templates whose options follow its own
 * @param origin the type with its annotation; {@code attribute("templates")} narrows it
 * @param templatesFirst whether the templates come before the type's own options (a layout flag of
 *     the type's {@code @Layout})
 * @param layout the spec's layout, as an {@code @InstanceConfig} declares it
 */
public record ConfigDeclaration(
    ConfigSection section,
    String typeName,
    List<ParamDeclaration> params,
    List<TemplateDeclaration> templates,
    Origin origin,
    boolean templatesFirst,
    SpecLayout layout) {

  public ConfigDeclaration {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(typeName, "typeName");
    params = List.copyOf(params);
    templates = List.copyOf(templates);
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(layout, "layout");
  }

  /** A type whose options come first, in the default layout. */
  public ConfigDeclaration(
      ConfigSection section,
      String typeName,
      List<ParamDeclaration> params,
      List<TemplateDeclaration> templates,
      Origin origin) {
    this(section, typeName, params, templates, origin, false, SpecLayout.DEFAULT);
  }
}
