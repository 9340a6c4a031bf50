package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Objects;

/**
 * The log section as declared in code ({@code @Logs}).
 *
 * @param sources the example log sources, in order
 * @param description the description replacing the template's, or empty
 * @param origin the annotation
 * @param required whether the section is marked {@code required} (the example shows it uncommented)
 */
public record LogsDeclaration(
    List<LogSource> sources, String description, Origin origin, boolean required) {

  /** A section that is not marked {@code required}. */
  public LogsDeclaration(List<LogSource> sources, String description, Origin origin) {
    this(sources, description, origin, false);
  }

  public LogsDeclaration {
    sources = List.copyOf(sources);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * One {@code @LogSource}; empty texts and a zero port are left out of the example.
   *
   * @param type the input type in lower case ({@code file}, {@code tcp}...)
   * @param path the file to tail
   * @param port the port to listen on
   * @param channelPath the Windows event channel
   * @param source the {@code source} attribute, or empty for the integration's name
   * @param service the service
   * @param encoding the file encoding
   * @param processingRules the processing rules, in order
   * @param origin the annotation
   * @param serviceFirst whether {@code service} is written before {@code source} (a layout flag of
   *     the {@code @Logs} type's {@code @Layout})
   * @param portPlaceholder the port as a placeholder text such as {@code <PORT>}, or empty
   */
  public record LogSource(
      String type,
      String path,
      int port,
      String channelPath,
      String source,
      String service,
      String encoding,
      List<ProcessingRule> processingRules,
      Origin origin,
      boolean serviceFirst,
      String portPlaceholder) {

    /** A source whose {@code source} key comes before {@code service}, with a numeric port. */
    public LogSource(
        String type,
        String path,
        int port,
        String channelPath,
        String source,
        String service,
        String encoding,
        List<ProcessingRule> processingRules,
        Origin origin) {
      this(
          type,
          path,
          port,
          channelPath,
          source,
          service,
          encoding,
          processingRules,
          origin,
          false,
          "");
    }

    public LogSource {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(channelPath, "channelPath");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(encoding, "encoding");
      Objects.requireNonNull(portPlaceholder, "portPlaceholder");
      processingRules = List.copyOf(processingRules);
      Objects.requireNonNull(origin, "origin");
    }
  }

  /**
   * One {@code @LogProcessingRule}.
   *
   * @param type the rule type
   * @param name the rule's name
   * @param pattern its regular expression
   * @param replacePlaceholder the replacement of {@code mask_sequences}, or empty
   */
  public record ProcessingRule(
      String type, String name, String pattern, String replacePlaceholder) {
    public ProcessingRule {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(replacePlaceholder, "replacePlaceholder");
    }
  }
}
