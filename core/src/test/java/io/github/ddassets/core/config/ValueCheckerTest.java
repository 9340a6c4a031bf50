package io.github.ddassets.core.config;

import static io.github.ddassets.core.yaml.OrderedMaps.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.yaml.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@code value} of an option, as ddev's {@code value_validator} checks it, and the example it
 * fills in. Each case is the value of an option {@code port} whose value mapping starts on line 7,
 * column 7 of the spec (its first key).
 */
class ValueCheckerTest {

  private static final String HEAD =
      """
      files:
      - name: acme.yaml
        options:
        - name: port
          description: The port.
          value:
      """;

  /** Loads the option {@code port} with the given value lines (written without indentation). */
  private static LoadedSpec loadValue(String value) {
    String indented = value.lines().map(line -> "      " + line).collect(Collectors.joining("\n"));
    return SpecFixtures.load(HEAD + indented + "\n");
  }

  private static List<String> findings(String value) {
    return SpecFixtures.lines(loadValue(value));
  }

  private static Object loadedValue(String value) {
    LoadedSpec spec = loadValue(value);
    assertThat(spec.findings()).isEmpty();
    return SpecFixtures.option(spec, "port").value("value");
  }

  // ---- type and anyOf ----

  @Test
  void typeAndAnyOf_areExclusive() {
    assertThat(findings("anyOf:\n- type: string\n- type: integer\ntype: string"))
        .containsExactly(
            "spec-value-invalid spec.yaml:10:7 file `acme.yaml`, port: a value has either"
                + " `type` or `anyOf`, not both");
  }

  @Test
  void anyOfNotAList_isReportedOnItsKey() {
    assertThat(findings("anyOf: string"))
        .containsExactly(
            "spec-value-invalid spec.yaml:7:7 file `acme.yaml`, port: `anyOf` must be a" + " list");
  }

  @Test
  void anyOfWithOneType_isReportedOnItsKey() {
    assertThat(findings("anyOf:\n- type: string"))
        .containsExactly(
            "spec-value-invalid spec.yaml:7:7 file `acme.yaml`, port: `anyOf` holds a"
                + " single type: use `type` instead");
  }

  @Test
  void anyOfItemNotAMapping_isReportedOnTheItem() {
    LoadedSpec spec = loadValue("anyOf:\n- type: string\n- integer");

    assertThat(SpecFixtures.lines(spec))
        .containsExactly(
            "spec-value-invalid spec.yaml:9:9 file `acme.yaml`, port: type #2 of `anyOf`"
                + " must be a mapping");
    assertThat(SpecFixtures.option(spec, "port").get("value"))
        .matches(v -> !((YamlMap) v).has("example"));
  }

  @Test
  void anyOfTypes_areCheckedLikeValues() {
    assertThat(findings("anyOf:\n- type: string\n- type: array"))
        .containsExactly(
            "spec-value-invalid spec.yaml:9:9 file `acme.yaml`, port: every array needs"
                + " `items`");
  }

  @Test
  void missingType_isReportedOnTheValue() {
    assertThat(findings("example: 80"))
        .containsExactly(
            "spec-value-invalid spec.yaml:7:7 file `acme.yaml`, port: every value needs a"
                + " `type`");
  }

