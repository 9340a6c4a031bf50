package io.github.ddassets.core.ci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A SARIF 2.1.0 log of one run of ddassets: the rules it can report, as reporting descriptors, and
 * its results with physical (and, for a JSON value, logical) locations. Code-scanning services read
 * it to annotate pull requests without GitHub's per-step annotation limit.
 */
public final class SarifLog {

  /** Where the SARIF 2.1.0 schema is published. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The project's home, which SARIF viewers link the tool's name to. */
  public static final String HOME = "https://github.com/ddassets/ddassets";

  private final JsonMapper mapper = JsonMapper.builder().build();
  private final ObjectNode log = mapper.createObjectNode();
  private final ObjectNode run;
  private final ArrayNode rules;
  private final ArrayNode results;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final Path base;
  private final Path root;

  /**
   * @param toolVersion ddassets' version
   * @param base the folder relative paths of results are resolved against
   * @param root the folder artifact URIs are made relative to; files outside it get absolute URIs
   */
  public SarifLog(String toolVersion, Path base, Path root) {
    this.base = base;
    this.root = root;
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ddassets");
    driver.put("version", toolVersion);
    driver.put("informationUri", HOME);
    rules = driver.putArray("rules");
    results = run.putArray("results");
  }

  /**
   * Adds a reporting descriptor; results refer to it by id and index.
   *
   * @param level {@code error}, {@code warning} or {@code note}
   * @return the descriptor, for properties of the caller's own
   */
  public ObjectNode rule(String id, String summary, String help, String helpUri, String level) {
    ruleIndex.put(id, rules.size());
    ObjectNode descriptor = rules.addObject();
    descriptor.put("id", id);
    descriptor.putObject("shortDescription").put("text", summary);
    descriptor.putObject("help").put("text", help);
    if (!helpUri.isEmpty()) {
      descriptor.put("helpUri", helpUri);
    }
    descriptor.putObject("defaultConfiguration").put("level", level);
    return descriptor;
  }

  /**
   * Adds a result of a rule added before.
   *
   * @param path the file, relative to the base folder or absolute; empty for none
   * @param line the start line, or 0 when unknown
   * @param column the start column, or 0 when unknown
   * @param pointer the JSON pointer of the value, or empty
   * @return the result, for fingerprints and properties of the caller's own
   */
  public ObjectNode result(
      String ruleId, String level, String message, String path, int line, int column,
      String pointer) {
    ObjectNode result = results.addObject();
    result.put("ruleId", ruleId);
    Integer index = ruleIndex.get(ruleId);
    if (index != null) {
      result.put("ruleIndex", index);
    }
    result.put("level", level);
    result.putObject("message").put("text", message);
    if (path.isEmpty()) {
      return result;
    }
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(path));
    if (line > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", line);
      if (column > 0) {
        region.put("startColumn", column);
      }
    }
    if (!pointer.isEmpty()) {
      ObjectNode logical = location.putArray("logicalLocations").addObject();
      logical.put("fullyQualifiedName", pointer);
      logical.put("kind", "member");
    }
    return result;
  }

  /** The run's property bag. */
  public ObjectNode runProperties() {
    return run.with("properties");
  }

  /** Prints the log as one pretty-printed JSON document. */
  public void print(PrintWriter out) {
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(log));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's URI relative to the root, or an absolute {@code file:} URI outside it. */
  public String uri(String path) {
    Path file = base.resolve(path).normalize();
    try {
      if (file.startsWith(root)) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return new URI(null, null, relative, null).toASCIIString();
      }
    } catch (URISyntaxException e) {
      // A path that no URI can hold relative: the absolute form below always can.
    }
    return file.toUri().toASCIIString();
  }
}
