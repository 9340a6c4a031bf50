package io.github.ddassets.core.declare;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.declare.ParamDeclaration.Display;
import io.github.ddassets.core.declare.ParamDeclaration.Values;
import io.github.ddassets.core.testing.SourceOrigin;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Declarations as the processor would make them, origins named after their element. */
final class ConfigFixtures {

  static final IntegrationDeclaration ACME =
      new IntegrationDeclaration("acme", "Acme", "", SourceOrigin.of("AcmeCheck"));

  static final ParamType STRING =
      new ParamType.ScalarType(ParamType.Scalar.STRING, "java.lang.String");
  static final ParamType INT = new ParamType.ScalarType(ParamType.Scalar.INTEGER, "int");
  static final ParamType BOOLEAN = new ParamType.ScalarType(ParamType.Scalar.BOOLEAN, "boolean");
  static final ParamType MODE = new ParamType.EnumType("test.Mode", List.of("BASIC", "DIGEST"));

  private ConfigFixtures() {}

  /** The small test templates, shown in findings as {@code test-templates/<file>}. */
  static ConfigTemplates templates() {
    try {
      Path dir = Path.of(ConfigFixtures.class.getResource("templates").toURI());
      return new ConfigTemplates(List.of(TemplateRoot.directory(dir, "test-templates")));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A parameter with a description and nothing else. */
  static Param param(String javaName, ParamType type) {
    return new Param(javaName, type);
  }

  /** An instance type with the default template. */
  static ConfigDeclaration instances(ParamDeclaration... params) {
    return new ConfigDeclaration(
        ConfigSection.INSTANCES,
        "test.Instance",
        List.of(params),
        List.of(template("instances/default")),
        SourceOrigin.of("Instance"));
  }

  static TemplateDeclaration template(
      String name, TemplateDeclaration.TemplateOverride... overrides) {
    return new TemplateDeclaration(
        name, false, List.of(overrides), SourceOrigin.of("@Template(" + name + ")"));
  }

  static TemplateDeclaration.TemplateOverride override(String path, String value) {
    return new TemplateDeclaration.TemplateOverride(
        path, value, SourceOrigin.of("@TemplateOverride(" + path + ")"));
  }

  static DeclaredConfig config(ConfigDeclaration instances) {
    return new DeclaredConfig(
        ACME, Optional.empty(), Optional.of(instances), Optional.empty(), Optional.empty());
  }

  static ConfigOutcome assemble(ConfigDeclaration instances) {
    return ConfigAssembler.assemble(config(instances), templates());
  }

  /** A test builder of parameter declarations; the origin is the Java name. */
  static final class Param {
    private final String javaName;
    private final ParamType type;
    private String name = "";
    private String description;
    private boolean required;
    private Optional<String> example = Optional.empty();
    private Optional<String> defaultValue = Optional.empty();
    private Optional<String> displayDefault = Optional.empty();
    private Display display = Display.DEFAULT;
    private List<String> enumValues = List.of();
    private String pattern = "";
    private OptionalDouble minimum = OptionalDouble.empty();
    private OptionalDouble maximum = OptionalDouble.empty();
    private List<String> anyOf = List.of();

    Param(String javaName, ParamType type) {
      this.javaName = javaName;
      this.type = type;
      this.description = "The " + javaName + ".";
    }

    Param name(String value) {
      name = value;
      return this;
    }

    Param description(String value) {
      description = value;
      return this;
    }

    Param required() {
      required = true;
      return this;
    }

    /** Not required, and {@code required = false} written out. */
    Param optionalWritten() {
      required = false;
      display =
          new Display(
              display.secret(),
              display.hidden(),
              display.displayPriority(),
              display.enabled(),
              display.compactExample(),
              display.deprecation(),
              true);
      return this;
    }

    Param example(String value) {
      example = Optional.of(value);
      return this;
    }

    Param defaultValue(String value) {
      defaultValue = Optional.of(value);
      return this;
    }

    Param displayDefault(String value) {
      displayDefault = Optional.of(value);
      return this;
    }

    Param secret() {
      display =
          new Display(
              true,
              display.hidden(),
              display.displayPriority(),
              display.enabled(),
              display.compactExample(),
              display.deprecation());
      return this;
    }

    Param deprecation(Map<String, String> value) {
      display =
          new Display(
              display.secret(),
              display.hidden(),
              display.displayPriority(),
              display.enabled(),
              display.compactExample(),
              value);
      return this;
    }

    Param enumValues(String... values) {
      enumValues = List.of(values);
      return this;
    }

    Param pattern(String value) {
      pattern = value;
      return this;
    }

    Param minimum(double value) {
      minimum = OptionalDouble.of(value);
      return this;
    }

    Param maximum(double value) {
      maximum = OptionalDouble.of(value);
      return this;
    }

    Param anyOf(String... values) {
      anyOf = List.of(values);
      return this;
    }

    ParamDeclaration build() {
      return new ParamDeclaration(
          javaName,
          name,
          description,
          required,
          type,
          new Values(example, defaultValue, displayDefault),
          display,
          new ParamDeclaration.Constraints(enumValues, pattern, minimum, maximum, anyOf),
          SourceOrigin.of(javaName));
    }
  }
}
