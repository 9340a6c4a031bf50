package io.github.ddassets.core.declare;

/** The two sections of an Agent configuration file that configuration types declare. */
public enum ConfigSection {
  /** {@code init_config}: options shared by all instances ({@code @InitConfig}). */
  INIT_CONFIG("init_config", "InitConfig", Vocabulary.InitConfig.TEMPLATES),
  /** {@code instances}: the options of one instance ({@code @InstanceConfig}). */
  INSTANCES("instances", "InstanceConfig", Vocabulary.InstanceConfig.TEMPLATES);

  private final String key;
  private final String annotation;
  private final String templates;

  ConfigSection(String key, String annotation, String templates) {
    this.key = key;
    this.annotation = annotation;
    this.templates = templates;
  }

  /** The section's key in the file, which is also its template's name. */
  public String key() {
    return key;
  }

  /** The simple name of the annotation that declares it. */
  public String annotation() {
    return annotation;
  }

  /** The annotation's attribute that lists the section's templates. */
  public String templatesAttribute() {
    return templates;
  }

  /** The template that ddev requires in the section when the annotation names none. */
  public String defaultTemplate() {
    return key + "/default";
  }
}
