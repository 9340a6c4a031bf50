package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  private static final String SPEC =
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
          - name: url
            required: true
            description: Base URL.
            value:
              type: string
              example: http://localhost:8080
      """;

  @TempDir Path dir;

  /** The folder that names the integration ({@code acme}, hence {@code acme.yaml}). */
  private Path acmeFolder() throws IOException {
    return Files.createDirectories(dir.resolve("acme"));
  }

  @Test
  void spec_isPrintedAsItsExample() throws IOException {
    Path spec = Files.writeString(acmeFolder().resolve("spec.yaml"), SPEC);

    CommandRun run = CommandRun.of("render", spec.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            ## Servers.
            #
            instances:

                ## @param url - string - required
                ## Base URL.
                #
              - url: http://localhost:8080
            """);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void out_writesTheExampleFiles() throws IOException {
    Path spec = Files.writeString(acmeFolder().resolve("spec.yaml"), SPEC);
    Path out = dir.resolve("data");

    CommandRun run = CommandRun.of("render", "--out", out.toString(), spec.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(out.resolve("conf.yaml.example")).content().startsWith("## Servers.\n");
    assertThat(run.err()).isEqualTo("wrote " + out.resolve("conf.yaml.example") + "\n");
  }

  @Test
  void specWithFindings_isStillRendered_andExitsOne() throws IOException {
    Path spec =
        Files.writeString(
            acmeFolder().resolve("spec.yaml"), SPEC.replace("required: true", "requried: true"));

    CommandRun run = CommandRun.of("render", spec.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("    # url: http://localhost:8080\n");
    assertThat(run.err())
        .isEqualTo(
            spec
                + ":11:7: error: [spec-option-unknown-key] option `url` has the unknown key `requried`\n");
  }

  @Test
  void brokenYaml_isAFindingWithItsPosition() throws IOException {
    Path spec = Files.writeString(acmeFolder().resolve("spec.yaml"), "name: Acme\nfiles: [\n");

    CommandRun run = CommandRun.of("render", spec.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(spec + ":3:1: error: [spec-unreadable] cannot read spec.yaml: ");
  }

  @Test
  void missingSpec_isAUsageError() {
    CommandRun run = CommandRun.of("render", dir.resolve("nope.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not a file");
  }

  @Test
  void corpusSpec_withDdevTemplates_reproducesDdevsExample() throws IOException {
    Path fiddler = SharedReference.corpus().resolve("fiddler");
    Path templates = SharedReference.reference().resolve("ddev-templates");

    CommandRun run =
        CommandRun.of(
            "render", "--templates", templates.toString(), fiddler.resolve("spec.yaml").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(fiddler.resolve("conf.yaml.example")));
  }
}
