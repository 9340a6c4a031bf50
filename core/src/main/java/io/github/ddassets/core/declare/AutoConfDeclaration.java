package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Objects;

/**
 * The Autodiscovery file as declared in code ({@code @AutoConf}).
 *
 * @param adIdentifiers the container identifiers
 * @param examples example values by option name, replacing the instance type's
 * @param templates the templates added to the instance
 * @param origin the annotation
 */
public record AutoConfDeclaration(
    List<String> adIdentifiers,
    List<Example> examples,
    List<TemplateDeclaration> templates,
    Origin origin) {

  public AutoConfDeclaration {
    adIdentifiers = List.copyOf(adIdentifiers);
    examples = List.copyOf(examples);
    templates = List.copyOf(templates);
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * One {@code @ParamValue}.
   *
   * @param param the option's YAML name
   * @param value the example, read as a parameter's example is
   * @param origin the annotation; {@code attribute("param")} and {@code attribute("value")}
   * @param description the option's description in this file, or empty for its own
   */
  public record Example(String param, String value, Origin origin, String description) {
    public Example {
      Objects.requireNonNull(param, "param");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(description, "description");
    }

    /** An example that keeps the option's description. */
    public Example(String param, String value, Origin origin) {
      this(param, value, origin, "");
    }
  }
}
