package io.github.ddassets.cli;

import static io.github.ddassets.core.testing.Symlinks.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
  void anExampleNameThatLeavesTheFolder_isAFinding_andNothingIsWritten_evenWithOutDotDot()
      throws IOException {
    // The reported case: `cd W/a && ddassets render --out .. spec.yaml`. The tests run in the
    // module's folder, so `..` is a real folder here; the escaping file would land beside it.
    Path escaped = Path.of("..").resolve("../escape.yaml");
    assumeFalse(Files.exists(escaped), escaped + " exists already");
    Path spec =
        Files.writeString(
            acmeFolder().resolve("spec.yaml"),
            SPEC.replace(
                "- name: acme.yaml\n", "- name: acme.yaml\n  example_name: ../escape.yaml\n"));

    CommandRun run = CommandRun.of("render", "--out", "..", spec.toString());

    try {
      assertThat(escaped).doesNotExist();
    } finally {
      Files.deleteIfExists(escaped);
    }
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            spec
                + ":4:17: error: [spec-file-invalid] file #1: example file name `../escape.yaml`"
                + " must be a plain file name, so that the example stays in its folder (it"
                + " contains `/`)\n");
    assertThat(Path.of("..").resolve("conf.yaml.example")).doesNotExist();
  }

  @Test
  void out_spelledWithDotDot_writesIntoTheFolderItNames() throws IOException {
    Path spec = Files.writeString(acmeFolder().resolve("spec.yaml"), SPEC);
    Files.createDirectories(dir.resolve("a/b"));
    // A relative --out that climbs out of the working folder and ends in `..`.
    String out = Path.of("").toAbsolutePath().relativize(dir.resolve("a/b")) + "/..";

    CommandRun run = CommandRun.of("render", "--out", out, spec.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("a/conf.yaml.example")).content().startsWith("## Servers.\n");
    assertThat(dir.resolve("a/b/conf.yaml.example")).doesNotExist();
    assertThat(run.err())
        .isEqualTo("wrote " + Path.of(out).resolve("conf.yaml.example").normalize() + "\n");
  }

  @Test
  void out_thatIsALink_isWrittenThrough() throws IOException {
    Path spec = Files.writeString(acmeFolder().resolve("spec.yaml"), SPEC);
    Path real = Files.createDirectories(dir.resolve("real"));
    Path alias = link(dir.resolve("alias"), real);

    CommandRun run = CommandRun.of("render", "--out", alias.toString(), spec.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(real.resolve("conf.yaml.example")).content().startsWith("## Servers.\n");
    assertThat(run.err()).isEqualTo("wrote " + alias.resolve("conf.yaml.example") + "\n");
  }

  @Test
  void aLinkedExampleFileInOut_isRefused_andWhatItPointsAtIsUntouched() throws IOException {
    Path spec = Files.writeString(acmeFolder().resolve("spec.yaml"), SPEC);
    byte[] precious = "precious\n".getBytes(StandardCharsets.UTF_8);
    Path secret = Files.write(dir.resolve("secret.yaml"), precious);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path linked = link(out.resolve("conf.yaml.example"), secret);

    CommandRun run = CommandRun.of("render", "--out", out.toString(), spec.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "refusing to write "
                + linked
                + ": it is a symbolic link, and ddassets never follows links inside the output"
                + " folder "
                + out
                + ". Nothing was written.\n");
    assertThat(secret).hasBinaryContent(precious);
    assertThat(Files.isSymbolicLink(linked)).isTrue();
  }

  @Test
  void aFolderWhereTheExampleGoes_isRefused_andKept() throws IOException {
    Path spec = Files.writeString(acmeFolder().resolve("spec.yaml"), SPEC);
    Path inTheWay = Files.createDirectories(dir.resolve("out/conf.yaml.example"));
    Files.writeString(inTheWay.resolve("keep.txt"), "keep");

    CommandRun run =
        CommandRun.of("render", "--out", dir.resolve("out").toString(), spec.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "refusing to write "
                + inTheWay
                + ": a folder stands there, and ddassets never deletes a folder to write a file;"
                + " move it away first. Nothing was written.\n");
    assertThat(inTheWay.resolve("keep.txt")).hasContent("keep");
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
