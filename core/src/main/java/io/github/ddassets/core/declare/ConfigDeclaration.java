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
 */
public record ConfigDeclaration(
    ConfigSection section,
    String typeName,
    List<ParamDeclaration> params,
    List<TemplateDeclaration> templates,
    Origin origin) {

  public ConfigDeclaration {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(typeName, "typeName");
    params = List.copyOf(params);
    templates = List.copyOf(templates);
    Objects.requireNonNull(origin, "origin");
  }
}
