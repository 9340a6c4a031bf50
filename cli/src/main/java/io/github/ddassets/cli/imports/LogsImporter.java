package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.github.ddassets.annotations.LogProcessingRule;
import io.github.ddassets.annotations.LogSource;
import io.github.ddassets.annotations.LogType;
import io.github.ddassets.annotations.Logs;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the {@code - template: logs} entry into {@code @Logs}: one {@code @LogSource} per example
 * entry, whose keys must come in the order the processor writes them; {@code @Layout(serviceFirst =
 * true)} when the sources write {@code service} before {@code source}.
 */
final class LogsImporter {

  /** The keys of a log source, in the order the processor writes them. */
  private static final List<String> SOURCE_KEYS =
      List.of(
          "type",
          "path",
          "port",
          "channel_path",
          "source",
          "service",
          "encoding",
          "log_processing_rules");

  /** The same keys with {@code service} first ({@code @Layout(serviceFirst = true)}). */
  private static final List<String> SERVICE_FIRST_KEYS =
      List.of(
          "type",
          "path",
          "port",
          "channel_path",
          "service",
          "source",
          "encoding",
          "log_processing_rules");

  private static final List<String> RULE_KEYS =
      List.of("type", "name", "pattern", "replace_placeholder");

  private final Unsupported unsupported;

  LogsImporter(Unsupported unsupported) {
    this.unsupported = unsupported;
  }

  /** The annotations of the type that declares the entry: {@code @Logs}, maybe {@code @Layout}. */
  Optional<List<AnnotationSpec>> logs(YamlMap entry, String integration, ClassName checkClass) {
    for (Object key : entry.keys()) {
      if (!List.of("template", "required", "example", "description").contains(key)) {
        unsupported.at(entry.keyOrigin(key), "the logs entry has the key `" + key + "`");
      }
    }
    List<AnnotationSpec> sources = new ArrayList<>();
    List<YamlNode> items = List.of();
    if (entry.get("example") instanceof YamlList example && !example.items().isEmpty()) {
      items = example.items();
    } else if (entry.has("example")) {
      unsupported.at(entry.keyOrigin("example"), "a logs example that is not a list of sources");
    }
    boolean serviceFirst = serviceFirst(items);
    for (YamlNode item : items) {
      if (item instanceof YamlMap source) {
        source(source, integration).ifPresent(sources::add);
      } else {
        unsupported.at(item.origin(), "a log source that is not a mapping");
      }
    }
    AnnotationSpec.Builder logs = AnnotationSpec.builder(Logs.class);
    logs.addMember(
        Vocabulary.Logs.VALUE, "$L", sources.isEmpty() ? "{}" : TemplateImporter.array(sources));
    if (entry.value("description") instanceof String description) {
      logs.addMember(Vocabulary.Logs.DESCRIPTION, "$S", description);
    } else if (entry.has("description")) {
      unsupported.at(entry.keyOrigin("description"), "a logs description that is not text");
    }
    if (Boolean.TRUE.equals(entry.value("required"))) {
      logs.addMember(Vocabulary.Logs.REQUIRED, "true");
    } else if (entry.has("required")) {
      unsupported.at(
          entry.keyOrigin("required"), "`required` of the logs entry other than `true`");
    }
    logs.addMember(Vocabulary.Logs.CHECK, "$T.class", checkClass);
    List<AnnotationSpec> annotations = new ArrayList<>();
    annotations.add(logs.build());
    new LayoutAnnotation()
        .flag(Vocabulary.Layout.SERVICE_FIRST, serviceFirst)
        .build()
        .ifPresent(annotations::add);
    return Optional.of(annotations);
  }

  /**
   * Whether the sources write {@code service} before {@code source}. {@code @Layout(serviceFirst)}
   * orders every source of the type alike, so sources that order them differently are reported.
   */
  private boolean serviceFirst(List<YamlNode> items) {
    Boolean first = null;
    for (YamlNode item : items) {
      if (!(item instanceof YamlMap source) || !hasBoth(source)) {
        continue; // laid out alike either way
      }
      boolean serviceFirst = serviceFirst(source);
      if (first == null) {
        first = serviceFirst;
      } else if (first != serviceFirst) {
        unsupported.at(
            source.origin(),
            "log sources that order `service` and `source` differently, which"
                + " @Layout(serviceFirst) cannot declare");
      }
    }
    return Boolean.TRUE.equals(first);
  }

  private static boolean hasBoth(YamlMap source) {
    return source.has("service") && source.has("source");
  }

