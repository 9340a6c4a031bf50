package io.github.ddassets.core.baseline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.output.OutputFolder;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads and writes baseline files: one JSON document that the command line, the annotation
 * processor and the Maven plugin share.
 *
 * <pre>{@code
 * {
 *   "ddassets-baseline" : 1,
 *   "findings" : [ {
 *     "integration" : "acme",
 *     "file" : "metadata.csv",
 *     "rule" : "metadata-unit-unknown",
 *     "subject" : "acme.queue.depth unit_name"
 *   } ]
 * }
 * }</pre>
 *
 * <p>Entries are sorted, so that the file is the same for the same findings and a change of it
 * reads well in a diff; an entry that stands for more than one finding has a {@code count}.
 */
public final class BaselineFile {

  /** The key that marks the document and gives its format's version. */
  public static final String FORMAT = "ddassets-baseline";

  private static final int VERSION = 1;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private BaselineFile() {}

  /**
   * Reads a baseline file.
   *
   * @throws IOException when it cannot be read or is not a baseline; the message names the file
   *     and, for a syntax error, the line and column
   */
  public static Baseline read(Path file) throws IOException {
    String shown = file.toString().replace('\\', '/');
    JsonNode root;
    try {
      root = MAPPER.readTree(TextFiles.readUtf8(file));
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new IOException(shown + where + ": not a baseline file: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IOException("cannot read " + shown + ": " + TextFiles.describe(e));
    }
    if (root == null || !root.isObject() || root.path(FORMAT).asInt() != VERSION) {
      throw new IOException(
          shown
              + ": not a baseline file: it needs \""
              + FORMAT
              + "\": "
              + VERSION
              + " (write one with --write-baseline)");
    }
    Map<FindingKey, Integer> counts = new HashMap<>();
    JsonNode findings = root.path("findings");
    for (int i = 0; i < findings.size(); i++) {
      JsonNode entry = findings.get(i);
      if (!entry.isObject() || !entry.path("rule").isTextual()) {
        throw new IOException(shown + ": not a baseline file: /findings/" + i + " has no rule");
      }
      FindingKey key =
          new FindingKey(
              entry.path("integration").asText(""),
              entry.path("file").asText(""),
              entry.path("rule").asText(),
              entry.path("subject").asText(""));
      counts.merge(key, Math.max(1, entry.path("count").asInt(1)), Integer::sum);
    }
    return new Baseline(counts);
  }

  /** The text of a baseline file: sorted entries, two-space indentation, a final newline. */
  public static String text(Baseline baseline) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put(FORMAT, VERSION);
    ArrayNode findings = root.putArray("findings");
    baseline.counts().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              ObjectNode item = findings.addObject();
              FindingKey key = entry.getKey();
              item.put("integration", key.integration());
              item.put("file", key.file());
              item.put("rule", key.rule());
              item.put("subject", key.subject());
              if (entry.getValue() > 1) {
                item.put("count", entry.getValue());
              }
            });
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n")
          + "\n";
    } catch (JacksonException e) {
      throw new IllegalStateException("a baseline always serializes", e);
    }
  }

  /**
   * Writes a baseline file, replacing the file whole (never a half-written one).
   *
   * @throws IOException when it cannot be written
   */
  public static void write(Path file, Baseline baseline) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temp, text(baseline), StandardCharsets.UTF_8);
      OutputFolder.moveOver(temp, absolute);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
