package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.testing.ManifestFixtures;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shape rules, written in code, against {@code manifest-v2.inferred.schema.json}: the same
 * required keys and types, the same verdict on all 233 corpus manifests, and the same pointers on
 * manifests broken in the ways the schema can tell. A small interpreter of the draft-07 keywords
 * the schema uses stands in for a JSON Schema library.
 */
class ManifestSchemaCorpusTest {

  private static final Set<Rule> SHAPE_RULES =
      Set.of(
          Rule.MANIFEST_KEY_REQUIRED,
          Rule.MANIFEST_TYPE_INVALID,
          Rule.MANIFEST_VERSION,
          Rule.MANIFEST_VALUE_EMPTY);

  @Test
  void everyCorpusManifest_passesTheSchemaAndTheShapeRules() throws IOException {
    JsonNode schema = schema();
    int manifests = 0;
    for (IntegrationFolder folder : IntegrationFolder.under(SharedReference.corpus())) {
      if (!java.nio.file.Files.isRegularFile(folder.manifest())) {
        continue;
      }
      manifests++;
      Manifest manifest =
          ManifestReader.parse(TextFiles.readUtf8(folder.manifest()), folder.name())
              .value()
              .orElseThrow();
      assertThat(SchemaCheck.errors(schema, manifest.root())).as(folder.name()).isEmpty();
      List<Finding> findings = new ArrayList<>();
      ManifestShapeRules.check(manifest, findings);
      assertThat(findings).as(folder.name()).isEmpty();
    }
    assertThat(manifests).isEqualTo(233);
  }

  @Test
  void shapeTables_requireAndTypeWhatTheSchemaDoes() throws IOException {
    Map<String, String> schemaTypes = new TreeMap<>();
    Map<String, List<String>> schemaRequired = new TreeMap<>();
    collect(schema(), "", schemaTypes, schemaRequired);

    Set<String> untyped = new TreeSet<>();
    schemaTypes.forEach(
        (path, type) -> {
          ManifestShapeRules.Type ours = ManifestShapeRules.type(path);
          if (ours == null) {
            untyped.add(path);
          } else {
            assertThat(matches(ours, type)).as(path + " " + ours + " " + type).isTrue();
          }
        });
    schemaRequired.forEach(
        (path, keys) -> assertThat(ManifestShapeRules.required(path)).as(path).isEqualTo(keys));

    // vimeo_id is checked by the media rules, display_on_public_website by its own rule.
    assertThat(untyped).containsExactly("/display_on_public_website", "/tile/media/*/vimeo_id");
  }

