package io.github.ddassets.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.Layout;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.rules.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ddev validate config} on one folder: the default-templates rule, the spec's own findings,
 * and the comparison of each example file with what the spec renders to. Specs use the small test
 * templates of {@code src/test/resources/io/github/ddassets/core/config/templates}; the expected
 * examples are rendered by the code under test itself, as this test is about the comparison, not
 * the rendering.
 */
class ConfigCheckTest {

  private static final String SPEC =
      """
      name: Acme
      files:
      - name: acme.yaml
        options:
        - template: init_config
          options:
          - template: init_config/default
        - template: instances
          options:
          - name: url
            required: true
            description: The URL.
            value:
              type: string
              example: http://localhost
          - template: instances/default
      """;

  private static final String REPO_SPEC = "assets/configuration/spec.yaml";
  private static final String REPO_EXAMPLE = "datadog_checks/acme/data/conf.yaml.example";

  @TempDir Path root;

  private ConfigTemplates templates;

  @BeforeEach
  void templates() throws URISyntaxException {
    URL url = ConfigCheckTest.class.getResource("/io/github/ddassets/core/config/templates");
    assertThat(url).as("test templates on the class path").isNotNull();
    templates =
        new ConfigTemplates(
            List.of(TemplateRoot.directory(Path.of(url.toURI()), "test-templates")));
  }

  // ---- the default-templates rule ----

  @Test
  void sectionTemplatesWithoutDefaults_areReportedOnTheSpec() {
    String text = "- template: init_config\n- template: instances\n";

    assertThat(ConfigCheck.defaultTemplates(text, "acme/spec.yaml").map(ConfigCheckTest::line))
        .contains(
            "spec-default-templates acme/spec.yaml the init_config section uses no default"
                + " template: add `- template: init_config/default` (or the openmetrics,"
                + " openmetrics_legacy or jmx one)");
  }

  @Test
  void instancesWithoutDefault_isReportedToo() {
    String text =
        "- template: init_config\n"
            + "  options:\n"
            + "  - template: init_config/openmetrics\n"
            + "- template: instances\n";

    assertThat(ConfigCheck.defaultTemplates(text, "acme/spec.yaml").map(ConfigCheckTest::line))
        .contains(
            "spec-default-templates acme/spec.yaml the instances section uses no default template:"
                + " add `- template: instances/default` (or the openmetrics, openmetrics_legacy or"
                + " jmx one)");
  }

  @Test
  void anyDefaultTemplateOfEachSection_satisfiesTheRule() {
    assertThat(ConfigCheck.defaultTemplates(SPEC, "spec.yaml")).isEmpty();
    assertThat(
            ConfigCheck.defaultTemplates(
                "template: init_config\ntemplate: init_config/jmx\ntemplate: instances\n"
                    + "template: instances/openmetrics_legacy\n",
                "spec.yaml"))
        .isEmpty();
  }

  @Test
  void specWithoutBothSectionTemplates_isNotConcerned() {
    assertThat(ConfigCheck.defaultTemplates("- template: instances\n", "spec.yaml")).isEmpty();
    assertThat(ConfigCheck.defaultTemplates("- template: init_config\n", "spec.yaml")).isEmpty();
  }

