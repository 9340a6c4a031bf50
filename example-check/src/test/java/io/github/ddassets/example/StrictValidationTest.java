package io.github.ddassets.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ddassets validate --profile strict} finds nothing in the example's assets. */
class StrictValidationTest {

  @Test
  void generatedAssets_passTheStrictProfile() {
    assertThat(validate(Path.of("target/classes", ClasspathAssets.ROOT)))
        .isEqualTo("Checked 1 integration (profile strict): 0 errors, 0 warnings.\n");
  }

  @Test
  void committedCopy_passesTheStrictProfile() {
    assertThat(validate(Path.of("assets/jvm_runtime")))
        .isEqualTo("Checked 1 integration (profile strict): 0 errors, 0 warnings.\n");
  }

  /** Validates a folder; returns the summary, the last line of stderr (no finding is printed). */
  private static String validate(Path folder) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Main.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));

    int code = command.execute("validate", "--profile", "strict", folder.toString());

    assertThat(out.toString()).isEmpty();
    assertThat(code).as(err.toString()).isZero();
    String[] lines = err.toString().split("\n");
    return lines[lines.length - 1] + "\n";
  }
}
