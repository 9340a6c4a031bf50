package io.github.ddassets.core.config;

import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks the {@code formats} attribute of options and object properties. */
final class Formats {

  /** The formats ddev knows. */
  static final Set<String> ALLOWED = Set.of("java_jvm_options", "path", "port", "secret", "url");

  private Formats() {}

  static void check(YamlNode formats, String label, String property, List<Finding> findings) {
    String where = label + (property == null ? "" : ", property `" + property + "`");
    if (!(formats instanceof YamlList list)) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(formats.origin(), where + ": `formats` must be a list"));
      return;
    }
    if (list.size() == 0) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(
              formats.origin(), where + ": `formats` needs at least one entry"));
      return;
    }
    if (list.items().stream().anyMatch(item -> !PythonValues.isStr(item.toPlain()))) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(
              formats.origin(), where + ": `formats` must only hold strings"));
      return;
    }
    Set<String> seen = new TreeSet<>();
    Set<String> duplicates = new TreeSet<>();
    Set<String> unknown = new TreeSet<>();
    for (YamlNode item : list.items()) {
      String format = (String) item.toPlain();
      if (!seen.add(format)) {
        duplicates.add(format);
      }
      if (!ALLOWED.contains(format)) {
        unknown.add(format);
      }
    }
    if (!duplicates.isEmpty()) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(
              formats.origin(), where + ": `formats` repeats " + String.join(", ", duplicates)));
    }
    if (!unknown.isEmpty()) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(
              formats.origin(),
              where
                  + ": `formats` has unknown value(s) "
                  + String.join(", ", unknown)
                  + "; known: "
                  + String.join(" | ", new TreeSet<>(ALLOWED))));
    }
  }
}
