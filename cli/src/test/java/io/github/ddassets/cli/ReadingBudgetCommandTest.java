package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ddassets.core.testing.Fifos;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command ends every input with exit code 0, 1 or 2 and located messages: inputs over the
 * reading budget (docs/limits.md), recursive YAML, looping templates, FIFOs and devices given as
 * files. The hang guards are far above the second a run takes.
 */
class ReadingBudgetCommandTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  @TempDir Path dir;

  private static CommandRun run(String... args) {
    CommandRun run = assertTimeoutPreemptively(HANG_GUARD, () -> CommandRun.of(args));
    assertThat(run.out() + run.err())
        .doesNotContain("Exception")
        .doesNotContain("Error:")
        .doesNotContain("\tat ")
        .doesNotContain("This is a bug");
    return run;
  }

  /** An integration folder {@code acme} holding a spec (flat layout). */
  private Path acme(String spec) throws IOException {
    Path acme = Files.createDirectories(dir.resolve("acme"));
    Files.writeString(acme.resolve("spec.yaml"), spec);
    return acme;
  }

  private static String spec(String options) {
    return "name: Acme\nfiles:\n- name: acme.yaml\n  options:\n" + options;
  }

  @Test
  void recursiveAlias_isALocatedFinding_inValidateRenderAndImport() throws IOException {
    Path acme = acme("name: Acme\nx: &a [*a]\nfiles:\n- name: acme.yaml\n  options: []\n");
    String finding =
        acme.resolve("spec.yaml")
            + ":2:8: error: [spec-unreadable] cannot read spec.yaml: the alias *a is inside the"
            + " node it names: recursive documents are not supported";

    CommandRun validate = run("validate", acme.toString());
    CommandRun render = run("render", acme.resolve("spec.yaml").toString());
    CommandRun imported =
        run(
            "import",
            acme.toString(),
            "--package",
            "com.acme",
            "--out",
            dir.resolve("out").toString());

    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out()).contains(finding);
    assertThat(render.exitCode()).isEqualTo(1);
    assertThat(render.err()).isEqualTo(finding + "\n");
    assertThat(imported.exitCode()).isEqualTo(1);
    assertThat(imported.out()).contains(finding);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aliasFanOut_isRefusedWhereItOutgrowsTheBudget() throws IOException {
    StringBuilder text = new StringBuilder("name: Acme\na0: &a0 [x, y, z]\n");
    for (int i = 1; i <= 16; i++) {
      String previous = "*a" + (i - 1);
      text.append("a").append(i).append(": &a").append(i).append(" [");
      text.append(String.join(", ", previous, previous, previous)).append("]\n");
    }
    text.append("files:\n- name: acme.yaml\n  options: []\n");
    Path spec = acme(text.toString()).resolve("spec.yaml");

    CommandRun render = run("render", spec.toString());

    assertThat(render.exitCode()).isEqualTo(1);
    assertThat(render.err())
        .isEqualTo(
            spec
                + ":11:15: error: [spec-unreadable] cannot read spec.yaml: the document holds more"
                + " than 100000 values once its aliases are expanded (an alias bomb?)\n");
  }

  @Test
  void templateIncludingItself_isAFindingNamingTheChain() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates/instances"));
    Files.writeString(templates.resolve("loop.yaml"), "- template: instances/loop\n");
    Path acme = acme(spec("  - template: instances/loop\n"));
    String finding =
        templates.resolve("loop.yaml")
            + ":1:13: error: [spec-template-unknown] file `acme.yaml`, option #1: template"
            + " `instances/loop` includes itself: instances/loop -> instances/loop";

    CommandRun render =
        run(
            "render",
            "--templates",
            dir.resolve("templates").toString(),
            acme.resolve("spec.yaml").toString());
    CommandRun validate =
        run("validate", "--templates", dir.resolve("templates").toString(), acme.toString());

    assertThat(render.exitCode()).isEqualTo(1);
    assertThat(render.err()).contains(finding);
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out()).contains(finding);
  }

  @Test
  void hugeComment_isRefusedByTheBudget() throws IOException {
    Path acme = acme("name: Acme\n# " + "x".repeat(5_000_000) + "\nfiles: []\n");

    CommandRun validate = run("validate", acme.toString());

    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out())
        .contains(
            acme.resolve("spec.yaml")
                + ": error: [spec-unreadable] cannot read spec.yaml: is larger than 4194304 bytes"
                + " (4 MiB), the most ddassets reads from one file");
  }

  @Test
  void longComment_isRefusedWhereTheCharacterBudgetEnds() throws IOException {
    Path acme = acme("name: Acme\n# " + "x".repeat(2_000_000) + "\nfiles: []\n");

    CommandRun render = run("render", acme.resolve("spec.yaml").toString());

    assertThat(render.exitCode()).isEqualTo(1);
    assertThat(render.err())
        .isEqualTo(
            acme.resolve("spec.yaml")
                + ":2:1048566: error: [spec-unreadable] cannot read spec.yaml: the document is"
                + " longer than 1048576 characters (comments included), the most ddassets"
                + " reads\n");
  }

  @Test
  void malformedOptions_areLocatedFindings_notABug() throws IOException {
    String[][] cases = {
      {
        "  - null\n",
        ":5:5: error: [spec-option-invalid] file `acme.yaml`, option #1 must be a" + " mapping"
      },
      {
        "  - just text\n",
        ":5:5: error: [spec-option-invalid] file `acme.yaml`, option #1 must be" + " a mapping"
      },
      {
        "  - name: a\n    description: A.\n    value:\n",
        ":7:5: error: [spec-option-invalid] file" + " `acme.yaml`, a: `value` must be a mapping"
      },
      {
        "  - name: a\n    description: A.\n    options:\n",
        ":7:5: error: [spec-option-invalid]" + " file `acme.yaml`, a: `options` must be a list"
      },
    };
    for (String[] input : cases) {
      Path spec = acme(spec(input[0])).resolve("spec.yaml");

      CommandRun render = run("render", spec.toString());
      CommandRun validate = run("validate", dir.resolve("acme").toString());

      assertThat(render.exitCode()).as(input[0]).isEqualTo(1);
      assertThat(render.err()).as(input[0]).contains(spec + input[1]);
      assertThat(validate.exitCode()).as(input[0]).isEqualTo(1);
      assertThat(validate.out()).as(input[0]).contains(spec + input[1]);
    }
  }

  @Test
  void optionsThatAreANumber_isALocatedFinding() throws IOException {
    Path spec = acme("name: Acme\nfiles:\n- name: acme.yaml\n  options: 5\n").resolve("spec.yaml");

    CommandRun render = run("render", spec.toString());

    assertThat(render.exitCode()).isEqualTo(1);
    assertThat(render.err())
        .isEqualTo(
            spec + ":4:3: error: [spec-file-invalid] file `acme.yaml`: `options` must be a list\n");
  }

  @Test
  void repoConfigThatIsADevice_isAUsageError() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "this system has no /dev/zero");
    Path acme = acme(spec("  []\n"));

    CommandRun validate = run("validate", "--repo-config", zero.toString(), acme.toString());

    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err())
        .startsWith(
            "cannot read /dev/zero: is not a regular file (a device, a FIFO or a socket)\n");
  }

  @Test
  void repoConfigThatIsAFifo_isAUsageError_notAHang() throws IOException {
    Path fifo = Fifos.create(dir.resolve("config.toml"));
    Path acme = acme(spec("  []\n"));

    CommandRun validate = run("validate", "--repo-config", fifo.toString(), acme.toString());
    CommandRun imported =
        run(
            "import",
            acme.toString(),
            "--repo-config",
            fifo.toString(),
            "--package",
            "com.acme",
            "--out",
            dir.resolve("out").toString());

    assertThat(validate.exitCode()).isEqualTo(2);
    assertThat(validate.err())
        .startsWith(
            "cannot read " + fifo + ": is not a regular file (a device, a FIFO or a socket)");
    assertThat(imported.exitCode()).isEqualTo(2);
    assertThat(imported.err())
        .startsWith(
            "cannot read " + fifo + ": is not a regular file (a device, a FIFO or a socket)");
  }

  @Test
  void specThatIsAFifo_isAUsageError_notAHang() throws IOException {
    Path fifo = Fifos.create(dir.resolve("spec.yaml"));

    CommandRun render = run("render", fifo.toString());

    assertThat(render.exitCode()).isEqualTo(2);
    assertThat(render.err()).startsWith(fifo + " is not a file\n");
  }

  @Test
  void generatedFileOverTheByteBudget_isAUsageError() throws IOException {
    Path generated = Files.createDirectories(dir.resolve("classes/META-INF/datadog/acme"));
    try (RandomAccessFile sparse =
        new RandomAccessFile(generated.resolve("metadata.csv").toFile(), "rw")) {
      sparse.setLength(5L * 1024 * 1024);
    }

    CommandRun verify =
        run("verify", dir.resolve("classes").toString(), dir.resolve("committed").toString());

    assertThat(verify.exitCode()).isEqualTo(2);
    assertThat(verify.err())
        .startsWith(
            "cannot read the generated files in "
                + dir.resolve("classes")
                + ": is larger than 4194304 bytes (4 MiB), the most ddassets reads from one file");
  }
}
