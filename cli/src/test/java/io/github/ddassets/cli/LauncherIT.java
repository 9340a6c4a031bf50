package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code ddassets} launcher as a process, the way a user on a shell runs it after
 * the main job: the script beside {@code target/ddassets.jar}, directly and through a link on PATH.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the POSIX launcher; ddassets.cmd is its twin")
class LauncherIT {

  private static final Path LAUNCHER = Path.of(System.getProperty("ddassets.launcher"));
  private static final String VERSION = System.getProperty("ddassets.version");

  @Test
  void version_printsTheBuildsVersion() throws Exception {
    Result result = run(LAUNCHER, "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("ddassets " + VERSION + "\n");
  }

  @Test
  void aLinkOnPath_findsTheJarBesideTheScript(@TempDir Path bin) throws Exception {
    Path link = Files.createSymbolicLink(bin.resolve("ddassets"), LAUNCHER.toAbsolutePath());

    Result result = run(link, "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("ddassets " + VERSION + "\n");
  }

  @Test
  void generateCompletion_printsABashCompletionScriptForEveryCommand() throws Exception {
    Result result = run(LAUNCHER, "generate-completion");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("complete -F _complete_ddassets")
        .contains("validate", "render", "verify", "sync", "import");
  }

  @Test
  void validate_ofACommittedFolder_passes() throws Exception {
    Result result =
        run(LAUNCHER, "validate", "--profile", "ddev", "../example-check/assets/jvm_runtime");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out() + result.err())
        .contains("Checked 1 integration (profile ddev): 0 errors, 0 warnings.");
  }

  @Test
  void aMissingPath_isOneSentenceAndExitTwo() throws Exception {
    Result result = run(LAUNCHER, "validate", "no-such-folder");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no-such-folder").doesNotContain("Exception", "\tat ");
  }

  @Test
  void import_ofAFolderWithADefect_writesTheJavaWarnsAndExitsThree(@TempDir Path work)
      throws Exception {
    Path fixture = Path.of("src/test/resources/imports/acme");
    Path folder = Files.createDirectories(work.resolve("acme"));
    Files.copy(fixture.resolve("metadata.csv"), folder.resolve("metadata.csv"));
    Files.copy(fixture.resolve("service_checks.json"), folder.resolve("service_checks.json"));
    Files.writeString(
        folder.resolve("manifest.json"),
        Files.readString(fixture.resolve("manifest.json"))
            .replace(
                "Monitor Acme queues and workers.",
                "Monitor Acme queues and workers: their depth, their rates, their errors and"
                    + " latencies."));
    Path out = work.resolve("src");

    Result result =
        run(
            LAUNCHER,
            "import",
            "--package",
            "com.acme",
            "--out",
            out.toString(),
            folder.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out())
        .contains("warning: [manifest-description-too-long]")
        .contains(out.resolve("com/acme/AcmeCheck.java").toString());
    assertThat(result.err())
        .contains("Imported acme: 2 files written")
        .contains("the build refuses those the Java states until they are fixed there")
        .doesNotContain("Exception");
    assertThat(Files.readString(out.resolve("com/acme/AcmeCheck.java")))
        .contains("their depth, their rates, their errors and latencies.");
  }

  private static Result run(Path launcher, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  private record Result(int exitCode, String out, String err) {}
}
