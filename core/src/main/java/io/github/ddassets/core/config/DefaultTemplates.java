package io.github.ddassets.core.config;

import java.util.List;

/**
 * ddev's default-template rule: a spec built on the {@code init_config} and {@code instances}
 * templates must also use, in each of the two sections, one of the templates that bring the options
 * every check shares.
 */
public final class DefaultTemplates {

  /** The sections the rule looks at. */
  public static final List<String> SECTIONS = List.of("init_config", "instances");

  private static final List<String> NAMES =
      List.of("default", "openmetrics_legacy", "openmetrics", "jmx");

  private DefaultTemplates() {}

  /** Whether a template name is one of a section's default templates (or an element of one). */
  public static boolean isDefault(String section, String template) {
    for (String name : NAMES) {
      if (template.startsWith(section + "/" + name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first section a spec text misses a default template for, as ddev checks it (on the text),
   * or null when the spec does not use the two section templates or has its defaults.
   */
  public static String sectionMissingDefault(String specText) {
    if (!specText.contains("template: init_config") || !specText.contains("template: instances")) {
      return null;
    }
    for (String section : SECTIONS) {
      if (!referencesDefault(specText, section)) {
        return section;
      }
    }
    return null;
  }

  private static boolean referencesDefault(String specText, String section) {
    for (String name : NAMES) {
      if (specText.contains("template: " + section + "/" + name)) {
        return true;
      }
    }
    return false;
  }
}