  @Test
  void missingDefaultTemplates_doNotStopTheComparison() throws IOException {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: init_config
          - template: instances
            options:
            - template: port
        """;
    Path acme = repository(spec);
    write(acme.resolve(REPO_EXAMPLE), render(spec).replace("8080", "8081"));

    assertThat(check(acme))
        .containsExactly(
            "spec-default-templates integrations/acme/assets/configuration/spec.yaml the"
                + " init_config section uses no default template: add `- template:"
                + " init_config/default` (or the openmetrics, openmetrics_legacy or jmx one)",
            "example-out-of-sync integrations/acme/datadog_checks/acme/data/conf.yaml.example:"
                + lineOf(render(spec), "8080")
                + ":1 conf.yaml.example is not in sync with the spec (first difference at line "
                + lineOf(render(spec), "8080")
                + ")");
  }

  // ---- comparing examples ----

  @Test
  void exampleInSync_givesNothing() throws IOException {
    Path acme = repository(SPEC);
    write(acme.resolve(REPO_EXAMPLE), render(SPEC));

    assertThat(check(acme)).isEmpty();
  }

  @Test
  void exampleOutOfSync_isReportedAtTheFirstDifferingLine() throws IOException {
    Path acme = repository(SPEC);
    String rendered = render(SPEC);
    List<String> lines = new java.util.ArrayList<>(rendered.lines().toList());
    lines.set(4, lines.get(4) + " (edited)");
    lines.set(9, "# also edited");
    write(acme.resolve(REPO_EXAMPLE), String.join("\n", lines) + "\n");

    assertThat(check(acme))
        .containsExactly(
            "example-out-of-sync integrations/acme/datadog_checks/acme/data/conf.yaml.example:5:1"
                + " conf.yaml.example is not in sync with the spec (first difference at line 5)");
  }

  @Test
  void exampleMissingItsLastLine_isReportedAfterTheCommonLines() throws IOException {
    Path acme = repository(SPEC);
    String rendered = render(SPEC);
    String truncated = rendered.substring(0, rendered.lastIndexOf('\n', rendered.length() - 2) + 1);
    write(acme.resolve(REPO_EXAMPLE), truncated);
    int lastLine = (int) rendered.lines().count();

    assertThat(check(acme))
        .containsExactly(
            "example-out-of-sync integrations/acme/datadog_checks/acme/data/conf.yaml.example:"
                + lastLine
                + ":1 conf.yaml.example is not in sync with the spec (first difference at line "
                + lastLine
                + ")");
  }

  @Test
  void crlfOnDisk_comparesEqual() throws IOException {
    Path acme = repository(SPEC);
    write(acme.resolve(REPO_EXAMPLE), render(SPEC).replace("\n", "\r\n"));

    assertThat(check(acme)).isEmpty();
  }

  @Test
  void missingExampleInTheRepositoryLayout_isReported() throws IOException {
    Path acme = repository(SPEC);

    assertThat(check(acme))
        .containsExactly(
            "example-out-of-sync integrations/acme/datadog_checks/acme/data/conf.yaml.example"
                + " conf.yaml.example is missing: render it from the spec");
  }

  @Test
  void missingExampleInTheFlatLayout_isNotReported() throws IOException {
    Path acme = root.resolve("acme");
    write(acme.resolve("spec.yaml"), SPEC);

    assertThat(check(new IntegrationFolder(acme, Layout.FLAT))).isEmpty();
  }

  @Test
  void exampleBesideTheSpecInTheFlatLayout_isCompared() throws IOException {
    Path acme = root.resolve("acme");
    write(acme.resolve("spec.yaml"), SPEC);
    write(acme.resolve("conf.yaml.example"), render(SPEC).replace("localhost", "example.com"));
    int line = lineOf(render(SPEC), "localhost");

    assertThat(check(new IntegrationFolder(acme, Layout.FLAT)))
        .containsExactly(
            "example-out-of-sync integrations/acme/conf.yaml.example:"
                + line
                + ":1 conf.yaml.example is not in sync with the spec (first difference at line "
                + line
                + ")");
  }

  @Test
  void everyExampleFile_isComparedUnderItsOwnName() throws IOException {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: port
        - name: auto_conf.yaml
          options:
          - template: alternate
        """;
    Path acme = repository(spec);
    write(acme.resolve(REPO_EXAMPLE), render(spec));

    assertThat(check(acme))
        .containsExactly(
            "example-out-of-sync integrations/acme/datadog_checks/acme/data/auto_conf.yaml"
                + " auto_conf.yaml is missing: render it from the spec");
  }

