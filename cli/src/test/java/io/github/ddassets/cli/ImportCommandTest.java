package io.github.ddassets.cli;

import static io.github.ddassets.core.testing.Symlinks.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  @TempDir Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ImportCommandTest.class.getResource("/imports/" + name).toURI());
  }

  private static List<String> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void folder_isWrittenAsCheckClassAndBaseManifest() throws Exception {
    Path out = dir.resolve("src/main/java");

    CommandRun run =
        CommandRun.of(
            "import", fixture("acme").toString(), "--package", "com.acme", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(files(out))
        .containsExactly("com/acme/AcmeCheck.java", "com/acme/acme.manifest.json");
    assertThat(run.out().lines())
        .containsExactly(
            out.resolve("com/acme/AcmeCheck.java").toString().replace('\\', '/'),
            out.resolve("com/acme/acme.manifest.json").toString().replace('\\', '/'));
    assertThat(run.err()).isEqualTo("Imported acme: 2 files written in " + out + "\n");
    assertThat(Files.readString(out.resolve("com/acme/AcmeCheck.java")))
        .contains("public final class AcmeCheck {")
        .contains("manifest = \"com/acme/acme.manifest.json\"");
  }

  @Test
  void repositoryLayout_isImportedLikeTheFlatOne() throws Exception {
    Path acme = Files.createDirectories(dir.resolve("integrations/acme/assets"));
    Path flat = fixture("acme");
    Files.copy(flat.resolve("manifest.json"), acme.resolveSibling("manifest.json"));
    Files.copy(flat.resolve("metadata.csv"), acme.resolveSibling("metadata.csv"));
    Files.copy(flat.resolve("service_checks.json"), acme.resolve("service_checks.json"));
    Path fromFlat = dir.resolve("flat");
    Path fromRepository = dir.resolve("repository");

    CommandRun.of("import", flat.toString(), "--package", "com.acme", "--out", fromFlat.toString());
    CommandRun run =
        CommandRun.of(
            "import",
            acme.getParent().toString(),
            "--package",
            "com.acme",
            "--out",
            fromRepository.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(files(fromRepository)).isEqualTo(files(fromFlat));
    for (String file : files(fromFlat)) {
      assertThat(Files.readString(fromRepository.resolve(file)))
          .isEqualTo(Files.readString(fromFlat.resolve(file)));
    }
  }

  @Test
  void whatTheGeneratedFilesWillNotSay_isNoted() throws Exception {
    Path flat = fixture("acme");
    Path tile = Files.createDirectories(dir.resolve("tile"));
    ObjectNode manifest =
        (ObjectNode) new ObjectMapper().readTree(flat.resolve("manifest.json").toFile());
    ((ObjectNode) manifest.get("assets")).remove("integration");
    Files.writeString(tile.resolve("manifest.json"), manifest.toPrettyString());
    Files.copy(flat.resolve("service_checks.json"), tile.resolve("service_checks.json"));
    Path out = dir.resolve("out");

    CommandRun withoutIntegration =
        CommandRun.of("import", tile.toString(), "--package", "p", "--out", out.toString());

    assertThat(withoutIntegration.exitCode()).isZero();
    assertThat(withoutIntegration.err().lines())
        .contains(
            "note: the manifest has no assets.integration: service_checks.json is not generated"
                + " for such an integration (a tile without data of its own)",
            "note: manifest.json is generated in another layout (keys in ddev's order, as"
                + " Python's json.dumps writes them): line 2: `  \"manifest_version\" :"
                + " \"2.0.0\",` became `  \"manifest_version\": \"2.0.0\",`");
    assertThat(
            CommandRun.of("import", flat.toString(), "--package", "p", "--out", out.toString())
                .err())
        .doesNotContain("note:");
  }

  @Test
  void anEmptySampleTagsColumnAndHandOrderedRows_comeBackThroughLayoutFlags() throws Exception {
    Path flat = fixture("acme");
    Path tags = copyOfAcme();
    List<String> rows = Files.readAllLines(flat.resolve("metadata.csv"));
    StringBuilder reordered = new StringBuilder(rows.get(0)).append(",sample_tags\n");
    for (int i = rows.size() - 1; i > 0; i--) {
      reordered.append(rows.get(i)).append(",\n");
    }
    Files.writeString(tags.resolve("metadata.csv"), reordered);
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.of("import", tags.toString(), "--package", "p", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("note:");
    assertThat(Files.readString(out.resolve("p/AcmeCheck.java")))
        .contains(
            "@Layout(\n    metricsInDeclarationOrder = true,\n    sampleTagsColumn = true\n)");
  }

  @Test
  void anEmptyObjectServiceChecksFile_comesBackThroughALayoutFlag() throws Exception {
    Path acme = copyOfAcme();
    Files.writeString(acme.resolve("service_checks.json"), "{}\n");
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.of("import", acme.toString(), "--package", "p", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("note:");
    assertThat(Files.readString(out.resolve("p/AcmeCheck.java")))
        // The fixture's rows are hand-ordered too.
        .contains(
            "@Layout(\n    emptyServiceChecksObject = true,\n    metricsInDeclarationOrder = true\n)")
        .doesNotContain("@ServiceCheck(");
  }

  @Test
  void aDefectTheAnnotationsCanState_isImportedAsItIs_andReportedAsAWarning() throws Exception {
    Path acme = copyOfAcme();
    String description =
        "Monitor Acme queues and workers: their depth, their rates, their errors and latencies.";
    Files.writeString(
        acme.resolve("manifest.json"),
        Files.readString(acme.resolve("manifest.json"))
            .replace("Monitor Acme queues and workers.", description));
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.of("import", acme.toString(), "--package", "p", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out().lines())
        .containsExactly(
            acme
                + "/manifest.json:11:20: warning: [manifest-description-too-long]"
                + " tile.description has 86 characters, at most 80 are allowed",
            out + "/p/AcmeCheck.java",
            out + "/p/acme.manifest.json");
    assertThat(run.err())
        .isEqualTo(
            "Imported acme: 2 files written in "
                + out
                + "\n1 error that ddev reports in the folder came along (printed above as"
                + " warnings): the build refuses those the Java states until they are fixed"
                + " there; the notes say what was left out.\n");
    assertThat(Files.readString(out.resolve("p/AcmeCheck.java")))
        .contains("description = \"" + description + "\"");
  }

  /** A copy of the acme fixture, to change a file of. */
  private Path copyOfAcme() throws IOException, URISyntaxException {
    Path copy = Files.createDirectories(dir.resolve("acme"));
    for (String file : List.of("manifest.json", "metadata.csv", "service_checks.json")) {
      Files.copy(fixture("acme").resolve(file), copy.resolve(file));
    }
    return copy;
  }

  @Test
  void classOption_namesTheCheckClass() throws Exception {
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.of(
            "import",
            fixture("acme").toString(),
            "--package",
            "org.example",
            "--class",
            "AcmeIntegration",
            "--out",
            out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(files(out))
        .containsExactly("org/example/AcmeIntegration.java", "org/example/acme.manifest.json");
  }

  @Test
  void brokenFolder_stopsWithFindingsAndWritesNothing() throws Exception {
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.of(
            "import",
            fixture("broken").toString(),
            "--package",
            "com.acme",
            "--out",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    String shown = fixture("broken").toString();
    // The unknown unit would be imported as it is (the build refuses it at @Metric(unit)); the
    // missing prefix cannot be stated by any annotation.
    assertThat(run.out().lines())
        .containsExactly(
            shown
                + "/metadata.csv:2:1: error: [metadata-prefix-missing] no metric prefix is known"
                + " for `broken`: set assets.integration.metrics.prefix in manifest.json (no"
                + " annotation can state this: correct it in the folder, then import again)");
    assertThat(run.err())
        .isEqualTo(
            "Checked 1 integration (profile ddev): 1 error, 0 warnings.\n"
                + "Nothing was written: fix the errors, then import again.\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void brokenFolder_leavesAnExistingOutputFolderUntouched() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("Keep.java"), "class Keep {}\n");

    CommandRun run =
        CommandRun.of(
            "import",
            fixture("broken").toString(),
            "--package",
            "com.acme",
            "--out",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(files(out)).containsExactly("Keep.java");
  }

  @Test
  void aLinkedPackageFolderInOut_isRefused_andNothingIsWritten() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/acme"));
    byte[] precious = "class Precious {}\n".getBytes(StandardCharsets.UTF_8);
    Files.write(elsewhere.resolve("AcmeCheck.java"), precious);
    Path out = Files.createDirectories(dir.resolve("out"));
    link(out.resolve("com"), dir.resolve("elsewhere"));

    CommandRun run =
        CommandRun.of(
            "import", fixture("acme").toString(), "--package", "com.acme", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "refusing to write "
                + out.resolve("com/acme/AcmeCheck.java")
                + ": "
                + out.resolve("com")
                + " is a symbolic link, and ddassets never follows links inside the output folder "
                + out
                + ". Nothing was written.\n");
    assertThat(elsewhere.resolve("AcmeCheck.java")).hasBinaryContent(precious);
    assertThat(entries(dir.resolve("elsewhere"))).containsExactly("acme", "acme/AcmeCheck.java");
    assertThat(entries(out)).containsExactly("com");
  }

  @Test
  void aFolderWhereTheCheckClassGoes_isRefused_andKeptWithItsContents() throws Exception {
    Path out = dir.resolve("out");
    Path inTheWay = Files.createDirectories(out.resolve("com/acme/AcmeCheck.java"));
    Files.writeString(inTheWay.resolve("Keep.java"), "class Keep {}\n");

    CommandRun run =
        CommandRun.of(
            "import", fixture("acme").toString(), "--package", "com.acme", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "refusing to write "
                + inTheWay
                + ": a folder stands there, and ddassets never deletes a folder to write a file;"
                + " move it away first. Nothing was written.\n");
    assertThat(inTheWay.resolve("Keep.java")).hasContent("class Keep {}\n");
    assertThat(entries(out))
        .containsExactly(
            "com", "com/acme", "com/acme/AcmeCheck.java", "com/acme/AcmeCheck.java/Keep.java");
  }

  @Test
  void anOutThatIsALink_isWrittenThrough() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path alias = link(dir.resolve("alias"), real);

    CommandRun run =
        CommandRun.of(
            "import",
            fixture("acme").toString(),
            "--package",
            "com.acme",
            "--out",
            alias.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(files(real))
        .containsExactly("com/acme/AcmeCheck.java", "com/acme/acme.manifest.json");
  }

  @Test
  void anOutSpelledWithDotDot_writesIntoTheFolderItNames() throws Exception {
    Files.createDirectories(dir.resolve("src/tmp"));
    String out = Path.of("").toAbsolutePath().relativize(dir.resolve("src/tmp")) + "/..";

    CommandRun run =
        CommandRun.of("import", fixture("acme").toString(), "--package", "com.acme", "--out", out);

    assertThat(run.exitCode()).isZero();
    assertThat(files(dir.resolve("src")))
        .containsExactly("com/acme/AcmeCheck.java", "com/acme/acme.manifest.json");
  }

  /** Every file, folder and link below a folder, links not followed. */
  private static List<String> entries(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> !path.equals(root))
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void findings_canBePrintedAsJson() throws Exception {
    CommandRun run =
        CommandRun.of(
            "import",
            fixture("broken").toString(),
            "--package",
            "com.acme",
            "--out",
            dir.resolve("out").toString(),
            "--format",
            "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"rule\" : \"metadata-prefix-missing\"")
        .contains("\"line\" : 2");
  }

  @Test
  void badPackage_isAUsageError() throws Exception {
    CommandRun run =
        CommandRun.of(
            "import",
            fixture("acme").toString(),
            "--package",
            "com.acme.1st",
            "--out",
            dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("--package com.acme.1st is not a Java package name");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void badClassName_isAUsageError() throws Exception {
    CommandRun run =
        CommandRun.of(
            "import",
            fixture("acme").toString(),
            "--package",
            "com.acme",
            "--class",
            "class",
            "--out",
            dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("--class class is not a Java class name");
  }

  @Test
  void folderWithoutAssets_isAUsageError() {
    CommandRun run =
        CommandRun.of(
            "import",
            dir.toString(),
            "--package",
            "com.acme",
            "--out",
            dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            dir
                + " is not an integration folder (no manifest.json, metadata.csv,"
                + " service_checks.json or spec.yaml)");
  }

  @Test
  void missingOptions_areUsageErrors() throws Exception {
    CommandRun run = CommandRun.of("import", fixture("acme").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing required options: '--package=PACKAGE', '--out=DIR'");
  }

  @Test
  void help_listsTheOptionsAndExitCodes() {
    CommandRun run = CommandRun.of("import", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: ddassets import ")
        .contains("--package=PACKAGE", "--out=DIR", "--class=NAME", "--javadoc", "--templates=DIR")
        .contains("Exit codes:")
        .contains("1   the folder cannot be imported; nothing was written")
        .contains("3   the sources were written, with the errors ddev reports in the folder");
  }

  @Test
  void everyCommand_hasHelp() {
    for (String command : List.of("validate", "render", "verify", "sync", "import")) {
      CommandRun run = CommandRun.of("help", command);
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: ddassets " + command);
    }
    assertThat(CommandRun.of("--help").out())
        .contains("validate", "render", "verify", "sync", "import");
  }
}
