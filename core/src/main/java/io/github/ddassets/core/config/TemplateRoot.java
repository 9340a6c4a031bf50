package io.github.ddassets.core.config;

import io.github.ddassets.core.input.InputFiles;
import io.github.ddassets.core.yaml.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A place templates are read from: a folder (such as ddev's own) or ddassets' built-in set. */
public interface TemplateRoot {

  /** How findings name a built-in template file: this prefix, then its relative path. */
  String BUILT_IN_PREFIX = "ddassets:templates/";

  /**
   * The text of a template file, for example {@code instances/http.yaml}, if this root has it.
   *
   * @throws IOException when the file exists but cannot be read
   */
  Optional<TemplateFile> read(String relativePath) throws IOException;

  /**
   * A template this root holds already parsed, by name ({@code instances/http}), if any; {@link
   * #read} is asked for the text of any other. Only the built-in root has parsed templates.
   */
  default Optional<YamlNode> parsed(String name) {
    return Optional.empty();
  }

  /**
   * A template file's text and how findings name it.
   *
   * @param text the YAML text
   * @param displayPath the name shown in findings
   */
  record TemplateFile(String text, String displayPath) {}

  /** The templates of a folder laid out like ddev's {@code templates/configuration}. */
  static TemplateRoot directory(Path dir, String shownAs) {
    return relativePath -> {
      Path file = dir.resolve(relativePath).normalize();
      if (!file.startsWith(dir.normalize()) || !Files.exists(file)) {
        return Optional.empty();
      }
      // A FIFO, a device or a file over the byte budget is refused here, not read.
      return Optional.of(new TemplateFile(InputFiles.readUtf8(file), shownAs + "/" + relativePath));
    };
  }

  /**
   * The templates ddassets ships, written for it, with the option names ddev's templates use. They
   * come parsed from the {@link TemplateBundle} when the build made one, else as YAML text.
   */
  static TemplateRoot builtIn() {
    return new TemplateRoot() {
      @Override
      public Optional<TemplateFile> read(String relativePath) throws IOException {
        String resource = "/io/github/ddassets/core/templates/" + relativePath;
        try (InputStream in = TemplateRoot.class.getResourceAsStream(resource)) {
          if (in == null) {
            return Optional.empty();
          }
          return Optional.of(
              new TemplateFile(
                  new String(in.readAllBytes(), StandardCharsets.UTF_8),
                  BUILT_IN_PREFIX + relativePath));
        }
      }

      @Override
      public Optional<YamlNode> parsed(String name) {
        return TemplateBundle.builtIn().tree(name);
      }
    };
  }
}
