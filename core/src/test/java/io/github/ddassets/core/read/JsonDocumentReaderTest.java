package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.read.JsonDocumentReader.JsonSyntaxException;
import org.junit.jupiter.api.Test;

class JsonDocumentReaderTest {

  @Test
  void everyValue_isRecordedUnderItsPointer() throws JsonSyntaxException {
    JsonDocument document =
        JsonDocumentReader.parse("{\n  \"a\": {\"b\": [10, true]}\n}", "m.json");

    assertThat(document.origins().keySet())
        .containsExactlyInAnyOrder("", "/a", "/a/b", "/a/b/0", "/a/b/1");
    assertThat(document.origin("")).isEqualTo(new FileOrigin("m.json", 1, 1, ""));
    assertThat(document.origin("/a")).isEqualTo(new FileOrigin("m.json", 2, 8, "/a"));
    assertThat(document.origin("/a/b/1")).isEqualTo(new FileOrigin("m.json", 2, 19, "/a/b/1"));
  }

  @Test
  void unknownPointer_fallsBackToTheClosestParent() throws JsonSyntaxException {
    JsonDocument document = JsonDocumentReader.parse("{\"a\": {\"b\": 1}}", "m.json");

    assertThat(document.origin("/a/x/y")).isEqualTo(document.origin("/a"));
    assertThat(document.origin("/z")).isEqualTo(document.origin(""));
  }

  @Test
  void values_keepTheirJsonTypes() throws JsonSyntaxException {
    JsonDocument document =
        JsonDocumentReader.parse("[\"s\", 1, 1.5, true, false, null, {}, []]", "m.json");

    assertThat(document.root().toString()).isEqualTo("[\"s\",1,1.5,true,false,null,{},[]]");
  }

  @Test
  void nonNumericNumbers_areAcceptedLikePython() throws JsonSyntaxException {
    JsonDocument document = JsonDocumentReader.parse("[NaN, Infinity, -Infinity, 1.25]", "m.json");

    assertThat(document.root().get(0).doubleValue()).isNaN();
    assertThat(document.root().get(1).doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(document.root().get(2).doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(document.root().get(3).decimalValue()).isEqualByComparingTo("1.25");
  }

  @Test
  void syntaxError_carriesItsPosition() {
    assertThatThrownBy(() -> JsonDocumentReader.parse("{\n  \"a\": 1,\n  \"b\" 2\n}", "m.json"))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> assertThat(e.origin().describe()).isEqualTo("m.json:3:7"));
  }

  @Test
  void pointerEscapes_followRfc6901() {
    assertThat(JsonDocumentReader.escape("a/b~c")).isEqualTo("a~1b~0c");
  }
}
