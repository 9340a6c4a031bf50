package io.github.ddassets.cli.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the round trip of one integration gave.
 *
 * @param name the integration
 * @param refused the rules of the findings that stopped its import; empty when imported
 * @param defects the rules of the errors ddev reports in the folder, which the import carried into
 *     the Java or left out
 * @param notes the import's notes: the files that will differ, and how
 * @param compileErrors the errors javac or the processor reported on the imported sources
 * @param warningRules the rule ids of the processor's warnings on the imported sources
 * @param baselined the compilation under a baseline the build recorded, when the imported sources
 *     failed to compile on the defects the import carried
 * @param files the comparison of each file the original folder has (for a folder compiled under
 *     a baseline, the files that compilation wrote)
 */
record RoundTripResult(
    String name,
    List<String> refused,
    List<String> defects,
    List<String> notes,
    List<String> compileErrors,
    Set<String> warningRules,
    Optional<Baselined> baselined,
    Map<RoundTripFile, Comparison> files) {

  private static final Pattern RULE_ID = Pattern.compile("\\[([a-z0-9-]+)]");

  /**
   * The compilation with {@code -Addassets.writeBaseline}: every finding recorded as known, so the
   * build writes its files.
   *
   * @param errors the errors it still reported
   * @param recordedRules the rule ids of the findings the baseline file holds
   */
  record Baselined(List<String> errors, Set<String> recordedRules) {}

  /** The rule ids of the compile errors, such as {@code manifest-description-too-long}. */
  Set<String> compileRules() {
    return ruleIds(compileErrors);
  }

  /** The rule ids diagnostics name, in brackets. */
  static Set<String> ruleIds(List<String> diagnostics) {
    Set<String> rules = new TreeSet<>();
    for (String diagnostic : diagnostics) {
      Matcher matcher = RULE_ID.matcher(diagnostic);
      if (matcher.find()) {
        rules.add(matcher.group(1));
      }
    }
    return rules;
  }

  /** Whether the build wrote its files: without errors, or without new ones under a baseline. */
  boolean built() {
    return refused.isEmpty()
        && (compileErrors.isEmpty()
            || baselined.map(compilation -> compilation.errors().isEmpty()).orElse(false));
  }

  /** How a regenerated file compares with its original. */
  enum Outcome {
    /** Byte for byte the original (for spec.yaml: the same YAML). */
    IDENTICAL,
    /** The original is not in canonical form; the regenerated file is its canonical form. */
    CANONICAL,
    /** Neither. */
    DIFFERENT
  }

  /**
   * One file's comparison.
   *
   * @param outcome how it compares
   * @param difference the first differing line, for {@link Outcome#DIFFERENT}
   */
  record Comparison(Outcome outcome, String difference) {}

  /** Whether every file of the given kinds came back identical or in canonical form. */
  boolean identical(Set<RoundTripFile> kinds) {
    return built()
        && files.entrySet().stream()
            .filter(file -> kinds.contains(file.getKey()))
            .allMatch(file -> file.getValue().outcome() != Outcome.DIFFERENT);
  }

  /** Why it is not identical, in one line. */
  String failure(Set<RoundTripFile> kinds) {
    if (!refused.isEmpty()) {
      return "import refused: " + String.join(", ", refused);
    }
    if (!built()) {
      return "compilation failed: "
          + baselined.map(Baselined::errors).filter(e -> !e.isEmpty()).orElse(compileErrors).get(0);
    }
    StringBuilder text = new StringBuilder();
    files.forEach(
        (kind, comparison) -> {
          if (kinds.contains(kind) && comparison.outcome() == Outcome.DIFFERENT) {
            text.append(text.isEmpty() ? "" : "; ")
                .append(kind.label())
                .append(" ")
                .append(comparison.difference());
          }
        });
    return text.toString();
  }
}
