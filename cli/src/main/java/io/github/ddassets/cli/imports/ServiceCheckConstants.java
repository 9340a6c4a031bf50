package io.github.ddassets.cli.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.github.ddassets.core.declare.Vocabulary.ServiceCheck;
import io.github.ddassets.core.model.JsonField;
import io.github.ddassets.core.model.ServiceCheckEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/** One {@code @ServiceCheck} constant per entry of {@code service_checks.json}. */
final class ServiceCheckConstants {

  /** The statuses {@code @ServiceCheck} declares when none are given. */
  private static final List<String> DEFAULT_STATUSES = List.of("ok", "critical");

  private final String prefix;
  private final String displayName;
  private final ConstantNames names;
  private final Descriptions descriptions;

  /**
   * @param prefix stripped from constant names (the integration's metric prefix)
   * @param displayName the display name {@code @Integration} declares: an entry that names another
   *     integration says so with {@code integration}, which the build then refuses
   * @param names the class's constant names
   * @param descriptions where descriptions go
   */
  ServiceCheckConstants(
      String prefix, String displayName, ConstantNames names, Descriptions descriptions) {
    this.prefix = prefix;
    this.displayName = displayName;
    this.names = names;
    this.descriptions = descriptions;
  }

  /** The constant that declares one entry. */
  FieldSpec constant(ServiceCheckEntry entry) {
    String check = text(entry, "check");
    AnnotationSpec.Builder annotation =
        AnnotationSpec.builder(AnnotationTypes.SERVICE_CHECK)
            .addMember(ServiceCheck.NAME, "$S", text(entry, "name"));
    List<String> statuses = strings(entry.field("statuses"));
    if (!statuses.equals(DEFAULT_STATUSES)) {
      annotation.addMember(
          ServiceCheck.STATUSES,
          AnnotationBlock.value(
              statuses.stream()
                  .map(
                      status ->
                          CodeBlock.of(
                              "$T.$L", AnnotationTypes.STATUS, status.toUpperCase(Locale.ROOT)))
                  .toList(),
              false));
    }
    List<String> groups = strings(entry.field("groups"));
    if (!groups.isEmpty()) {
      annotation.addMember(
          ServiceCheck.GROUPS,
          AnnotationBlock.value(
              groups.stream().map(group -> CodeBlock.of("$S", group)).toList(), false));
    }
    String agentVersion = text(entry, "agent_version");
    if (!agentVersion.isEmpty()) {
      annotation.addMember(ServiceCheck.AGENT_VERSION, "$S", agentVersion);
    }
    String integration = text(entry, "integration");
    if (!integration.equals(displayName)) {
      annotation.addMember(ServiceCheck.INTEGRATION, "$S", integration);
    }
    FieldSpec.Builder field =
        FieldSpec.builder(
                String.class,
                names.allocate(check, prefix, "CHECK"),
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$S", check);
    descriptions.apply(text(entry, "description"), annotation, ServiceCheck.DESCRIPTION, field);
    return field.addAnnotation(annotation.build()).build();
  }

  private static String text(ServiceCheckEntry entry, String key) {
    String text = entry.text(key);
    return text == null ? "" : text;
  }

  private static List<String> strings(JsonField field) {
    List<String> values = new ArrayList<>();
    if (field != null && field.value().isArray()) {
      for (JsonNode item : field.value()) {
        values.add(item.asText());
      }
    }
    return values;
  }
}