  private static boolean serviceFirst(YamlMap source) {
    List<Object> keys = source.keyList();
    return hasBoth(source) && keys.indexOf("service") < keys.indexOf("source");
  }

  private Optional<AnnotationSpec> source(YamlMap source, String integration) {
    List<String> order = serviceFirst(source) ? SERVICE_FIRST_KEYS : SOURCE_KEYS;
    if (!ordered(source, order, "log source")) {
      return Optional.empty();
    }
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(LogSource.class);
    Object type = source.value("type");
    LogType logType = null;
    for (LogType candidate : LogType.values()) {
      if (candidate.name().toLowerCase(Locale.ROOT).equals(type)) {
        logType = candidate;
      }
    }
    if (logType == null) {
      unsupported.at(source.origin(), "a log source of type `" + type + "`");
      return Optional.empty();
    }
    if (logType != LogType.FILE) {
      annotation.addMember(Vocabulary.LogSource.TYPE, "$T.$L", LogType.class, logType.name());
    }
    text(source, "path", Vocabulary.LogSource.PATH, annotation);
    if (source.has("port")) {
      if (source.value("port") instanceof Long port && port > 0 && port <= Integer.MAX_VALUE) {
        annotation.addMember(Vocabulary.LogSource.PORT, "$L", port);
      } else if (source.value("port") instanceof String placeholder && !placeholder.isEmpty()) {
        annotation.addMember(Vocabulary.LogSource.PORT_PLACEHOLDER, "$S", placeholder);
      } else {
        unsupported.at(
            source.keyOrigin("port"), "a log port that is neither a positive number nor a text");
      }
    }
    text(source, "channel_path", Vocabulary.LogSource.CHANNEL_PATH, annotation);
    if (!source.has("source")) {
      unsupported.at(source.origin(), "a log source without `source`");
    } else if (!integration.equals(source.value("source"))) {
      text(source, "source", Vocabulary.LogSource.SOURCE, annotation);
    }
    text(source, "service", Vocabulary.LogSource.SERVICE, annotation);
    text(source, "encoding", Vocabulary.LogSource.ENCODING, annotation);
    if (source.get("log_processing_rules") instanceof YamlList rules) {
      List<AnnotationSpec> imported = new ArrayList<>();
      for (YamlNode node : rules.items()) {
        rule(node).ifPresent(imported::add);
      }
      annotation.addMember(
          Vocabulary.LogSource.PROCESSING_RULES, "$L", TemplateImporter.array(imported));
    } else if (source.has("log_processing_rules")) {
      unsupported.at(source.keyOrigin("log_processing_rules"), "processing rules must be a list");
    }
    return Optional.of(annotation.build());
  }

  private Optional<AnnotationSpec> rule(YamlNode node) {
    if (!(node instanceof YamlMap rule) || !ordered(rule, RULE_KEYS, "processing rule")) {
      unsupported.at(node.origin(), "a processing rule must be a mapping");
      return Optional.empty();
    }
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(LogProcessingRule.class);
    for (String key : List.of("type", "name", "pattern")) {
      if (!(rule.value(key) instanceof String)) {
        unsupported.at(rule.origin(), "a processing rule needs a text `" + key + "`");
        return Optional.empty();
      }
    }
    text(rule, "type", Vocabulary.LogProcessingRule.TYPE, annotation);
    text(rule, "name", Vocabulary.LogProcessingRule.NAME, annotation);
    text(rule, "pattern", Vocabulary.LogProcessingRule.PATTERN, annotation);
    text(rule, "replace_placeholder", Vocabulary.LogProcessingRule.REPLACE_PLACEHOLDER, annotation);
    return Optional.of(annotation.build());
  }

  /** Whether the keys are known and in the order the processor writes them. */
  private boolean ordered(YamlMap map, List<String> order, String what) {
    int last = -1;
    for (Object key : map.keys()) {
      int index = order.indexOf(key);
      if (index < 0) {
        unsupported.at(map.keyOrigin(key), "a " + what + " with the key `" + key + "`");
        return false;
      }
      if (index < last) {
        unsupported.at(
            map.keyOrigin(key),
            "the keys of a " + what + " in another order than " + String.join(", ", order));
        return false;
      }
      last = index;
    }
    return true;
  }

  private void text(YamlMap map, String key, String attribute, AnnotationSpec.Builder annotation) {
    if (!map.has(key)) {
      return;
    }
    if (map.value(key) instanceof String text && !text.isEmpty()) {
      annotation.addMember(attribute, "$S", text);
    } else {
      unsupported.at(map.keyOrigin(key), "`" + key + "` that is not a non-empty text");
    }
  }
}