  @Test
  void typeNotAString_isReportedOnItsKey() {
    assertThat(findings("example: 80\ntype: [integer]"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: `type` must be a"
                + " string");
  }

  @Test
  void unknownType_isReportedOnTheType() {
    assertThat(findings("type: int"))
        .containsExactly(
            "spec-value-invalid spec.yaml:7:13 file `acme.yaml`, port: unknown type `int`;"
                + " known: array | boolean | integer | number | object | string");
  }

  // ---- examples ----

  @Test
  void stringExampleNotAString_isReportedOnTheExample() {
    assertThat(findings("type: string\nexample: 80"))
        .containsExactly(
            "spec-example-type spec.yaml:8:16 file `acme.yaml`, port: the example of"
                + " a string value must be a string");
  }

  @Test
  void integerExampleNotANumber_isReportedOnTheExample() {
    assertThat(findings("type: integer\nexample: '80'"))
        .containsExactly(
            "spec-example-type spec.yaml:8:16 file `acme.yaml`, port: the example of"
                + " an integer value must be a number");
  }

  @Test
  void numberExampleNotANumber_isReportedOnTheExample() {
    assertThat(findings("type: number\nexample: [1]"))
        .containsExactly(
            "spec-example-type spec.yaml:8:16 file `acme.yaml`, port: the example of"
                + " a number value must be a number");
  }

  @Test
  void numericExamples_acceptIntsFloatsAndBooleans() {
    assertThat(findings("type: integer\nexample: 1.5")).isEmpty();
    assertThat(findings("type: number\nexample: 8")).isEmpty();
    assertThat(findings("type: integer\nexample: true")).isEmpty();
  }

  @Test
  void booleanExampleNotABoolean_isReportedOnTheExample() {
    assertThat(findings("type: boolean\nexample: 'yes'"))
        .containsExactly(
            "spec-example-type spec.yaml:8:16 file `acme.yaml`, port: the example of"
                + " a boolean value must be true or false");
  }

  @Test
  void arrayExampleNotAList_isReportedOnTheExample() {
    assertThat(findings("type: array\nitems:\n  type: string\nexample: a"))
        .containsExactly(
            "spec-example-type spec.yaml:10:16 file `acme.yaml`, port: the example of"
                + " an array value must be a list");
  }

  @Test
  void objectExampleNotAMapping_isReportedOnTheExample() {
    assertThat(findings("type: object\nexample: [a]"))
        .containsExactly(
            "spec-example-type spec.yaml:8:16 file `acme.yaml`, port: the example of"
                + " an object value must be a mapping");
  }

  // ---- examples beyond their top-level type: spec-example-value, a strict rule ----

  @Test
  void exampleOutsideTheEnum_isReportedOnTheExample() {
    assertThat(findings("type: string\nenum:\n- one\n- local_quorum\nexample: local_quorom"))
        .containsExactly(
            "spec-example-value spec.yaml:11:16 file `acme.yaml`, port: the example is"
                + " `local_quorom`, not one of one, local_quorum");
  }

  @Test
  void exampleAboveTheMaximum_isReportedOnTheExample() {
    assertThat(findings("type: integer\nmaximum: 60000\nexample: 90000"))
        .containsExactly(
            "spec-example-value spec.yaml:9:16 file `acme.yaml`, port: the example is `90000`,"
                + " more than the maximum `60000`");
  }

  @Test
  void exampleBelowTheMinimum_isReportedOnTheExample() {
    assertThat(findings("type: number\nminimum: 0.5\nexample: 0"))
        .containsExactly(
            "spec-example-value spec.yaml:9:16 file `acme.yaml`, port: the example is `0`,"
                + " less than the minimum `0.5`");
  }

  @Test
  void listExampleWithAnItemOfTheWrongType_isReportedOnTheExample() {
    assertThat(findings("type: array\nitems:\n  type: integer\nexample: [80, http]"))
        .containsExactly(
            "spec-example-value spec.yaml:10:16 file `acme.yaml`, port: the example has"
                + " `http` at item 2, which is not an integer");
  }

  @Test
  void mappingExampleWithAValueOutOfItsSchema_isReportedOnTheExample() {
    assertThat(
            findings(
                "type: object\nadditionalProperties:\n  type: array\n  items:\n"
                    + "    type: string\n    enum: [a, b]\nexample:\n  x: [a, c]"))
        .containsExactly(
            "spec-example-value spec.yaml:14:9 file `acme.yaml`, port: the example has `c`"
                + " at key `x`, item 2, which is not one of a, b");
  }

  @Test
  void propertiesOfAnObjectExample_areCheckedByName() {
    assertThat(
            findings(
                "type: object\nproperties:\n- name: port\n  type: integer\n"
                    + "- name: host\n  type: string\nexample:\n  host: localhost\n  port: x"))
        .containsExactly(
            "spec-example-value spec.yaml:14:9 file `acme.yaml`, port: the example has `x`"
                + " at key `port`, which is not an integer");
  }

  @Test
  void examplesTheSchemaAccepts_areNotReported() {
    assertThat(findings("type: string\nenum: [one, two]\nexample: two")).isEmpty();
    assertThat(findings("type: integer\nminimum: 1\nmaximum: 65535\nexample: 65535")).isEmpty();
    assertThat(findings("type: array\nitems:\n  type: number\nexample: [1, 2.5]")).isEmpty();
    // Keys the schema does not describe, and anyOf alternatives, are left alone.
    assertThat(
            findings(
                "type: object\nproperties:\n- name: port\n  type: integer\n"
                    + "example:\n  other: x"))
        .isEmpty();
    assertThat(
            findings(
                "type: array\nitems:\n  anyOf:\n  - type: string\n  - type: integer\n"
                    + "example: [a, 1, true]"))
        .isEmpty();
  }

  @Test
  void exampleOfAnUnsoundSchema_isNotCheckedFurther() {
    // The bounds are reported; the example against them would only repeat it.
    assertThat(findings("type: integer\nminimum: 10\nmaximum: 5\nexample: 7"))
        .containsExactly(
            "spec-value-invalid spec.yaml:9:7 file `acme.yaml`, port: `maximum` must be greater"
                + " than `minimum`");
  }

  @Test
  void booleanWithoutExample_isReportedOnTheValue() {
    assertThat(findings("type: boolean"))
        .containsExactly(
            "spec-boolean-example spec.yaml:7:7 boolean option `port` needs an example");
  }

  @Test
  void nestedBooleanWithoutExample_isAccepted() {
    assertThat(findings("type: array\nitems:\n  type: boolean")).isEmpty();
    assertThat(findings("anyOf:\n- type: boolean\n- type: string")).isEmpty();
  }

  // ---- strings and numbers ----

  @Test
  void patternNotAString_isReportedOnItsKey() {
    assertThat(findings("type: string\npattern: 5"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: `pattern` of a"
                + " string must be a string");
  }

  @Test
  void boundsNotNumbers_areReportedOnTheirKeys() {
    assertThat(findings("type: integer\nminimum: low\nmaximum: high"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: `minimum` of an"
                + " integer must be a number",
            "spec-value-invalid spec.yaml:9:7 file `acme.yaml`, port: `maximum` of an"
                + " integer must be a number");
  }

  @Test
  void maximumNotAboveMinimum_isReportedOnTheMaximum() {
    assertThat(findings("type: number\nmaximum: 1.5\nminimum: 1.5"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: `maximum` must be"
                + " greater than `minimum`");
    assertThat(findings("type: integer\nminimum: 10\nmaximum: 2"))
        .containsExactly(
            "spec-value-invalid spec.yaml:9:7 file `acme.yaml`, port: `maximum` must be"
                + " greater than `minimum`");
  }

  @Test
  void consistentBounds_areAccepted() {
    assertThat(findings("type: integer\nminimum: 1\nmaximum: 65535")).isEmpty();
    assertThat(findings("type: number\nminimum: -0.5\nmaximum: 0")).isEmpty();
    // Booleans are ints in Python: false < true.
    assertThat(findings("type: integer\nminimum: false\nmaximum: true")).isEmpty();
  }

  @Test
  void oneInvalidBound_skipsTheComparison() {
    assertThat(findings("type: number\nminimum: x\nmaximum: -1"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: `minimum` of a"
                + " number must be a number");
  }

  // ---- arrays ----

  @Test
  void arrayWithoutItems_isReportedOnTheValue() {
    assertThat(findings("type: array"))
        .containsExactly(
            "spec-value-invalid spec.yaml:7:7 file `acme.yaml`, port: every array needs"
                + " `items`");
  }

  @Test
  void itemsNotAMapping_isReportedOnItsKey() {
    assertThat(findings("type: array\nitems: string"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: `items` of an array"
                + " must be a mapping");
  }

  @Test
  void items_areCheckedRecursively() {
    assertThat(findings("type: array\nitems:\n  type: array\n  items:\n    type: strin"))
        .containsExactly(
            "spec-value-invalid spec.yaml:11:17 file `acme.yaml`, port: unknown type"
                + " `strin`; known: array | boolean | integer | number | object | string");
  }

  @Test
  void itemCountsNotIntegers_areReportedOnTheirKeys() {
    assertThat(
            findings(
                "type: array\n"
                    + "items: {type: string}\n"
                    + "minItems: 1.0\n"
                    + "maxItems: many\n"
                    + "uniqueItems: 'yes'"))
        .containsExactly(
            "spec-value-invalid spec.yaml:11:7 file `acme.yaml`, port: `uniqueItems` must"
                + " be true or false",
            "spec-value-invalid spec.yaml:9:7 file `acme.yaml`, port: `minItems` of an"
                + " array must be an integer",
            "spec-value-invalid spec.yaml:10:7 file `acme.yaml`, port: `maxItems` of an"
                + " array must be an integer");
  }

  @Test
  void maxItemsNotAboveMinItems_isReportedOnMaxItems() {
    assertThat(findings("type: array\nitems: {type: string}\nminItems: 3\nmaxItems: 2"))
        .containsExactly(
            "spec-value-invalid spec.yaml:10:7 file `acme.yaml`, port: `maxItems` must be"
                + " greater than `minItems`");
    assertThat(
            findings(
                "type: array\nitems: {type: string}\nminItems: 1\nmaxItems: 2\nuniqueItems: true"))
        .isEmpty();
  }

  // ---- objects ----

  @Test
  void objectRequiredNotAList_isReportedOnItsKey() {
    assertThat(findings("type: object\nrequired: host"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: `required` of an"
                + " object must be a list");
  }

  @Test
  void objectRequiredEmpty_isReportedOnItsKey() {
    assertThat(findings("type: object\nrequired: []"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: remove `required`"
                + " when no property is required");
  }

  @Test
  void objectRequiredRepeated_isReportedOnItsKey() {
    assertThat(
            findings(
                "type: object\nrequired: [host, host]\nproperties:\n- name: host\n  type: string"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: the entries of"
                + " `required` must be unique");
  }

  @Test
  void objectRequiredUndefined_isReportedOnItsKey() {
    assertThat(
            findings(
                "type: object\nrequired: [host, port]\nproperties:\n- name: host\n  type: string"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: every entry of"
                + " `required` must be defined in `properties`");
  }

  @Test
  void wellFormedObject_isAccepted() {
    String value =
        """
        type: object
        required: [host]
        properties:
        - name: host
          type: string
        - name: port
          type: integer
        additionalProperties:
          type: string
        example:
          host: localhost\
        """;

    assertThat(findings(value)).isEmpty();
  }

  @Test
  void propertiesNotAList_isReportedOnItsKey() {
    assertThat(findings("type: object\nproperties: {host: {type: string}}"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port: `properties` of an"
                + " object must be a list");
  }

  @Test
  void malformedProperties_areReportedOnEachEntry() {
    String value =
        """
        type: object
        properties:
        - host
        - type: string
        - name: 5
          type: string
        - name: port
          type: strin\
        """;

    assertThat(findings(value))
        .containsExactly(
            "spec-value-invalid spec.yaml:9:9 file `acme.yaml`, port: every entry of"
                + " `properties` must be a mapping",
            "spec-value-invalid spec.yaml:10:9 file `acme.yaml`, port: every entry of"
                + " `properties` needs a `name`",
            "spec-value-invalid spec.yaml:11:9 file `acme.yaml`, port: the `name` of a"
                + " property must be a string",
            "spec-value-invalid spec.yaml:14:15 file `acme.yaml`, port: unknown type"
                + " `strin`; known: array | boolean | integer | number | object | string");
  }

  @Test
  void repeatedPropertyNames_areReportedOnTheProperties() {
    assertThat(
            findings(
                "type: object\nproperties:\n- name: a\n  type: string\n- name: a\n  type: integer"))
        .containsExactly(
            "spec-value-invalid spec.yaml:9:7 file `acme.yaml`, port: the entries of"
                + " `properties` must have unique names");
  }

  @Test
  void additionalPropertiesFalse_isReportedOnItsValue() {
    assertThat(findings("type: object\nadditionalProperties: false"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:29 file `acme.yaml`, port:"
                + " `additionalProperties` must be a mapping or `true`");
  }

  @Test
  void additionalProperties_trueOrASchema() {
    assertThat(findings("type: object\nadditionalProperties: true")).isEmpty();
    assertThat(findings("type: object\nadditionalProperties:\n  type: array"))
        .containsExactly(
            "spec-value-invalid spec.yaml:9:9 file `acme.yaml`, port: every array needs"
                + " `items`");
  }

  // ---- require_trusted_provider ----

  @Test
  void requireTrustedProviderNotABoolean_isReportedOnItsKey() {
    assertThat(findings("type: string\nrequire_trusted_provider: 'true'"))
        .containsExactly(
            "spec-value-invalid spec.yaml:8:7 file `acme.yaml`, port:"
                + " `require_trusted_provider` must be true or false");
    assertThat(findings("type: string\nrequire_trusted_provider: true")).isEmpty();
  }

  // ---- examples filled in ----

  @Test
  void missingTopLevelExample_isAPlaceholderForScalars() {
    assertThat(loadedValue("type: string")).isEqualTo(map("type", "string", "example", "<PORT>"));
    assertThat(loadedValue("type: integer")).isEqualTo(map("type", "integer", "example", "<PORT>"));
    assertThat(loadedValue("type: number")).isEqualTo(map("type", "number", "example", "<PORT>"));
  }

  @Test
  void placeholder_isTheUpperCasedOptionName() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: api_Key
            description: The key.
            value:
              type: string
        """;

    assertThat(SpecFixtures.option(SpecFixtures.load(spec), "api_Key").value("value"))
        .isEqualTo(map("type", "string", "example", "<API_KEY>"));
  }

  @Test
  void missingAnyOfExample_isAPlaceholderAndNotForItsTypes() {
    assertThat(loadedValue("anyOf:\n- type: string\n- type: array\n  items: {type: string}"))
        .isEqualTo(
            map(
                "anyOf",
                List.of(
                    map("type", "string"), map("type", "array", "items", map("type", "string"))),
                "example",
                "<PORT>"));
  }

  @Test
  void nullAnyOfExample_isReplacedButANullScalarExampleIsKept() {
    assertThat(loadedValue("anyOf:\n- type: string\n- type: integer\nexample: ~"))
        .isEqualTo(
            map(
                "anyOf",
                List.of(map("type", "string"), map("type", "integer")),
                "example",
                "<PORT>"));
    assertThat(SpecFixtures.lines(loadValue("type: string\nexample: ~")))
        .containsExactly(
            "spec-example-type spec.yaml:8:16 file `acme.yaml`, port: the example of"
                + " a string value must be a string");
  }

  @Test
  void missingExampleOfContainers_isEmpty() {
    assertThat(loadedValue("type: array\nitems:\n  type: integer"))
        .isEqualTo(map("type", "array", "items", map("type", "integer"), "example", List.of()));
    assertThat(loadedValue("type: object"))
        .isEqualTo(map("type", "object", "example", Map.of(), "properties", List.of()));
  }

  @Test
  void nestedSchemas_getNoExample() {
    assertThat(
            loadedValue(
                "type: object\n"
                    + "properties:\n"
                    + "- name: host\n"
                    + "  type: string\n"
                    + "additionalProperties:\n"
                    + "  type: integer"))
        .isEqualTo(
            map(
                "type", "object",
                "properties", List.of(map("name", "host", "type", "string")),
                "additionalProperties", map("type", "integer"),
                "example", Map.of()));
  }

  @Test
  void givenExample_isKept() {
    assertThat(loadedValue("type: integer\nexample: 8080"))
        .isEqualTo(map("type", "integer", "example", 8080L));
  }
}
