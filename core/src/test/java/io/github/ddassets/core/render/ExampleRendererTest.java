package io.github.ddassets.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the example renderer. {@code goldens/ExampleRendererTest/spec.yaml} holds one
 * option per case ddev's renderer distinguishes; the expected text was checked line by line against
 * ddev's rules (asset-rules.md section 3) and the YAML parts against PyYAML 6.0.3.
 */
class ExampleRendererTest {

  @Test
  void goldenSpec_rendersLikeDdev() {
    SpecRendering.Result result = render(resource("spec.yaml"));

    assertThat(result.findings()).isEmpty();
    assertThat(result.examples()).hasSize(1);
    assertThat(result.examples().get(0).exampleName()).isEqualTo("conf.yaml.example");
    assertThat(result.examples().get(0).text()).isEqualTo(resource("conf.yaml.example"));
  }

  @Test
  void optionalFirstInstanceOption_opensTheListWithABareDash() {
    String text =
        renderExample(
            """
            name: Acme
            files:
            - name: acme.yaml
              options:
              - name: instances
                multiple: true
                enabled: true
                description: Servers.
                options:
                - name: host
                  description: Host name.
                  value:
                    type: string
                    example: localhost
            """);

    assertThat(text)
        .isEqualTo(
            """
            ## Servers.
            #
            instances:

              -
                ## @param host - string - optional - default: localhost
                ## Host name.
                #
                # host: localhost
            """);
  }

  @Test
  void listSectionWithoutOptions_rendersAnEmptyMapping() {
    String text =
        renderExample(
            """
            name: Acme
            files:
            - name: acme.yaml
              options:
              - name: instances
                multiple: true
                enabled: true
                description: Servers.
                options: []
            """);

    assertThat(text).isEqualTo("## Servers.\n#\ninstances:\n\n  - {}\n");
  }

  @Test
  void disabledSection_isCommentedOut() {
    String text =
        renderExample(
            """
            name: Acme
            files:
            - name: acme.yaml
              options:
              - name: extra
                description: Extra settings.
                options:
                - name: level
                  required: true
                  description: Level.
                  value:
                    type: integer
                    example: 3
            """);

    assertThat(text)
        .isEqualTo(
            """
            ## Extra settings.
            #
            # extra:

                ## @param level - integer - required
                ## Level.
                #
                level: 3
            """);
  }

  @Test
  void longDescriptionLine_isAFindingOnTheDescription_unlessMarkedNoqa() {
    String longLine = "word ".repeat(24).trim();
    SpecRendering.Result result =
        render(
            """
            name: Acme
            files:
            - name: acme.yaml
              options:
              - name: timeout
                description: %s
                value:
                  type: integer
                  example: 3
              - name: retries
                description: %s /noqa
                value:
                  type: integer
                  example: 3
            """
                .formatted(longLine, longLine));

    assertThat(result.findings()).hasSize(1);
    Finding finding = result.findings().get(0);
    assertThat(finding.rule()).isEqualTo(Rule.SPEC_DESCRIPTION_TOO_LONG);
    assertThat(finding.message())
        .isEqualTo(
            "a description line of option `timeout` is 2 character(s) over the limit of 120");
    assertThat(describe(finding.origin())).isEqualTo("spec.yaml:6:18");
    assertThat(result.examples().get(0).text()).contains("## " + longLine + "\n#\n# retries: 3\n");
  }

  @Test
  void unknownKeys_areFindingsButTheFileIsStillRendered() {
    SpecRendering.Result result =
        render(
            """
            name: Acme
            files:
            - name: acme.yaml
              options:
              - name: timeout
                requried: true
                description: Seconds.
                value:
                  type: integer
                  example: 3
                  secret: true
            """);

    assertThat(result.findings())
        .extracting(finding -> finding.text() + " @ " + describe(finding.origin()))
        .containsExactly(
            "[spec-option-unknown-key] option `timeout` has the unknown key `requried` @ spec.yaml:6:5",
            "[spec-value-unknown-key] the value of option `timeout` has the unknown key `secret` @"
                + " spec.yaml:11:7");
    assertThat(result.examples().get(0).text()).endsWith("# timeout: 3\n");
  }

  private static String renderExample(String spec) {
    SpecRendering.Result result = render(spec);
    assertThat(result.findings()).isEmpty();
    return result.examples().get(0).text();
  }

  private static SpecRendering.Result render(String spec) {
    return SpecRendering.render(spec, "spec.yaml", "acme", new ConfigTemplates(List.of()));
  }

  private static String describe(Origin origin) {
    return origin.describe();
  }

  private static String resource(String name) {
    String path = "/goldens/ExampleRendererTest/" + name;
    try (InputStream in = ExampleRendererTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
