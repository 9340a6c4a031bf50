package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.model.ServiceChecksFile.Shape;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceChecksReaderTest {

  @TempDir Path dir;

  @Test
  @Triggers(Rule.SERVICE_CHECKS_UNREADABLE)
  void invalidJson_isAFindingWithLineAndColumn() {
    Parsed<ServiceChecksFile> parsed =
        ServiceChecksReader.parse("[\n    {\"check\": tru}\n]\n", "sc.json");

    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo(Rule.SERVICE_CHECKS_UNREADABLE);
              assertThat(finding.origin().describe()).isEqualTo("sc.json:2:15");
              assertThat(finding.message())
                  .startsWith("cannot read service_checks.json: Unrecognized token 'tru'");
            });
  }

  @Test
  void truncatedJson_isAFindingAtTheEnd() {
    Parsed<ServiceChecksFile> parsed =
        ServiceChecksReader.parse("[\n    {\"check\": \"a\"},\n", "sc.json");

    assertThat(parsed.findings())
        .extracting(f -> f.origin().describe())
        .containsExactly("sc.json:3:1");
  }

  @Test
  void emptyText_holdsNoJsonValue() {
    assertThat(ServiceChecksReader.parse("  \n", "sc.json").findings())
        .extracting(Finding::rule, f -> f.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_UNREADABLE,
                "sc.json:1:1",
                "cannot read service_checks.json: the file holds no JSON value"));
  }

  @Test
  void secondValue_isExtraData() {
    assertThat(ServiceChecksReader.parse("[]\n[]\n", "sc.json").findings())
        .extracting(Finding::rule, f -> f.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_UNREADABLE,
                "sc.json:2:1",
                "cannot read service_checks.json: extra data after the JSON value"));
  }

  @Test
  void byteOrderMark_isRejectedLikePython() {
    // json.loads refuses a leading U+FEFF ("Unexpected UTF-8 BOM"), and ddev reads the file as
    // utf-8.
    assertThat(ServiceChecksReader.parse("\ufeff[]\n", "sc.json").findings())
        .extracting(Finding::rule, f -> f.origin().describe())
        .containsExactly(tuple(Rule.SERVICE_CHECKS_UNREADABLE, "sc.json:1:1"));
  }

  @Test
  void malformedUtf8_isAFindingNotAnException() throws IOException {
    Path file = dir.resolve("service_checks.json");
    Files.write(file, new byte[] {'[', '"', (byte) 0xFF, '"', ']'});

    assertThat(ServiceChecksReader.read(file, "acme/assets/service_checks.json").findings())
        .extracting(Finding::rule, f -> f.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_UNREADABLE,
                "acme/assets/service_checks.json:1:3",
                "cannot read service_checks.json: not valid UTF-8 text"));
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_UNREADABLE)
  void surroundingWhitespace_isIgnored() {
    Parsed<ServiceChecksFile> parsed = ServiceChecksReader.parse("\n\n  []  \n\n", "sc.json");

    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value().orElseThrow().shape()).isEqualTo(Shape.ARRAY);
  }

  @Test
  void nonNumericNumber_isReadNotThrown() {
    ServiceCheckEntry entry = parse("[{\"check\": NaN}]").entries().get(0);

    assertThat(entry.field("check").value().doubleValue()).isNaN();
  }

  @Test
  void emptyList_isAnArrayWithoutEntries() {
    ServiceChecksFile file = parse("[]\n");

    assertThat(file.shape()).isEqualTo(Shape.ARRAY);
    assertThat(file.entries()).isEmpty();
    assertThat(file.origin().describe()).isEqualTo("sc.json");
    assertThat(file.sourceText()).isEqualTo("[]\n");
  }

  @Test
  void emptyObject_isItsOwnShape() {
    ServiceChecksFile file = parse("{}");

    assertThat(file.shape()).isEqualTo(Shape.EMPTY_OBJECT);
    assertThat(file.entries()).isEmpty();
  }

  @Test
  void otherValues_areOtherShapesPointingAtTheValue() {
    assertThat(parse("{\"a\": []}").shape()).isEqualTo(Shape.OTHER);
    assertThat(parse("\n \"text\"").origin()).isEqualTo(new FileOrigin("sc.json", 2, 2, ""));
    assertThat(parse("null").shape()).isEqualTo(Shape.OTHER);
    assertThat(parse("42").shape()).isEqualTo(Shape.OTHER);
  }

  @Test
  void entriesAndFields_carryJsonPointers() {
    ServiceChecksFile file =
        parse("[\n  {\n    \"check\": \"acme.up\",\n    \"statuses\": [\"ok\"]\n  },\n  7\n]");

    ServiceCheckEntry first = file.entries().get(0);
    ServiceCheckEntry second = file.entries().get(1);
    assertThat(first.origin()).isEqualTo(new FileOrigin("sc.json", 2, 3, "/0"));
    assertThat(first.isObject()).isTrue();
    assertThat(first.originOf("check")).isEqualTo(new FileOrigin("sc.json", 3, 14, "/0/check"));
    assertThat(first.originOf("statuses"))
        .isEqualTo(new FileOrigin("sc.json", 4, 17, "/0/statuses"));
    assertThat(first.originOf("name")).isEqualTo(first.origin());
    assertThat(second.origin()).isEqualTo(new FileOrigin("sc.json", 6, 3, "/1"));
    assertThat(second.isObject()).isFalse();
    assertThat(second.fields()).isEmpty();
  }

  @Test
  void keysWithSlashAndTilde_areEscapedInPointers() {
    ServiceCheckEntry entry = parse("[{\"a/b\": 1, \"c~d\": 2}]").entries().get(0);

    assertThat(entry.field("a/b").origin()).isEqualTo(new FileOrigin("sc.json", 1, 10, "/0/a~1b"));
    assertThat(entry.field("c~d").origin()).isEqualTo(new FileOrigin("sc.json", 1, 20, "/0/c~0d"));
  }

  @Test
  void fields_keepFileOrderAndValues() {
    ServiceCheckEntry entry =
        parse("[{\"name\": \"Up\", \"check\": \"acme.up\", \"groups\": 3}]").entries().get(0);

    assertThat(entry.fields()).containsOnlyKeys("name", "check", "groups");
    assertThat(entry.fields().keySet()).containsExactly("name", "check", "groups");
    assertThat(entry.text("check")).isEqualTo("acme.up");
    assertThat(entry.text("groups")).isNull();
    assertThat(entry.text("missing")).isNull();
  }

  @Test
  void repeatedKey_keepsTheLastValueLikePython() {
    ServiceCheckEntry entry =
        parse("[{\"check\": \"a\", \"name\": \"n\", \"check\": \"b\"}]").entries().get(0);

    assertThat(entry.text("check")).isEqualTo("b");
    assertThat(entry.fields().keySet()).containsExactly("check", "name");
  }

  private static ServiceChecksFile parse(String text) {
    Parsed<ServiceChecksFile> parsed = ServiceChecksReader.parse(text, "sc.json");
    assertThat(parsed.findings()).isEmpty();
    return parsed.value().orElseThrow();
  }
}
