package io.github.ddassets.core.config;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlScalar;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The built-in templates, parsed when ddassets is built and stored in one binary resource.
 *
 * <p>Every compilation that declares a configuration loads templates. Parsing their YAML there
 * meant running SnakeYAML's scanner, parser and constructor for the first time in a fresh compiler
 * process, about a tenth of the processor's whole cost; reading the parsed trees back from a data
 * stream costs next to nothing. The build writes the bundle ({@link #main}, bound to Maven's {@code
 * process-classes} phase); {@code TemplateBundleTest} checks that it holds the same trees, origins
 * included, as parsing the YAML files. When the bundle is absent (classes compiled by an IDE
 * without Maven), the YAML files are parsed as before.
 *
 * <p>The format is private to one build of ddassets: a version number, then each template's name,
 * file and tree, the tree prefixed with its length so that only the templates used are decoded. A
 * tree node is a kind byte ({@code M}apping, {@code L}ist, {@code S}calar), its line and column,
 * and its content; a value is a type byte and the value.
 */
public final class TemplateBundle {

  /** Where the bundle is, beside the YAML templates. */
  static final String RESOURCE = "/io/github/ddassets/core/templates/templates.bin";

  private static final int FORMAT = 1;

  /** Each template's file and encoded tree, decoded when first asked for. */
  private final Map<String, Encoded> encoded;

  private final Map<String, YamlNode> decoded = new ConcurrentHashMap<>();

  private record Encoded(String shownAs, byte[] tree) {}

  private TemplateBundle(Map<String, Encoded> encoded) {
    this.encoded = encoded;
  }

  /** The bundle on the class path, or an empty one when ddassets was built without it. */
  static TemplateBundle builtIn() {
    return BuiltIn.BUNDLE;
  }

  /**
   * The parsed tree of a template by name ({@code instances/http}); callers must copy it. A
   * compilation decodes only the templates it uses.
   */
  Optional<YamlNode> tree(String name) {
    Encoded template = encoded.get(name);
    if (template == null) {
      return Optional.empty();
    }
    YamlNode tree = decoded.get(name);
    if (tree == null) {
      // The warm-up thread may decode it at the same time: the first tree stored is shared.
      YamlNode fresh = decode(template);
      tree = decoded.putIfAbsent(name, fresh);
      if (tree == null) {
        tree = fresh;
      }
    }
    return Optional.of(tree);
  }

  private static YamlNode decode(Encoded template) {
    try {
      return readNode(
          new DataInputStream(new ByteArrayInputStream(template.tree())), template.shownAs());
    } catch (IOException e) {
      throw new UncheckedIOException("damaged template bundle: " + template.shownAs(), e);
    }
  }

  /** Read once, on first use. */
  private static final class BuiltIn {
    static final TemplateBundle BUNDLE = load();

    private static TemplateBundle load() {
      try (InputStream in = TemplateBundle.class.getResourceAsStream(RESOURCE)) {
        return in == null ? new TemplateBundle(Map.of()) : read(in);
      } catch (IOException e) {
        // A damaged bundle is as good as none: the YAML files are still there to parse.
        return new TemplateBundle(Map.of());
      }
    }
  }

