package io.github.ddassets.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@link PyYaml} against golden vectors written by the real PyYAML 6.0.3 ({@code
 * core/src/test/python/pyyaml_vectors.py}, which documents the calls and the JSON encoding of the
 * inputs). The vectors include the example of every option of the integrations-extras specs and of
 * ddev's templates.
 */
class PyYamlVectorsTest {

  private static final String VECTORS = "pyyaml-vectors.json";
  private static final JsonMapper JSON = new JsonMapper();

  @TestFactory
  Stream<DynamicTest> everyVector_matchesPyYamlByteForByte() {
    List<JsonNode> vectors = vectors();
    return IntStream.range(0, vectors.size())
        .mapToObj(
            i -> {
              JsonNode vector = vectors.get(i);
              String name = "#" + i + " " + vector.get("call").asText() + " " + vector.get("name");
              return DynamicTest.dynamicTest(name, () -> check(vector));
            });
  }

  @Test
  void vectors_coverTheCorpusExamplesAndEveryCall() {
    List<JsonNode> vectors = vectors();
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(150);
    assertThat(vectors)
        .extracting(vector -> vector.get("call").asText())
        .contains("block", "flow", "flowDoubleQuoted", "compactItem");
    List<String> names = vectors.stream().map(vector -> vector.get("name").asText()).toList();
    assertThat(names).filteredOn(name -> name.endsWith("/spec.yaml")).hasSizeGreaterThan(90);
    assertThat(names.stream().filter(name -> name.endsWith("/spec.yaml")).distinct())
        .hasSizeGreaterThan(30);
    assertThat(names).filteredOn(name -> name.startsWith("reference/ddev-templates/")).isNotEmpty();
  }

  private static void check(JsonNode vector) {
    Object input = decode(vector.get("input"));
    String expected = vector.get("output").asText();
    String actual = dump(vector, input);
    assertEquals(
        expected,
        actual,
        () ->
            "input "
                + vector.get("input")
                + "\n  PyYAML: "
                + JSON.valueToTree(expected)
                + "\n  PyYaml: "
                + JSON.valueToTree(actual)
                + "\n");
  }

  private static String dump(JsonNode vector, Object input) {
    String call = vector.get("call").asText();
    return switch (call) {
      case "block" ->
          vector.has("indent")
              ? PyYaml.dumpBlock(input, vector.get("indent").asInt())
              : PyYaml.dumpBlock(input);
      case "flow" -> PyYaml.dumpFlow(input);
      case "flowDoubleQuoted" -> PyYaml.dumpDoubleQuoted((String) input);
      case "compactItem" -> PyYaml.compactItem(input);
      default -> throw new IllegalArgumentException("unknown call " + call);
    };
  }

  /** The inverse of {@code encode} in the Python script. */
  static Object decode(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      BigInteger value = node.bigIntegerValue();
      return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(decode(item)));
      return list;
    }
    if (node.has("$float")) {
      return pythonFloat(node.get("$float").textValue());
    }
    if (node.has("$date")) {
      return LocalDate.parse(node.get("$date").textValue());
    }
    Map<Object, Object> map = new LinkedHashMap<>();
    if (node.has("$map")) {
      node.get("$map").forEach(pair -> map.put(decode(pair.get(0)), decode(pair.get(1))));
    } else {
      node.properties().forEach(entry -> map.put(entry.getKey(), decode(entry.getValue())));
    }
    return map;
  }

  private static double pythonFloat(String repr) {
    return switch (repr) {
      case "nan" -> Double.NaN;
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(repr);
    };
  }

  private static List<JsonNode> vectors() {
    try (InputStream in = PyYamlVectorsTest.class.getResourceAsStream(VECTORS)) {
      assertThat(in).as(VECTORS).isNotNull();
      // Read as text: Jackson's byte parser rejects escaped surrogate pairs in object keys.
      JsonNode root = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<JsonNode> vectors = new ArrayList<>();
      root.forEach(vectors::add);
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
