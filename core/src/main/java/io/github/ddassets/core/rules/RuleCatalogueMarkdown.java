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
        .append("- **Silencing**: a build may leave out a `strict` rule or a warning it cannot act")
        .append(" on with\n  the processor option `-Addassets.suppress=<id>,...`")
        .append(" ([processor.md](processor.md#options));\n")
        .append("  errors of the `ddev` profile cannot be silenced.\n");
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
        page.append("| `")
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