  @Test
  void brokenManifests_areFlaggedAtTheSamePointersAsTheSchemaDoes() throws IOException {
    JsonNode schema = schema();
    Map<String, String> broken = new TreeMap<>();
    broken.put("no tile title", ManifestFixtures.without("/tile/title"));
    broken.put("no author", ManifestFixtures.without("/author"));
    broken.put("no media caption", ManifestFixtures.without("/tile/media/0/caption"));
    broken.put("no events flag", ManifestFixtures.with("/assets/integration/events", "{}"));
    broken.put("version 1", ManifestFixtures.with("/manifest_version", "\"1.0.0\""));
    broken.put("title a number", ManifestFixtures.with("/tile/title", "7"));
    broken.put("empty title", ManifestFixtures.with("/tile/title", "\"\""));
    broken.put("title of 51", ManifestFixtures.with("/tile/title", "\"" + "T".repeat(51) + "\""));
    broken.put(
        "source_type_id a string",
        ManifestFixtures.with("/assets/integration/source_type_id", "\"1\""));
    broken.put(
        "check of numbers", ManifestFixtures.with("/assets/integration/metrics/check", "[1]"));
    broken.put("app_id with capitals", ManifestFixtures.with("/app_id", "\"Acme\""));
    broken.put("app_uuid", ManifestFixtures.with("/app_uuid", "\"nope\""));
    broken.put("homepage", ManifestFixtures.with("/author/homepage", "\"acme.example\""));
    broken.put("vendor_id", ManifestFixtures.with("/author/vendor_id", "\"acme2\""));
    broken.put("tag", ManifestFixtures.with("/tile/classifier_tags/0", "\"Platform::Linux\""));
    broken.put("gif", ManifestFixtures.with("/tile/media/0/image_url", "\"images/a.gif\""));
    broken.put("media type", ManifestFixtures.with("/tile/media/0/media_type", "\"gif\""));
    broken.put(
        "caption of 301",
        ManifestFixtures.with("/tile/media/0/caption", "\"" + "c".repeat(301) + "\""));
    broken.put("video without id", ManifestFixtures.with("/tile/media/0/media_type", "\"video\""));
    broken.put(
        "nine media",
        ManifestFixtures.edit(
            root -> {
              for (int i = 1; i < 9; i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) root.at("/tile/media"))
                    .add(root.at("/tile/media/0").deepCopy());
              }
            }));

    for (Map.Entry<String, String> entry : broken.entrySet()) {
      Manifest manifest = ManifestFixtures.parse(entry.getValue());
      Set<String> schemaPointers = new TreeSet<>(SchemaCheck.errors(schema, manifest.root()));
      Set<String> ourPointers = new TreeSet<>();
      for (Report.Item item :
          Report.of(Profile.DDEV, ManifestRules.check(manifest, ManifestFixtures.context()))
              .items()) {
        if (item.severity() == Severity.ERROR) {
          ourPointers.add(((FileOrigin) item.finding().origin()).pointer());
        }
      }
      assertThat(schemaPointers).as(entry.getKey()).isNotEmpty();
      assertThat(ourPointers).as(entry.getKey()).isEqualTo(schemaPointers);
    }
  }

  @Test
  void descriptionOver80_isWhereTheRulesAreStricterThanTheSchema() throws IOException {
    // The schema records the documented limit as x-documented-maxLength: 21 extras manifests
    // exceed it, and the issue treats them as real breaches.
    Manifest manifest =
        ManifestFixtures.parse(
            ManifestFixtures.with("/tile/description", "\"" + "d".repeat(81) + "\""));

    assertThat(SchemaCheck.errors(schema(), manifest.root())).isEmpty();
    assertThat(ManifestRules.check(manifest, ManifestFixtures.context()))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_DESCRIPTION_TOO_LONG);
  }

  private static boolean matches(ManifestShapeRules.Type ours, String schemaType) {
    return switch (ours) {
      case STRING, NON_EMPTY_STRING -> schemaType.equals("string");
      case BOOLEAN -> schemaType.equals("boolean");
      case INTEGER -> schemaType.equals("integer");
      case OBJECT -> schemaType.equals("object");
      case ARRAY -> schemaType.equals("array");
      case STRING_OR_STRINGS -> schemaType.equals("anyOf");
      case STRING_MAP -> schemaType.equals("map");
    };
  }

  /** The type (or anyOf, or map) and required keys the schema gives each shape path. */
  private static void collect(
      JsonNode schema, String path, Map<String, String> types, Map<String, List<String>> required) {
    if (schema.has("type")) {
      String type = schema.get("type").asText();
      JsonNode additional = schema.path("additionalProperties");
      types.put(path, type.equals("object") && additional.isObject() ? "map" : type);
    } else if (schema.has("anyOf")) {
      types.put(path, "anyOf");
    } else if (schema.has("const") || schema.has("enum")) {
      types.put(path, "string");
    } else {
      types.put(path, "none");
    }
    if (schema.has("required")) {
      List<String> keys = new ArrayList<>();
      schema.get("required").forEach(key -> keys.add(key.asText()));
      required.put(path, keys);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it =
            schema.path("properties").properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      collect(property.getValue(), path + "/" + property.getKey(), types, required);
    }
    if (schema.has("items")) {
      collect(schema.get("items"), path + "/*", types, required);
    }
  }

  private static JsonNode schema() throws IOException {
    return JsonMapper.builder()
        .build()
        .readTree(SharedReference.reference().resolve("manifest-v2.inferred.schema.json").toFile());
  }

  /** The draft-07 keywords the inferred schema uses; returns the pointers of failing values. */
  static final class SchemaCheck {

    private SchemaCheck() {}

    static List<String> errors(JsonNode schema, JsonNode value) {
      List<String> errors = new ArrayList<>();
      check(schema, value, "", errors);
      return errors;
    }

    private static void check(
        JsonNode schema, JsonNode value, String pointer, List<String> errors) {
      int before = errors.size();
      if (schema.has("type") && !isType(schema.get("type").asText(), value)) {
        errors.add(pointer);
        return;
      }
      if (schema.has("const") && !schema.get("const").equals(value)) {
        errors.add(pointer);
      }
      if (schema.has("enum") && !contains(schema.get("enum"), value)) {
        errors.add(pointer);
      }
      if (value.isTextual()) {
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()
            || schema.has("minLength") && length < schema.get("minLength").asInt()
            || schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
          errors.add(pointer);
        }
      }
      if (schema.has("anyOf")) {
        boolean any = false;
        for (JsonNode option : schema.get("anyOf")) {
          any |= errors(option, value).isEmpty();
        }
        if (!any) {
          errors.add(pointer);
        }
      }
      if (value.isObject()) {
        for (JsonNode key : schema.path("required")) {
          if (!value.has(key.asText())) {
            errors.add(pointer);
          }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          String child = ManifestPointers.child(pointer, field.getKey());
          JsonNode property = schema.path("properties").get(field.getKey());
          if (property != null) {
            check(property, field.getValue(), child, errors);
          } else if (schema.path("additionalProperties").isObject()) {
            check(schema.get("additionalProperties"), field.getValue(), child, errors);
          }
        }
        if (schema.has("if") && errors(schema.get("if"), value).isEmpty()) {
          check(schema.get("then"), value, pointer, errors);
        }
      }
      if (value.isArray()) {
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
          errors.add(pointer);
        }
        for (int i = 0; i < value.size() && schema.has("items"); i++) {
          check(schema.get("items"), value.get(i), pointer + "/" + i, errors);
        }
      }
      // One pointer per failing value is enough for the comparison.
      List<String> added = new ArrayList<>(new TreeSet<>(errors.subList(before, errors.size())));
      errors.subList(before, errors.size()).clear();
      errors.addAll(added);
    }

    private static boolean isType(String type, JsonNode value) {
      return switch (type) {
        case "string" -> value.isTextual();
        case "boolean" -> value.isBoolean();
        case "integer" -> value.isIntegralNumber();
        case "number" -> value.isNumber();
        case "object" -> value.isObject();
        case "array" -> value.isArray();
        default -> throw new IllegalArgumentException("type " + type);
      };
    }

    private static boolean contains(JsonNode options, JsonNode value) {
      for (JsonNode option : options) {
        if (option.equals(value)) {
          return true;
        }
      }
      return false;
    }
  }
}
