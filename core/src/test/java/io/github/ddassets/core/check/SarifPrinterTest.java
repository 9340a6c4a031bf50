package io.github.ddassets.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ddassets.core.baseline.FindingKey;
import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Severity;
import io.github.ddassets.core.testing.SarifSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifPrinterTest {

  private static final ValidatedFinding UNIT =
      ValidatedFinding.of(
          Rule.METADATA_UNIT_UNKNOWN
              .at(FileOrigin.at("integrations/acme/metadata.csv", 2, 25), "byts", "unit_name")
              .withHint("did you mean `byte`?"),
          Severity.ERROR,
          new FindingKey("acme", "metadata.csv", "metadata-unit-unknown", "acme.q unit_name"));
  private static final ValidatedFinding TITLE =
      ValidatedFinding.of(
          Rule.MANIFEST_TITLE_DISPLAY_NAME.at(
              new FileOrigin("integrations/acme/manifest.json", 12, 20, "/tile/title"),
              "Acme!",
              "acme_",
              "Acme",
              "acme"),
          Severity.WARNING);
  private static final ValidatedFinding WHOLE_FILE =
      ValidatedFinding.of(
          Rule.SPEC_DEFAULT_TEMPLATES.at(
              FileOrigin.of("integrations/my acme/spec.yaml"),
              "the instances section uses no default template"),
          Severity.ERROR);

  @Test
  void aLog_withEveryRuleAndEachKindOfLocation_isValidAgainstTheSarif210Schema()
      throws IOException {
    String sarif = print(Path.of("/repo"), Path.of("/repo"));

    assertThat(SarifSchema.errors(sarif)).isEmpty();
  }

  @Test
  void theSchemaCheck_rejectsALogThatBreaksIt() throws IOException {
    String sarif =
        print(Path.of("/repo"), Path.of("/repo"))
            .replace("\"level\" : \"warning\"", "\"level\" : \"fatal\"");

    assertThat(SarifSchema.errors(sarif)).isNotEmpty();
  }

  @Test
  void theDriver_namesDdassetsItsVersionAndEveryRuleOfTheCatalogue() throws IOException {
    JsonNode run = runOf(print(Path.of("/repo"), Path.of("/repo")));

    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.path("name").asText()).isEqualTo("ddassets");
    assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.path("rules").size()).isEqualTo(Rule.values().length);
    JsonNode unit = driver.path("rules").get(Rule.METADATA_UNIT_UNKNOWN.ordinal());
    assertThat(unit.path("id").asText()).isEqualTo("metadata-unit-unknown");
    assertThat(unit.at("/shortDescription/text").asText())
        .isEqualTo(Rule.METADATA_UNIT_UNKNOWN.summary());
    assertThat(unit.at("/help/text").asText()).endsWith("Profile ddev, error.");
    assertThat(unit.path("helpUri").asText()).endsWith("/docs/rules.md#metadata-unit-unknown");
    assertThat(unit.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    JsonNode description = driver.path("rules").get(Rule.METADATA_DESCRIPTION_EMPTY.ordinal());
    assertThat(description.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(description.at("/help/text").asText()).endsWith("warning (error under strict).");
  }

  @Test
  void results_carryRuleLevelMessageAndLocation() throws IOException {
    JsonNode results = runOf(print(Path.of("/repo"), Path.of("/repo"))).path("results");

    assertThat(results.size()).isEqualTo(3);
    JsonNode unit = results.get(0);
    assertThat(unit.path("ruleId").asText()).isEqualTo("metadata-unit-unknown");
    assertThat(unit.path("ruleIndex").asInt()).isEqualTo(Rule.METADATA_UNIT_UNKNOWN.ordinal());
    assertThat(unit.path("level").asText()).isEqualTo("error");
    assertThat(unit.at("/message/text").asText())
        .isEqualTo("`byts` is not a valid unit_name (did you mean `byte`?)");
    JsonNode physical = unit.at("/locations/0/physicalLocation");
    assertThat(physical.at("/artifactLocation/uri").asText())
        .isEqualTo("integrations/acme/metadata.csv");
    assertThat(physical.at("/region/startLine").asInt()).isEqualTo(2);
    assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(25);
    assertThat(unit.at("/locations/0/logicalLocations").isMissingNode()).isTrue();
    assertThat(unit.at("/partialFingerprints/ddassetsKey~1v1").asText())
        .isEqualTo("acme|metadata.csv|metadata-unit-unknown|acme.q unit_name");

    JsonNode title = results.get(1);
    assertThat(title.path("level").asText()).isEqualTo("warning");
    assertThat(title.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("/tile/title");

    JsonNode whole = results.get(2).at("/locations/0/physicalLocation");
    assertThat(whole.at("/artifactLocation/uri").asText())
        .isEqualTo("integrations/my%20acme/spec.yaml");
    assertThat(whole.path("region").isMissingNode()).isTrue();
  }

  @Test
  void uris_areRelativeToTheGivenRoot_andAbsoluteOutsideIt() throws IOException {
    JsonNode results =
        runOf(print(Path.of("/repo"), Path.of("/repo/integrations"))).path("results");
    assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("acme/metadata.csv");

    JsonNode outside = runOf(print(Path.of("/repo"), Path.of("/elsewhere"))).path("results");
    assertThat(outside.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(Path.of("/repo/integrations/acme/metadata.csv").toUri().toASCIIString());
  }

  private static String print(Path base, Path root) {
    StringWriter out = new StringWriter();
    List<ValidatedFinding> findings = List.of(UNIT, TITLE, WHOLE_FILE);
    FindingPrinter.forFormat(OutputFormat.sarif, new PrintSettings("1.2.3", base, root, 10))
        .print(findings, Summary.of(Profile.STRICT, 1, findings), new PrintWriter(out));
    return out.toString();
  }

  private static JsonNode runOf(String sarif) throws IOException {
    JsonNode log = JsonMapper.builder().build().readTree(sarif);
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs").size()).isEqualTo(1);
    return log.path("runs").get(0);
  }
}
