package io.github.ddassets.core.rules;

import static io.github.ddassets.core.rules.MetadataRulesTest.assertFindings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.JsonField;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.model.ServiceChecksFile.Shape;
import io.github.ddassets.core.read.ServiceChecksReader;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ServiceCheckRules} over files parsed by {@link ServiceChecksReader} (the layout comparison
 * is {@link ServiceChecksLayoutTest}'s). The base file's values start at: agent_version 3:26,
 * integration 4:24, check 5:18, statuses 6:21, groups 10:19, name 14:17, description 15:24.
 */
class ServiceCheckRulesTest {

  /** One entry as json.dumps(indent=4) writes it inside the top-level list. */
  private static final String ENTRY =
      """
      {
          "agent_version": "7.59.0",
          "integration": "Acme",
          "check": "acme.can_connect",
          "statuses": [
              "ok",
              "critical"
          ],
          "groups": [
              "host",
              "endpoint"
          ],
          "name": "Acme can connect",
          "description": "Returns `CRITICAL` if the Agent cannot reach Acme, otherwise `OK`."
      }\
      """
          .lines()
          .map(line -> "    " + line)
          .collect(Collectors.joining("\n"));

  static final String FILE = "[\n" + ENTRY + "\n]\n";
  static final IntegrationIdentity ACME =
      new IntegrationIdentity("acme", "Acme", "acme.", Origin.NONE);

  @Test
  void baseFile_hasNoFindingUnderStrict() {
    assertThat(check(FILE)).isEmpty();
  }

  // ---- top level ----

  @Test
  @Triggers(Rule.SERVICE_CHECKS_NOT_ARRAY)
  void objectWithKeys_isNotAList() {
    assertFindings(check("{\"check\": \"acme.can_connect\"}\n"))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_NOT_ARRAY,
                "service_checks.json:1:1",
                "the top-level value must be a list, found another kind of value"));
  }

  @Test
  void string_isNotAList() {
    assertFindings(check("\n  \"acme.can_connect\"\n"))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_NOT_ARRAY,
                "service_checks.json:2:3",
                "the top-level value must be a list, found another kind of value"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_NOT_ARRAY)
  void emptyObject_isAcceptedByDdev() {
    assertThat(Report.of(Profile.DDEV, check("{}\n")).items()).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_EMPTY_OBJECT)
  void emptyObject_isAStrictWarning() {
    assertFindings(check("{}\n"))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_EMPTY_OBJECT,
                "service_checks.json",
                "write `[]` rather than `{}` when there are no service checks"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_EMPTY_OBJECT)
  void emptyList_hasNoFinding() {
    assertThat(check("[]\n")).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_ENTRY_NOT_OBJECT)
  void stringItem_isNotAnObject() {
    assertFindings(check("[\n    \"acme.can_connect\"\n]\n"))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_ENTRY_NOT_OBJECT,
                "service_checks.json:2:5",
                "item 0 must be an object, found another kind of value"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_ENTRY_NOT_OBJECT)
  void objectItems_areObjects() {
    String second =
        ENTRY.replace("acme.can_connect", "acme.up").replace("Acme can connect", "Acme is up");

    assertThat(check("[\n" + ENTRY + ",\n" + second + "\n]\n")).isEmpty();
  }

  // ---- keys ----

  @Test
  @Triggers(Rule.SERVICE_CHECKS_ATTRIBUTE_INVALID)
  void extraKey_isInvalidAtItsValue() {
    String text = FILE.replace("otherwise `OK`.\"\n", "otherwise `OK`.\",\n        \"tags\": []\n");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_ATTRIBUTE_INVALID,
                "service_checks.json:16:17",
                "attribute `tags` is invalid"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_ATTRIBUTE_INVALID)
  void sevenKeysInAnotherOrder_areValid() {
    String text =
        FILE.replace("        \"name\": \"Acme can connect\",\n", "")
            .replace(
                "        \"agent_version\"",
                "        \"name\": \"Acme can connect\",\n        \"agent_version\"");

    assertThat(Report.of(Profile.DDEV, check(text)).items()).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_ATTRIBUTE_REQUIRED)
  void missingKeys_areRequiredAtTheEntry() {
    String text =
        FILE.replace("        \"agent_version\": \"7.59.0\",\n", "")
            .replace(
                "        \"groups\": [\n"
                    + "            \"host\",\n"
                    + "            \"endpoint\"\n"
                    + "        ],\n",
                "");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_ATTRIBUTE_REQUIRED,
                "service_checks.json:2:5",
                "attribute `agent_version` is required"),
            tuple(
                Rule.SERVICE_CHECKS_ATTRIBUTE_REQUIRED,
                "service_checks.json:2:5",
                "attribute `groups` is required"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_ATTRIBUTE_REQUIRED)
  void emptyGroups_arePresent() {
    String text =
        FILE.replace(
            "\"groups\": [\n            \"host\",\n            \"endpoint\"\n        ]",
            "\"groups\": []");

    assertThat(check(text)).isEmpty();
  }

  // ---- values ----

  @Test
  @Triggers(Rule.SERVICE_CHECKS_AGENT_VERSION)
  void twoPartAgentVersion_isInvalid() {
    assertFindings(check(FILE.replace("\"7.59.0\"", "\"7.59\"")))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_AGENT_VERSION,
                "service_checks.json:3:26",
                "invalid agent_version `7.59`: use three numbers such as 7.59.0"));
  }

  @Test
  void preReleaseAndPrefixedVersions_areInvalid() {
    assertThat(check(FILE.replace("\"7.59.0\"", "\"7.59.0-rc\"")))
        .extracting(Finding::rule)
        .containsExactly(Rule.SERVICE_CHECKS_AGENT_VERSION);
    assertThat(check(FILE.replace("\"7.59.0\"", "\"v7.59.0\"")))
        .extracting(Finding::rule)
        .containsExactly(Rule.SERVICE_CHECKS_AGENT_VERSION);
  }

  @Test
  void emptyOrNumericAgentVersion_asksForAString() {
    assertFindings(check(FILE.replace("\"7.59.0\"", "7")))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_AGENT_VERSION,
                "service_checks.json:3:26",
                "agent_version must be a non-empty string such as 7.59.0"));
    assertThat(check(FILE.replace("\"7.59.0\"", "\"\"")))
        .extracting(Finding::message)
        .containsExactly("agent_version must be a non-empty string such as 7.59.0");
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_AGENT_VERSION)
  void threeNumberVersions_areValid() {
    assertThat(check(FILE.replace("\"7.59.0\"", "\"6.0.10\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_CHECK_REQUIRED)
  void emptyCheck_isRequired() {
    String text = FILE.replace("\"check\": \"acme.can_connect\"", "\"check\": \"\"");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_CHECK_REQUIRED,
                "service_checks.json:5:18",
                "check must be a non-empty string"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_CHECK_REQUIRED)
  void oneLetterCheck_isAccepted() {
    assertThat(check(FILE.replace("\"check\": \"acme.can_connect\"", "\"check\": \"a\"")))
        .isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_CHECK_DUPLICATE)
  void repeatedCheck_isReportedAtTheSecondEntry() {
    String second = ENTRY.replace("Acme can connect", "Acme is reachable");

    assertFindings(check("[\n" + ENTRY + ",\n" + second + "\n]\n"))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_CHECK_DUPLICATE,
                "service_checks.json:20:18",
                "service check `acme.can_connect` is declared more than once (first at"
                    + " service_checks.json:5:18)"));
  }

  @Test
  void duplicateCheck_isReportedOnTheLaterEntryWhateverTheListOrder() {
    ServiceCheckEntry early = entry("acme.up", "Early", FileOrigin.at("service_checks.json", 2, 5));
    ServiceCheckEntry late = entry("acme.up", "Late", FileOrigin.at("service_checks.json", 10, 5));
    ServiceChecksFile file =
        new ServiceChecksFile(
            FileOrigin.of("service_checks.json"), Shape.ARRAY, List.of(late, early), null);

    assertFindings(ServiceCheckRules.check(file, ACME))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_CHECK_DUPLICATE,
                "service_checks.json:10:5",
                "service check `acme.up` is declared more than once (first at"
                    + " service_checks.json:2:5)"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_CHECK_DUPLICATE)
  void checksDifferingInCase_areNotDuplicates() {
    String second =
        ENTRY
            .replace("acme.can_connect", "acme.Can_connect")
            .replace("Acme can connect", "Acme is reachable");

    assertThat(check("[\n" + ENTRY + ",\n" + second + "\n]\n")).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_DESCRIPTION_REQUIRED)
  void emptyDescription_isRequired() {
    String text =
        FILE.replace(
            "\"Returns `CRITICAL` if the Agent cannot reach Acme, otherwise `OK`.\"", "\"\"");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_DESCRIPTION_REQUIRED,
                "service_checks.json:15:24",
                "service check `acme.can_connect` needs a description"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_DESCRIPTION_REQUIRED)
  void blankDescription_isNotEmpty() {
    String text =
        FILE.replace(
            "\"Returns `CRITICAL` if the Agent cannot reach Acme, otherwise `OK`.\"", "\" \"");

    assertThat(check(text)).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_GROUPS_LIST)
  void groupsAsAString_isNotAList() {
    String text =
        FILE.replace(
            "\"groups\": [\n            \"host\",\n            \"endpoint\"\n        ]",
            "\"groups\": \"host\"");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_GROUPS_LIST,
                "service_checks.json:10:19",
                "groups of `acme.can_connect` must be a list"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_GROUPS_LIST)
  void emptyGroupList_isAList() {
    String text =
        FILE.replace(
            "\"groups\": [\n            \"host\",\n            \"endpoint\"\n        ]",
            "\"groups\": []");

    assertThat(check(text)).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_INTEGRATION_REQUIRED)
  void numericIntegration_isNotAString() {
    assertFindings(check(FILE.replace("\"integration\": \"Acme\"", "\"integration\": 42")))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_INTEGRATION_REQUIRED,
                "service_checks.json:4:24",
                "integration of `acme.can_connect` must be a string"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_INTEGRATION_REQUIRED)
  void anyStringIntegration_isAStringWhenNoSourceTypeNameIsKnown() {
    IntegrationIdentity unknown = new IntegrationIdentity("acme", null, "acme.", Origin.NONE);

    assertThat(ServiceCheckRules.check(parse(FILE.replace("\"Acme\"", "\"Whatever\"")), unknown))
        .isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH)
  void normalizedIntegration_doesNotMatchTheSourceTypeName() {
    assertFindings(check(FILE.replace("\"integration\": \"Acme\"", "\"integration\": \"acme\"")))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH,
                "service_checks.json:4:24",
                "acme.can_connect: integration `acme` must match the manifest's source_type_name"
                    + " `Acme`"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH)
  void sourceTypeNameWithSpacesAndParentheses_matchesAsIs() {
    IntegrationIdentity scalr =
        new IntegrationIdentity("scalr", "Scalr (Community Version)", "scalr.", Origin.NONE);
    String text =
        FILE.replace("\"integration\": \"Acme\"", "\"integration\": \"Scalr (Community Version)\"");

    assertThat(ServiceCheckRules.check(parse(text), scalr)).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_NAME_REQUIRED)
  void emptyName_isRequired() {
    assertFindings(check(FILE.replace("\"name\": \"Acme can connect\"", "\"name\": \"\"")))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_NAME_REQUIRED,
                "service_checks.json:14:17",
                "service check `acme.can_connect` needs a name"));
  }

  @Test
  void missingCheck_labelsOtherFindingsByItemIndex() {
    String text =
        FILE.replace("        \"check\": \"acme.can_connect\",\n", "")
            .replace("\"name\": \"Acme can connect\"", "\"name\": null");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_ATTRIBUTE_REQUIRED,
                "service_checks.json:2:5",
                "attribute `check` is required"),
            tuple(
                Rule.SERVICE_CHECKS_NAME_REQUIRED,
                "service_checks.json:13:17",
                "service check `item 0` needs a name"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_NAME_REQUIRED)
  void oneLetterName_isAccepted() {
    assertThat(check(FILE.replace("\"name\": \"Acme can connect\"", "\"name\": \"A\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_NAME_DUPLICATE)
  void repeatedName_isReportedAtTheSecondEntry() {
    String second = ENTRY.replace("acme.can_connect", "acme.up");

    assertFindings(check("[\n" + ENTRY + ",\n" + second + "\n]\n"))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_NAME_DUPLICATE,
                "service_checks.json:29:17",
                "name `Acme can connect` is used by more than one service check (first at"
                    + " service_checks.json:14:17)"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_NAME_DUPLICATE)
  void namesDifferingInCase_areNotDuplicates() {
    String second =
        ENTRY
            .replace("acme.can_connect", "acme.up")
            .replace("Acme can connect", "Acme Can Connect");

    assertThat(check("[\n" + ENTRY + ",\n" + second + "\n]\n")).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_STATUSES_REQUIRED)
  void emptyStatuses_areRequired() {
    String text =
        FILE.replace(
            "\"statuses\": [\n            \"ok\",\n            \"critical\"\n        ]",
            "\"statuses\": []");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_STATUSES_REQUIRED,
                "service_checks.json:6:21",
                "service check `acme.can_connect` needs a non-empty list of statuses"));
  }

  @Test
  void statusesAsAString_areRequired() {
    String text =
        FILE.replace(
            "\"statuses\": [\n            \"ok\",\n            \"critical\"\n        ]",
            "\"statuses\": \"ok\"");

    assertThat(check(text))
        .extracting(Finding::rule)
        .containsExactly(Rule.SERVICE_CHECKS_STATUSES_REQUIRED);
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_STATUSES_REQUIRED)
  void singleUnknownStatus_isEnough() {
    String text =
        FILE.replace(
            "\"statuses\": [\n            \"ok\",\n            \"critical\"\n        ]",
            "\"statuses\": [\n            \"unknown\"\n        ]");

    assertThat(check(text)).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_STATUS_INVALID)
  void upperCaseAndUnknownStatuses_areInvalid() {
    String text =
        FILE.replace(
            "            \"ok\",\n",
            "            \"OK\",\n            \"down\",\n            1,\n");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_STATUS_INVALID,
                "service_checks.json:6:21",
                "acme.can_connect: invalid status `OK`, use ok, warning, critical or unknown"),
            tuple(
                Rule.SERVICE_CHECKS_STATUS_INVALID,
                "service_checks.json:6:21",
                "acme.can_connect: invalid status `down`, use ok, warning, critical or unknown"),
            tuple(
                Rule.SERVICE_CHECKS_STATUS_INVALID,
                "service_checks.json:6:21",
                "acme.can_connect: invalid status `1`, use ok, warning, critical or unknown"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_STATUS_INVALID)
  void allFourStatuses_areValid() {
    String text =
        FILE.replace(
            "            \"critical\"\n",
            "            \"warning\",\n            \"critical\",\n            \"unknown\"\n");

    assertThat(check(text)).isEmpty();
  }

  @Test
  @Triggers(Rule.SERVICE_CHECKS_DUPLICATE_ITEM)
  void repeatedStatusAndGroup_areStrictWarnings() {
    String text =
        FILE.replace(
                "            \"critical\"\n",
                "            \"critical\",\n            \"ok\",\n            \"ok\"\n")
            .replace("            \"endpoint\"\n", "            \"host\"\n");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_DUPLICATE_ITEM,
                "service_checks.json:12:19",
                "groups of `acme.can_connect` lists `host` more than once"),
            tuple(
                Rule.SERVICE_CHECKS_DUPLICATE_ITEM,
                "service_checks.json:6:21",
                "statuses of `acme.can_connect` lists `ok` more than once"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_DUPLICATE_ITEM)
  void sameValueInStatusesAndGroups_isNotARepeat() {
    String text = FILE.replace("            \"endpoint\"\n", "            \"ok\"\n");

    assertThat(check(text)).isEmpty();
  }

  // ---- helpers ----

  /** A valid entry whose fields all carry the entry's origin. */
  private static ServiceCheckEntry entry(String check, String name, FileOrigin origin) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Map<String, JsonField> fields = new LinkedHashMap<>();
    fields.put("agent_version", new JsonField(nodes.textNode("7.59.0"), origin));
    fields.put("integration", new JsonField(nodes.textNode("Acme"), origin));
    fields.put("check", new JsonField(nodes.textNode(check), origin));
    fields.put("statuses", new JsonField(nodes.arrayNode().add("ok"), origin));
    fields.put("groups", new JsonField(nodes.arrayNode(), origin));
    fields.put("name", new JsonField(nodes.textNode(name), origin));
    fields.put("description", new JsonField(nodes.textNode("Up."), origin));
    return new ServiceCheckEntry(origin, true, fields);
  }

  static ServiceChecksFile parse(String text) {
    return ServiceChecksReader.parse(text, "service_checks.json").value().orElseThrow();
  }

  private static List<Finding> check(String text) {
    return ServiceCheckRules.check(parse(text), ACME);
  }
}
