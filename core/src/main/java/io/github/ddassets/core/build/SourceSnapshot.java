package io.github.ddassets.core.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.read.JsonDocumentReader;
import io.github.ddassets.core.render.PythonJson;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * What a build saw of its sources that class files do not keep: which types declared ddassets
 * annotations, and their Javadoc. A compilation that compiles only some sources (Maven's
 * changed-files mode, an IDE recompiling one file) reads the other types from the class path, where
 * annotations and constants survive but comments do not; the snapshot of the previous build
 * supplies those comments, so that a partial build writes exactly what a clean build writes. The
 * annotation processor keeps it beside the generated files, at {@link #PATH} in the class output.
 *
 * @param types the qualified names of the types that carry ddassets annotations, sorted
 * @param docs the Javadoc of those types and their members, by {@link #key key}, sorted
 * @param loaders a digest of each generated configuration loader's source, by the loader's
 *     qualified name: a host that cannot recreate a class already on its class path (ECJ) can then
 *     tell whether the loader it sees there is still current
 */
public record SourceSnapshot(
    SortedSet<String> types, SortedMap<String, String> docs, SortedMap<String, String> loaders) {

  /** Where the snapshot lives in the class output. */
  public static final String PATH = "META-INF/ddassets/sources.json";

  /** The format's version: a snapshot of another version is ignored, as if there were none. */
  static final int VERSION = 2;

  public SourceSnapshot {
    types = Collections.unmodifiableSortedSet(new TreeSet<>(types));
    docs = Collections.unmodifiableSortedMap(new TreeMap<>(docs));
    loaders = Collections.unmodifiableSortedMap(new TreeMap<>(loaders));
  }

  /** No previous build. */
  public static SourceSnapshot empty() {
    return new SourceSnapshot(new TreeSet<>(), new TreeMap<>(), new TreeMap<>());
  }

  /**
   * The digest of a text, as {@link #loaders} records it: its CRC-32 and Adler-32 checksums and its
   * length in UTF-8 bytes, in hexadecimal. It only has to tell a changed loader from the same one,
   * so a checksum computed by the runtime's native zlib serves, and costs the compilation far less
   * than a cryptographic hash whose provider must first be loaded.
   */
  public static String digest(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    Adler32 adler = new Adler32();
    adler.update(bytes);
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits((int) crc.getValue())
        + hex.toHexDigits((int) adler.getValue())
        + "-"
        + Integer.toHexString(bytes.length);
  }

  /**
   * The key of a type's Javadoc or of one member's.
   *
   * @param type the type's qualified name
   * @param member the member's name (a field, record component or method), or empty for the type
   */
  public static String key(String type, String member) {
    return member.isEmpty() ? type : type + "#" + member;
  }

  /** The snapshot as JSON text: keys sorted, one line per entry, a final newline. */
  public String toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("version", VERSION);
    ArrayNode typeList = root.putArray("types");
    for (String type : types) {
      typeList.add(type);
    }
    putAll(root.putObject("docs"), docs);
    putAll(root.putObject("loaders"), loaders);
    // Written and read without Jackson's object mapper, whose set-up every compilation would
    // otherwise pay for: the tree is a handful of strings.
    return PythonJson.dumps(root, 2, false) + "\n";
  }

  private static void putAll(ObjectNode object, SortedMap<String, String> values) {
    for (Map.Entry<String, String> entry : values.entrySet()) {
      object.put(entry.getKey(), entry.getValue());
    }
  }

  /**
   * Reads a snapshot a previous build wrote. A damaged file, or one of another format version, is
   * no snapshot: the build then reads what the class path gives, as a first build would.
   */
  public static Optional<SourceSnapshot> parse(String text) {
    JsonNode root;
    try {
      root = JsonDocumentReader.parse(text, PATH).root();
    } catch (JsonDocumentReader.JsonSyntaxException e) {
      return Optional.empty();
    }
    if (root.path("version").asInt() != VERSION) {
      return Optional.empty();
    }
    SortedSet<String> types = new TreeSet<>();
    for (JsonNode type : root.path("types")) {
      if (type.isTextual()) {
        types.add(type.asText());
      }
    }
    return Optional.of(
        new SourceSnapshot(types, strings(root.path("docs")), strings(root.path("loaders"))));
  }

  private static SortedMap<String, String> strings(JsonNode object) {
    SortedMap<String, String> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      if (entry.getValue().isTextual()) {
        values.put(entry.getKey(), entry.getValue().asText());
      }
    }
    return values;
  }

  /** The Javadoc under a key, if the snapshot has one. */
  public Optional<String> doc(String key) {
    return Optional.ofNullable(docs.get(key));
  }
}
