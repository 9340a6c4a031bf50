package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.github.ddassets.annotations.LogProcessingRule;
import io.github.ddassets.annotations.LogSource;
import io.github.ddassets.annotations.LogType;
import io.github.ddassets.annotations.Logs;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the {@code - template: logs} entry into {@code @Logs}: one {@code @LogSource} per example
 * entry, whose keys must come in the order the processor writes them.
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

  /** The same keys with {@code service} first ({@code serviceFirst = true}). */
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

  /** The {@code @Logs} annotation of the entry. */
  Optional<AnnotationSpec> logs(YamlMap entry, String integration, ClassName checkClass) {
    for (Object key : entry.keys()) {
      if (!List.of("template", "example", "description").contains(key)) {
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
    for (YamlNode item : items) {
      if (item instanceof YamlMap source) {
        source(source, integration).ifPresent(sources::add);
      } else {
        unsupported.at(item.origin(), "a log source that is not a mapping");
      }
    }
    AnnotationSpec.Builder logs = AnnotationSpec.builder(Logs.class);
    logs.addMember("value", "$L", sources.isEmpty() ? "{}" : TemplateImporter.array(sources));
    if (entry.value("description") instanceof String description) {
      logs.addMember("description", "$S", description);
    } else if (entry.has("description")) {
      unsupported.at(entry.keyOrigin("description"), "a logs description that is not text");
    }
    logs.addMember("check", "$T.class", checkClass);
    return Optional.of(logs.build());
  }

  private Optional<AnnotationSpec> source(YamlMap source, String integration) {
    List<Object> keys = source.keyList();
    boolean serviceFirst =
        keys.contains("service")
            && keys.contains("source")
            && keys.indexOf("service") < keys.indexOf("source");
    if (!ordered(source, serviceFirst ? SERVICE_FIRST_KEYS : SOURCE_KEYS, "log source")) {
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
      annotation.addMember("type", "$T.$L", LogType.class, logType.name());
    }
    text(source, "path", "path", annotation);
    if (source.has("port")) {
      if (source.value("port") instanceof Long port && port > 0 && port <= Integer.MAX_VALUE) {
        annotation.addMember("port", "$L", port);
      } else {
        unsupported.at(source.keyOrigin("port"), "a log port that is not a positive number");
      }
    }
    text(source, "channel_path", "channelPath", annotation);
    if (!source.has("source")) {
      unsupported.at(source.origin(), "a log source without `source`");
    } else if (!integration.equals(source.value("source"))) {
      text(source, "source", "source", annotation);
    }
    text(source, "service", "service", annotation);
    text(source, "encoding", "encoding", annotation);
    if (serviceFirst) {
      annotation.addMember("serviceFirst", "true");
    }
    if (source.get("log_processing_rules") instanceof YamlList rules) {
      List<AnnotationSpec> imported = new ArrayList<>();
      for (YamlNode node : rules.items()) {
        rule(node).ifPresent(imported::add);
      }
      annotation.addMember("processingRules", "$L", TemplateImporter.array(imported));
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
      text(rule, key, key, annotation);
    }
    text(rule, "replace_placeholder", "replacePlaceholder", annotation);
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
