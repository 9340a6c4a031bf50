package io.github.ddassets.processor;

import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One compile-testing case of a rule: sources that break it, the profile they are compiled under,
 * and the line the diagnostic must be on.
 *
 * @param rule the rule
 * @param profile {@code ddev} or {@code strict}
 * @param kind whether the rule reports an error or a warning under that profile
 * @param lineContaining text of the line the diagnostic must point at
 * @param sources the sources; the first holds the line
 */
record RuleCase(
    Rule rule,
    String profile,
    Diagnostic.Kind kind,
    String lineContaining,
    List<JavaFileObject> sources) {

  /** A case whose sources are one check class {@code test.AcmeCheck} with the given body. */
  static RuleCase inCheck(
      Rule rule, String profile, Diagnostic.Kind kind, String lineContaining, String... body) {
    return new RuleCase(rule, profile, kind, lineContaining, List.of(acmeCheck(body)));
  }

  static JavaFileObject acmeCheck(String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("");
    lines.add("import io.github.ddassets.annotations.*;");
    lines.add("");
    lines.add("@Integration(name = \"acme\", displayName = \"Acme\")");
    lines.add("final class AcmeCheck {");
    lines.addAll(List.of(body));
    lines.add("}");
    return Compilations.source("test.AcmeCheck", lines.toArray(new String[0]));
  }

  @Override
  public String toString() {
    return rule.id() + " (" + profile + ")";
  }
}
