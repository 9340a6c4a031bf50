package io.github.ddassets.core.declare;

import io.github.ddassets.core.declare.LogsDeclaration.LogSource;
import io.github.ddassets.core.declare.LogsDeclaration.ProcessingRule;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code - template: logs} entry of a declared log section, its example built from sources. */
final class LogsSection {

  private LogsSection() {}

  static YamlMap build(LogsDeclaration logs, String integration, List<Finding> findings) {
    Origin origin = logs.origin();
    YamlMap entry = new YamlMap(origin);
    ConfigSpecBuilder.put(entry, "template", "logs", origin);
    if (logs.required()) {
      ConfigSpecBuilder.put(entry, "required", true, origin.attribute(Vocabulary.Logs.REQUIRED));
    }
    if (!logs.description().isEmpty()) {
      ConfigSpecBuilder.put(
          entry, "description", logs.description(), origin.attribute(Vocabulary.Logs.DESCRIPTION));
    }
    YamlList example = new YamlList(origin.attribute(Vocabulary.Logs.VALUE));
    for (LogSource source : logs.sources()) {
      checkInput(source, findings);
      example.add(ConfigSpecBuilder.plain(source(source, integration), source.origin()));
    }
    // Without sources, the template's own example stays.
    if (!logs.sources().isEmpty()) {
      entry.put("example", example, origin.attribute(Vocabulary.Logs.VALUE));
    }
    return entry;
  }

  private static Map<String, Object> source(LogSource source, String integration) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("type", source.type());
    putIfSet(entry, "path", source.path());
    if (source.port() != 0) {
      entry.put("port", (long) source.port());
    } else {
      putIfSet(entry, "port", source.portPlaceholder());
    }
    putIfSet(entry, "channel_path", source.channelPath());
    if (source.serviceFirst()) {
      putIfSet(entry, "service", source.service());
    }
    entry.put("source", source.source().isEmpty() ? integration : source.source());
    if (!source.serviceFirst()) {
      putIfSet(entry, "service", source.service());
    }
    putIfSet(entry, "encoding", source.encoding());
    if (!source.processingRules().isEmpty()) {
      entry.put(
          "log_processing_rules",
          source.processingRules().stream().map(LogsSection::rule).toList());
    }
    return entry;
  }

  private static Map<String, Object> rule(ProcessingRule rule) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("type", rule.type());
    entry.put("name", rule.name());
    entry.put("pattern", rule.pattern());
    putIfSet(entry, "replace_placeholder", rule.replacePlaceholder());
    return entry;
  }

  /**
   * The Agent needs a path to tail, a port to listen on (or a placeholder the user replaces), or a
   * channel to read.
   */
  private static void checkInput(LogSource source, List<Finding> findings) {
    if (source.port() != 0 && !source.portPlaceholder().isEmpty()) {
      findings.add(
          Rule.SOURCE_ATTRIBUTE_INVALID.at(
              source.origin().attribute(Vocabulary.LogSource.PORT_PLACEHOLDER),
              "a log source sets port or portPlaceholder, not both"));
    }
    String missing =
        switch (source.type()) {
          case "file" -> source.path().isEmpty() ? "path" : "";
          case "tcp", "udp" ->
              source.port() <= 0 && source.portPlaceholder().isEmpty() ? "port" : "";
          case "windows_event" -> source.channelPath().isEmpty() ? "channelPath" : "";
          default -> "";
        };
    if (!missing.isEmpty()) {
      findings.add(
          Rule.SOURCE_ATTRIBUTE_INVALID.at(
              source.origin().attribute(Vocabulary.LogSource.TYPE),
              "a " + source.type() + " log source needs " + missing));
    }
  }

  private static void putIfSet(Map<String, Object> entry, String key, String value) {
    if (!value.isEmpty()) {
      entry.put(key, value);
    }
  }
}
