package io.github.ddassets.core.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Severity;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints a SARIF 2.1.0 log: one run of the {@code ddassets} tool, every rule of the catalogue as a
 * reporting descriptor, and each finding as a result with its physical location (and its JSON
 * pointer as a logical location). Code-scanning services read it to annotate pull requests without
 * GitHub's per-step annotation limit.
 */
final class SarifPrinter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String RULES_PAGE = "https://github.com/ddassets/ddassets/blob/main/docs/rules.md";

  private final PrintSettings settings;

  SarifPrinter(PrintSettings settings) {
    this.settings = settings;
  }

  void print(List<ValidatedFinding> findings, Summary summary, PrintWriter out) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode log = mapper.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ddassets");
    driver.put("version", settings.toolVersion());
    driver.put("informationUri", "https://github.com/ddassets/ddassets");
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      descriptor(rules.addObject(), rule);
    }
    ArrayNode results = run.putArray("results");
    for (ValidatedFinding finding : findings) {
      result(results.addObject(), finding);
    }
    run.putObject("properties").put("profile", summary.profile().id());
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(log));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void descriptor(ObjectNode descriptor, Rule rule) {
    descriptor.put("id", rule.id());
    descriptor.putObject("shortDescription").put("text", rule.summary());
    descriptor
        .putObject("help")
        .put(
            "text",
            rule.summary()
                + " Profile "
                + rule.profile().id()
                + ", "
                + rule.severity().id()
                + (rule.strictSeverity() == null
                    ? ""
                    : " (" + rule.strictSeverity().id() + " under strict)")
                + ".");
    descriptor.put("helpUri", RULES_PAGE + "#" + anchor(rule.scope().title()));
    descriptor.putObject("defaultConfiguration").put("level", level(rule.severity()));
    ObjectNode properties = descriptor.putObject("properties");
    properties.put("profile", rule.profile().id());
    properties.put("appliesTo", rule.applies().label());
  }

  private void result(ObjectNode result, ValidatedFinding finding) {
    result.put("ruleId", finding.finding().rule().id());
    result.put("ruleIndex", finding.finding().rule().ordinal());
    result.put("level", level(finding.severity()));
    String hint = finding.finding().hint();
    result
        .putObject("message")
        .put(
            "text",
            hint.isEmpty()
                ? finding.finding().message()
                : finding.finding().message() + " (" + hint + ")");
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(finding.path()));
    if (finding.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", finding.line());
      if (finding.column() > 0) {
        region.put("startColumn", finding.column());
      }
    }
    if (!finding.pointer().isEmpty()) {
      ObjectNode logical = location.putArray("logicalLocations").addObject();
      logical.put("fullyQualifiedName", finding.pointer());
      logical.put("kind", "member");
    }
    result
        .putObject("partialFingerprints")
        .put(
            "ddassetsKey/v1",
            String.join(
                "|",
                finding.key().integration(),
                finding.key().file(),
                finding.key().rule(),
                finding.key().subject()));
  }

  /** The file's URI relative to the SARIF root, or an absolute {@code file:} URI outside it. */
  String uri(String path) {
    Path file = settings.base().resolve(path).normalize();
    try {
      if (file.startsWith(settings.sarifRoot())) {
        String relative = settings.sarifRoot().relativize(file).toString().replace('\\', '/');
        return new URI(null, null, relative, null).toASCIIString();
      }
    } catch (URISyntaxException e) {
      // A path that no URI can hold relative: the absolute form below always can.
    }
    return file.toUri().toASCIIString();
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /**
   * The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces to dashes.
   */
  static String anchor(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }
}
