package io.github.ddassets.core.rules;

import java.util.Arrays;
import java.util.List;

/**
 * Renders the rule catalogue as the Markdown page {@code docs/rules.md}; a test keeps the committed
 * page equal to this output.
 */
public final class RuleCatalogueMarkdown {

  private RuleCatalogueMarkdown() {}

  /** The whole page. */
  public static String render() {
    StringBuilder page = new StringBuilder();
    page.append("# Rule catalogue\n\n")
        .append(
            "<!-- Generated from io.github.ddassets.core.rules.Rule and its rules.properties;"
                + " do not edit by hand. -->\n\n")
        .append(
            "Every check ddassets makes, with the id shown in each finding (`[metadata-unit-unknown]`).\n\n")
        .append(
            "- **Profile** `ddev`: what Datadog's `ddev validate` enforces; these rules run under both\n")
        .append(
            "  profiles. `strict`: what Datadog's documentation asks for but ddev does not check; these\n")
        .append("  rules run only under `strict` (the default for generated files).\n")
        .append(
            "- **Severity**: errors fail the build (or make `ddassets validate` exit with 1); warnings do\n")
        .append(
            "  not, unless javac runs with `-Werror`. A few ddev rules are more severe under `strict`.\n")
        .append(
            "- **Applies to**: `files` when validating asset files, `sources` when compiling annotated\n")
        .append("  Java, or both.\n")
        .append("- **Levels**: a rule can be turned off or set to `warning` or `error` with\n")
        .append("  `--rule <id>=off|warning|error`, the processor option `-Addassets.rules`, or the\n")
        .append("  `[rules]` table of `.ddassets.toml` ([ci.md](ci.md)); a build cannot turn an error\n")
        .append("  of the `ddev` profile off or down, since Datadog would refuse the files.\n")
        .append("- **Links**: each id is an anchor of this page (`rules.md#metadata-unit-unknown`),\n")
        .append("  which SARIF output gives as the rule's help link.\n");
    for (Scope scope : Scope.values()) {
      List<Rule> rules =
          Arrays.stream(Rule.values()).filter(rule -> rule.scope() == scope).toList();
      if (rules.isEmpty()) {
        continue;
      }
      page.append("\n## ")
          .append(scope.title())
          .append("\n\n")
          .append("| id | profile | severity | applies to | rule |\n")
          .append("| --- | --- | --- | --- | --- |\n");
      for (Rule rule : rules) {
        page.append("| <a id=\"")
            .append(rule.id())
            .append("\"></a>`")
            .append(rule.id())
            .append("` | ")
            .append(rule.profile().id())
            .append(" | ")
            .append(severity(rule))
            .append(" | ")
            .append(rule.applies().label())
            .append(" | ")
            .append(rule.summary().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    long strictOnly =
        Arrays.stream(Rule.values()).filter(rule -> rule.profile() == Profile.STRICT).count();
    page.append("\n")
        .append(Rule.values().length)
        .append(" rules: ")
        .append(Rule.values().length - strictOnly)
        .append(" of profile `ddev`, ")
        .append(strictOnly)
        .append(" of profile `strict`.\n");
    return page.toString();
  }

  private static String severity(Rule rule) {
    String base = rule.severity().id();
    return rule.strictSeverity() == null
        ? base
        : base + " (" + rule.strictSeverity().id() + " under strict)";
  }

  /** Prints the page, so that {@code docs/rules.md} can be regenerated from the command line. */
  public static void main(String[] args) {
    System.out.print(render());
  }
}
