package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.util.stream.Stream;
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
        .contains("validate", "render", "verify", "sync", "import", "diff");
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
  void validate_printsSarif_withTheBuildsVersion() throws Exception {
    Result result =
        run(LAUNCHER, "validate", "--format", "sarif", "../example-check/assets/jvm_runtime");

    assertThat(result.exitCode()).isZero();
    JsonNode log = JsonMapper.builder().build().readTree(result.out());
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.at("/runs/0/tool/driver/version").asText()).isEqualTo(VERSION);
    assertThat(log.at("/runs/0/results").size()).isZero();
  }

  @Test
  void validate_withTheBaselineItWrote_passes_andRuleSetsLevels(@TempDir Path repo)
      throws Exception {
    Path acme = Files.createDirectories(repo.resolve("acme"));
    Files.writeString(
        acme.resolve("metadata.csv"),
        "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
            + "integration,short_name,curated_metric\n"
            + "acme.queue.depth,gauge,,byts,,Messages waiting.,0,acme,queue depth,\n");
    Path baseline = repo.resolve("ddassets-baseline.json");

    Result plain = run(LAUNCHER, "validate", acme.toString());
    Result record =
        run(LAUNCHER, "validate", "--write-baseline", baseline.toString(), acme.toString());
    Result known = run(LAUNCHER, "validate", "--baseline", baseline.toString(), acme.toString());
    Result unknownRule = run(LAUNCHER, "validate", "--rule", "metadata-unit=off", acme.toString());

    assertThat(plain.exitCode()).isEqualTo(1);
    assertThat(record.exitCode()).isZero();
    assertThat(record.err()).contains("Recorded 2 findings in " + baseline);
    assertThat(known.exitCode()).isZero();
    assertThat(known.out()).isEmpty();
    assertThat(known.err()).contains("0 errors, 0 warnings. 2 known findings left out (baseline).");
    assertThat(unknownRule.exitCode()).isEqualTo(2);
    assertThat(unknownRule.err())
        .contains("--rule: `metadata-unit` is not a rule id")
        .doesNotContain("Exception");
  }

  @Test
  void diff_ofAChangedCopy_classifiesEachChangeAndFailsOnTheBreakingOne(@TempDir Path work)
      throws Exception {
    Path committed = Path.of("../example-check/assets/jvm_runtime");
    copy(committed, work.resolve("old/jvm_runtime"));
    copy(committed, work.resolve("new/jvm_runtime"));
    Path metadata = work.resolve("new/jvm_runtime/metadata.csv");
    Files.writeString(
        metadata,
        Files.readString(metadata)
            .replace(
                "jvm_runtime.cpu.load,gauge,,fraction,", "jvm_runtime.cpu.load,gauge,,percent,")
            .replace("Classes currently loaded.", "Classes loaded right now."));

    Result same = runIn(work, "diff", "old", "old");
    Result changed = runIn(work, "diff", "old", "new");
    Result reported = runIn(work, "diff", "--fail-on", "none", "--format", "github", "old", "new");
    Result sarif = runIn(work, "diff", "--format", "sarif", "old", "new");

    assertThat(same.exitCode()).isZero();
    assertThat(same.out()).isEmpty();
    assertThat(same.err())
        .isEqualTo("Compared 1 integration: 0 changes (0 breaking, 0 notable, 0 additive).\n");
    assertThat(changed.exitCode()).isEqualTo(1);
    assertThat(changed.out())
        .isEqualTo(
            "new/jvm_runtime/metadata.csv:4:29: breaking: [metric-unit] metric"
                + " `jvm_runtime.cpu.load`: unit changed from `fraction` to `percent`\n"
                + "new/jvm_runtime/metadata.csv:2:35: notable: [metric-description] metric"
                + " `jvm_runtime.class.loaded`: description changed from `Classes currently"
                + " loaded.` to `Classes loaded right now.`\n");
    assertThat(changed.err())
        .isEqualTo("Compared 1 integration: 2 changes (1 breaking, 1 notable, 0 additive).\n");
    assertThat(sarif.exitCode()).isEqualTo(1);
    JsonNode log = JsonMapper.builder().build().readTree(sarif.out());
    assertThat(log.at("/runs/0/tool/driver/version").asText()).isEqualTo(VERSION);
    assertThat(log.at("/runs/0/results").findValuesAsText("ruleId"))
        .containsExactly("metric-unit", "metric-description");
    assertThat(
            log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("new/jvm_runtime/metadata.csv");
    assertThat(reported.exitCode()).isZero();
    assertThat(reported.out())
        .startsWith(
            "::error file=new/jvm_runtime/metadata.csv,line=4,col=29,title=metric-unit::metric"
                + " `jvm_runtime.cpu.load`: unit changed from `fraction` to `percent`\n");
  }

  @Test
  void diff_ofSomethingUnreadable_isOneLineAndExitTwo(@TempDir Path work) throws Exception {
    Files.writeString(work.resolve("release.jar"), "not a jar");

    Result result = runIn(work, "diff", "release.jar", "missing");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo("ddassets diff: release.jar is neither a folder nor a jar\n");
  }

  /** Runs the launcher in a working folder, so that paths print as the user typed them. */
  private static Result runIn(Path workingFolder, String... args)
      throws IOException, InterruptedException {
    return run(LAUNCHER.toAbsolutePath(), workingFolder, args);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
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
    try (var here = Files.list(Path.of(""))) {
      assertThat(here.map(Path::toString)).noneMatch(name -> name.startsWith("hs_err"));
    }
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
  void aRuntimeThatWritesNoArchive_isNotAskedAgainUntilTheJarChanges(@TempDir Path home)
      throws Exception {
    Path launcher = install(home);
    // Given last, this option keeps the JVM from writing the archive (into a folder that does not
    // exist, before Java 25); the command still runs.
    String nowhere = home.resolve("missing").resolve("none.jsa").toString();
    Map<String, String> noArchive =
        Map.of(
            "DDASSETS_JAVA_OPTS",
            Runtime.version().feature() >= 25
                ? "-XX:AOTMode=off"
                : "-XX:SharedArchiveFile=" + nowhere);

    assertPasses(run(launcher, noArchive, "validate", EXAMPLE));
    Path failed = failedMarker(home);
    long jar = Files.getLastModifiedTime(home.resolve("ddassets.jar")).toMillis();
    FileTime marked = FileTime.fromMillis(jar + 1_000);
    Files.setLastModifiedTime(failed, marked);

    assertPasses(run(launcher, noArchive, "validate", EXAMPLE));
    assertThat(Files.getLastModifiedTime(failed)).as("not tried again").isEqualTo(marked);

    // As after a rebuild: a newer jar is worth another attempt, which succeeds.
    Files.setLastModifiedTime(home.resolve("ddassets.jar"), FileTime.fromMillis(jar + 60_000));
    assertPasses(run(launcher, "validate", EXAMPLE));
    assertRecorded(archive(home));
    assertThat(failed).doesNotExist();
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
      // An ahead-of-time cache on Java 25 and later, a CDS archive before.
      String kind = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
      List<Path> archives = files.filter(f -> f.toString().endsWith(kind)).toList();
      assertThat(archives).hasSize(1);
      return archives.get(0);
    }
  }

  /** The mark the launcher leaves when the running Java wrote no archive. */
  private static Path failedMarker(Path home) throws IOException {
    try (var files = Files.list(home.resolve("cds"))) {
      List<Path> all = files.toList();
      assertThat(all).as("no archive, only the mark").hasSize(1);
      assertThat(all.get(0).toString()).endsWith(".failed");
      return all.get(0);
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
    return run(launcher, null, Map.of(), args);
  }

  private static Result run(Path launcher, Path workingFolder, String... args)
      throws IOException, InterruptedException {
    return run(launcher, workingFolder, Map.of(), args);
  }

  private static Result run(Path launcher, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    return run(launcher, null, environment, args);
  }

  private static Result run(
      Path launcher, Path workingFolder, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (workingFolder != null) {
      builder.directory(workingFolder.toFile());
    }
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
