package io.github.ddassets.core.declare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ddassets.core.declare.Vocabulary.ServiceCheck;
import io.github.ddassets.core.model.JsonField;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.model.ServiceChecksFile.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code service_checks.json} model from declared service checks, sorted by check name,
 * with the integration's display name and the build's default Agent version filled in.
 */
final class ServiceChecksAssembler {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** By check name; the origin breaks ties between duplicates. */
  private static final Comparator<ServiceCheckDeclaration> BY_CHECK_THEN_ORIGIN =
      new Comparator<>() {
        @Override
        public int compare(ServiceCheckDeclaration a, ServiceCheckDeclaration b) {
          int byCheck = a.check().compareTo(b.check());
          return byCheck != 0 ? byCheck : a.origin().sortKey().compareTo(b.origin().sortKey());
        }
      };

  private ServiceChecksAssembler() {}

  static ServiceChecksFile assemble(
      IntegrationDeclaration integration,
      List<ServiceCheckDeclaration> checks,
      String defaultAgentVersion) {
    List<ServiceCheckDeclaration> sorted = new ArrayList<>(checks);
    sorted.sort(BY_CHECK_THEN_ORIGIN);
    List<ServiceCheckEntry> entries = new ArrayList<>(sorted.size());
    for (ServiceCheckDeclaration check : sorted) {
      entries.add(entry(integration, check, defaultAgentVersion));
    }
    Shape shape =
        entries.isEmpty() && integration.fileLayout().emptyServiceChecksObject()
            ? Shape.EMPTY_OBJECT
            : Shape.ARRAY;
    return new ServiceChecksFile(integration.origin(), shape, entries, null);
  }

  private static ServiceCheckEntry entry(
      IntegrationDeclaration integration,
      ServiceCheckDeclaration check,
      String defaultAgentVersion) {
    Origin origin = check.origin();
    String agentVersion =
        check.agentVersion().isEmpty() ? defaultAgentVersion : check.agentVersion();
    Map<String, JsonField> fields = new LinkedHashMap<>();
    fields.put(
        "agent_version",
        new JsonField(NODES.textNode(agentVersion), origin.attribute(ServiceCheck.AGENT_VERSION)));
    fields.put(
        "integration",
        check.integration().isEmpty()
            ? new JsonField(NODES.textNode(integration.effectiveDisplayName()), origin)
            : new JsonField(
                NODES.textNode(check.integration()), origin.attribute(ServiceCheck.INTEGRATION)));
    fields.put("check", new JsonField(NODES.textNode(check.check()), check.checkOrigin()));
    fields.put(
        "statuses",
        new JsonField(array(check.statuses()), origin.attribute(ServiceCheck.STATUSES)));
    fields.put(
        "groups", new JsonField(array(check.groups()), origin.attribute(ServiceCheck.GROUPS)));
    fields.put(
        "name", new JsonField(NODES.textNode(check.name()), origin.attribute(ServiceCheck.NAME)));
    fields.put(
        "description",
        new JsonField(
            NODES.textNode(check.description()), origin.attribute(ServiceCheck.DESCRIPTION)));
    return new ServiceCheckEntry(origin, true, fields);
  }

  private static JsonNode array(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }
}
