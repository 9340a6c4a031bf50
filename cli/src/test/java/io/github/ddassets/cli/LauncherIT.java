package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
  void aMissingArchive_isWrittenByTheFirstValidateAndUsedByTheNext(@TempDir Path home)
      throws Exception {
    Path launcher = install(home);

    Result first = run(launcher, "validate", EXAMPLE);
    Result second = run(launcher, "validate", EXAMPLE);

    assertThat(first).isEqualTo(second);
    assertPasses(first);
    assertRecorded(archive(home));
    try (var left = Files.list(home.resolve("cds"))) {
      assertThat(left).as("no temporary archive is left behind").hasSize(2);
    }
  }

  @Test
  void anArchiveOfGarbage_isIgnored(@TempDir Path home) throws Exception {
    Path launcher = install(home);
    run(launcher, "validate", EXAMPLE);
    Path archive = archive(home);
    byte[] garbage = new byte[(int) Files.size(archive)];
    Arrays.fill(garbage, (byte) 0x5a);
    overwrite(archive, garbage);

    Result result = run(launcher, "validate", "--format", "json", EXAMPLE);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("{").doesNotContain("cds", "shared archive");
    assertThat(result.err()).doesNotContain("cds", "shared archive");
  }

  @Test
  void aTruncatedArchive_isNotUsedButWrittenAgain(@TempDir Path home) throws Exception {
    Path launcher = install(home);
    run(launcher, "validate", EXAMPLE);
    Path archive = archive(home);
    // A runtime that maps a truncated archive can crash: the recorded size keeps it out of use.
    overwrite(archive, Arrays.copyOf(Files.readAllBytes(archive), 100_000));

    Result result = run(launcher, "validate", EXAMPLE);

    assertPasses(result);
    assertThat(Files.size(archive)).isGreaterThan(100_000);
    assertRecorded(archive);
  }

  @Test
  void anArchiveOfAnotherJavaVersion_isIgnored(@TempDir Path home) throws Exception {
    Path launcher = install(home);
    run(launcher, "validate", EXAMPLE);
    Path archive = archive(home);
    byte[] bytes = Files.readAllBytes(archive);
    // The archive header's format version (after the magic number and the checksum): another
    // Java version's archive differs there, and the runtime must turn it down quietly.
    bytes[8] = 0x7f;
    bytes[9] = 0x7f;
    overwrite(archive, bytes);

    Result result = run(launcher, "validate", EXAMPLE);

    assertPasses(result);
    assertThat(result.out() + result.err()).doesNotContain("archive");
  }

  @Test
  void anArchiveOlderThanTheJar_isWrittenAgain(@TempDir Path home) throws Exception {
    Path launcher = install(home);
    run(launcher, "validate", EXAMPLE);
    Path archive = archive(home);
    // As after a rebuild of the jar: the archive describes the classes of an older jar.
    long jar = Files.getLastModifiedTime(home.resolve("ddassets.jar")).toMillis();
    FileTime older = FileTime.fromMillis(jar - 60_000);
    Files.setLastModifiedTime(archive, older);

    Result result = run(launcher, "validate", EXAMPLE);

    assertPasses(result);
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(older);
    assertRecorded(archive);
  }

  @Test
  void cdsOff_writesNoArchive(@TempDir Path home) throws Exception {
    Path launcher = install(home);

    Result result = run(launcher, Map.of("DDASSETS_CDS", "off"), "validate", EXAMPLE);

    assertPasses(result);
    assertThat(home.resolve("cds")).doesNotExist();
  }

  @Test
  void otherCommands_neitherNeedNorWriteAnArchive(@TempDir Path home) throws Exception {
    Path launcher = install(home);

    Result result = run(launcher, "--version");

    assertThat(result.out()).isEqualTo("ddassets " + VERSION + "\n");
    assertThat(home.resolve("cds")).isEmptyDirectory();
  }

  private static final String EXAMPLE = "../example-check/assets/jvm_runtime";

  private static void assertPasses(Result result) {
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "Example files were not compared with their specs: pass --templates <ddev templates"
                + " folder> to compare them with ddev's rendering.\n"
                + "Checked 1 integration (profile strict): 0 errors, 0 warnings.\n");
  }

  /** A copy of the launcher and its jar in a folder of their own, with no archive yet. */
  private static Path install(Path home) throws IOException {
    // The launcher keeps an archive only on a runtime that has a base CDS archive (the usual
    // JDK builds do); elsewhere it runs without one, which the other tests cover.
    assumeTrue(
        Files.isRegularFile(Path.of(System.getProperty("java.home"), "lib/server/classes.jsa")),
        "this Java runtime has no base CDS archive");
    Path launcher = home.resolve("ddassets");
    Files.copy(LAUNCHER, launcher);
    Files.copy(LAUNCHER.resolveSibling("ddassets.jar"), home.resolve("ddassets.jar"));
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    return launcher;
  }

  /** The one archive the launcher keeps for the running Java. */
  private static Path archive(Path home) throws IOException {
    try (var files = Files.list(home.resolve("cds"))) {
      List<Path> archives = files.filter(f -> f.toString().endsWith(".jsa")).toList();
      assertThat(archives).hasSize(1);
      return archives.get(0);
    }
  }

  /** The archive is complete and its size is recorded beside it. */
  private static void assertRecorded(Path archive) throws IOException {
    assertThat(archive).isNotEmptyFile();
    assertThat(Path.of(archive + ".size")).content().isEqualTo(Files.size(archive) + "\n");
  }

  private static void overwrite(Path file, byte[] bytes) throws IOException {
    Path replacement = file.resolveSibling("replacement");
    Files.write(replacement, bytes);
    Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Result run(Path launcher, String... args)
      throws IOException, InterruptedException {
    return run(launcher, Map.of(), args);
  }

  private static Result run(Path launcher, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    // The launcher runs on the Java that runs the tests, so that both JDKs of the build are covered.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("DDASSETS_JAVA_OPTS");
    builder.environment().putAll(environment);
    Process process = builder.start();
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