  /**
   * Writes the bundle of every {@code .yaml} file under {@code folder}.
   *
   * @param args the templates folder and the bundle file to write
   */
  public static void main(String[] args) throws IOException, YamlSyntaxException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TemplateBundle TEMPLATES_FOLDER BUNDLE_FILE");
    }
    Path folder = Path.of(args[0]);
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.toList()) {
        if (file.toString().endsWith(".yaml")) {
          String relative = folder.relativize(file).toString().replace('\\', '/');
          files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])))) {
      write(files, out);
    }
  }

  /**
   * Parses templates and writes their bundle.
   *
   * @param files the YAML text of each template, by path relative to the templates folder
   * @throws IllegalArgumentException when a template holds what the format does not (a duplicate
   *     key, a float that is not finite, a string over 64 KiB)
   */
  static void write(Map<String, String> files, OutputStream out)
      throws IOException, YamlSyntaxException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(FORMAT);
    data.writeInt(files.size());
    for (Map.Entry<String, String> file : files.entrySet()) {
      String path = file.getKey();
      data.writeUTF(path.substring(0, path.length() - ".yaml".length()));
      data.writeUTF(path);
      ByteArrayOutputStream tree = new ByteArrayOutputStream();
      DataOutputStream treeData = new DataOutputStream(tree);
      writeNode(YamlReader.read(file.getValue(), TemplateRoot.BUILT_IN_PREFIX + path), treeData);
      treeData.flush();
      data.writeInt(tree.size());
      tree.writeTo(data);
    }
    data.flush();
  }

  private static void writeNode(YamlNode node, DataOutputStream data) throws IOException {
    FileOrigin origin = (FileOrigin) node.origin();
    if (node instanceof YamlMap map) {
      if (!map.duplicateKeys().isEmpty()) {
        throw new IllegalArgumentException(origin.describe() + ": a template has a duplicate key");
      }
      writePosition('M', origin, data);
      data.writeInt(map.size());
      for (Object key : map.keyList()) {
        writeValue(key, data);
        writePosition('K', (FileOrigin) map.keyOrigin(key), data);
        writeNode(map.get(key), data);
      }
    } else if (node instanceof YamlList list) {
      writePosition('L', origin, data);
      data.writeInt(list.size());
      for (YamlNode item : list.items()) {
        writeNode(item, data);
      }
    } else {
      writePosition('S', origin, data);
      writeValue(((YamlScalar) node).value(), data);
    }
  }

  private static void writePosition(char kind, FileOrigin origin, DataOutputStream data)
      throws IOException {
    data.writeByte(kind);
    data.writeInt(origin.line());
    data.writeInt(origin.column());
  }

  private static void writeValue(Object value, DataOutputStream data) throws IOException {
    if (value == null) {
      data.writeByte('N');
    } else if (value instanceof Boolean bool) {
      data.writeByte(bool ? 'T' : 'F');
    } else if (value instanceof Long number) {
      data.writeByte('I');
      data.writeLong(number);
    } else if (value instanceof BigInteger number) {
      data.writeByte('B');
      data.writeUTF(number.toString());
    } else if (value instanceof Double number) {
      if (!Double.isFinite(number)) {
        throw new IllegalArgumentException("a template holds the float " + number);
      }
      data.writeByte('D');
      data.writeDouble(number);
    } else if (value instanceof LocalDate date) {
      data.writeByte('Y');
      data.writeUTF(date.toString());
    } else if (value instanceof String text) {
      if (text.getBytes(StandardCharsets.UTF_8).length > 0xFFFF / 3) {
        throw new IllegalArgumentException("a template holds a string over 21,845 bytes");
      }
      data.writeByte('S');
      data.writeUTF(text);
    } else {
      throw new IllegalArgumentException("a template holds a " + value.getClass().getName());
    }
  }

  /** Reads a bundle written by {@link #write}. */
  static TemplateBundle read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    if (data.readInt() != FORMAT) {
      return new TemplateBundle(Map.of());
    }
    int count = data.readInt();
    Map<String, Encoded> templates = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String name = data.readUTF();
      String shownAs = TemplateRoot.BUILT_IN_PREFIX + data.readUTF();
      byte[] tree = new byte[data.readInt()];
      data.readFully(tree);
      templates.put(name, new Encoded(shownAs, tree));
    }
    return new TemplateBundle(Map.copyOf(templates));
  }

  private static YamlNode readNode(DataInputStream data, String shownAs) throws IOException {
    int kind = data.readByte();
    Origin origin = FileOrigin.at(shownAs, data.readInt(), data.readInt());
    switch (kind) {
      case 'M' -> {
        YamlMap map = new YamlMap(origin);
        int size = data.readInt();
        for (int i = 0; i < size; i++) {
          Object key = readValue(data);
          data.readByte(); // 'K'
          Origin keyOrigin = FileOrigin.at(shownAs, data.readInt(), data.readInt());
          map.put(key, readNode(data, shownAs), keyOrigin);
        }
        return map;
      }
      case 'L' -> {
        YamlList list = new YamlList(origin);
        int size = data.readInt();
        for (int i = 0; i < size; i++) {
          list.add(readNode(data, shownAs));
        }
        return list;
      }
      case 'S' -> {
        return new YamlScalar(readValue(data), origin);
      }
      default -> throw new IOException("damaged template bundle: node kind " + kind);
    }
  }

  private static Object readValue(DataInputStream data) throws IOException {
    int type = data.readByte();
    return switch (type) {
      case 'N' -> null;
      case 'T' -> Boolean.TRUE;
      case 'F' -> Boolean.FALSE;
      case 'I' -> data.readLong();
      case 'B' -> new BigInteger(data.readUTF());
      case 'D' -> data.readDouble();
      case 'Y' -> LocalDate.parse(data.readUTF());
      case 'S' -> data.readUTF();
      default -> throw new IOException("damaged template bundle: value type " + type);
    };
  }

  /** The names of the templates in the bundle, sorted (for tests). */
  List<String> names() {
    List<String> names = new ArrayList<>(encoded.keySet());
    Collections.sort(names);
    return List.copyOf(names);
  }
}