  @Test
  void compareExamplesOff_comparesNothing() throws IOException {
    Path acme = repository(SPEC);
    write(acme.resolve(REPO_EXAMPLE), "stale\n");
    ConfigCheck check = new ConfigCheck(templates, false, new DisplayPaths(root, "integrations"));

    Path withoutExample = root.resolve("more/acme");
    write(withoutExample.resolve(REPO_SPEC), SPEC);

    assertThat(check.check(new IntegrationFolder(acme, Layout.REPOSITORY))).isEmpty();
    assertThat(check.check(new IntegrationFolder(withoutExample, Layout.REPOSITORY))).isEmpty();
  }

  // ---- the spec ----

  @Test
  void specWithFindings_isNotCompared() throws IOException {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            value:
              type: string
        """;
    Path acme = repository(spec);
    write(acme.resolve(REPO_EXAMPLE), "stale\n");

    assertThat(check(acme))
        .containsExactly(
            "spec-option-description integrations/acme/assets/configuration/spec.yaml:4:11 file"
                + " `acme.yaml`, host needs a `description`");
  }

  @Test
  void specNamedForAnotherIntegration_isReported() throws IOException {
    Path other = repository("other", SPEC);

    assertThat(check(other))
        .containsExactly(
            "spec-file-name integrations/other/assets/configuration/spec.yaml:3:9 file #1: file"
                + " name `acme.yaml` should be `other.yaml`");
  }

  @Test
  void specNotValidUtf8_isUnreadable() throws IOException {
    Path acme = root.resolve("acme");
    Path spec = acme.resolve(REPO_SPEC);
    Files.createDirectories(spec.getParent());
    Files.write(spec, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

    assertThat(check(acme))
        .containsExactly(
            "spec-unreadable integrations/acme/assets/configuration/spec.yaml:1:7 cannot read"
                + " spec.yaml: not valid UTF-8 text");
  }

  @Test
  void specNotValidYaml_isUnreadableAtTheProblem() throws IOException {
    Path acme = repository("files:\n- name: acme.yaml\n  options: [\n");
    write(acme.resolve(REPO_EXAMPLE), "stale\n");

    assertThat(check(acme))
        .containsExactly(
            "spec-unreadable integrations/acme/assets/configuration/spec.yaml:4:1 cannot read"
                + " spec.yaml: expected the node content, but found '<stream end>'");
  }

  @Test
  void folderWithoutSpec_givesNothing() throws IOException {
    Path acme = root.resolve("acme");
    write(acme.resolve(REPO_EXAMPLE), "instances: [{}]\n");

    assertThat(check(acme)).isEmpty();
    assertThat(ConfigCheck.hasSpec(new IntegrationFolder(acme, Layout.REPOSITORY))).isFalse();
    assertThat(ConfigCheck.hasSpec(new IntegrationFolder(repository(SPEC), Layout.REPOSITORY)))
        .isTrue();
  }

  // ---- helpers ----

  private Path repository(String spec) throws IOException {
    return repository("acme", spec);
  }

  private Path repository(String name, String spec) throws IOException {
    Path dir = root.resolve(name);
    write(dir.resolve(REPO_SPEC), spec);
    return dir;
  }

  private List<String> check(Path repositoryFolder) {
    return check(new IntegrationFolder(repositoryFolder, Layout.REPOSITORY));
  }

  private List<String> check(IntegrationFolder folder) {
    return new ConfigCheck(templates, true, new DisplayPaths(root, "integrations"))
        .check(folder).stream().map(ConfigCheckTest::line).toList();
  }

  /** The only example the spec renders to, which must render without findings. */
  private String render(String spec) {
    SpecRendering.Result result = SpecRendering.render(spec, "spec.yaml", "acme", templates);
    assertThat(result.findings()).isEmpty();
    return result.examples().stream().map(RenderedExample::text).findFirst().orElseThrow();
  }

  private static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in " + text);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String line(Finding finding) {
    return finding.rule().id() + " " + finding.origin().describe() + " " + finding.message();
  }
}
