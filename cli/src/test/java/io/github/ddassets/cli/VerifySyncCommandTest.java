package io.github.ddassets.cli;

import static io.github.ddassets.core.testing.Symlinks.link;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifySyncCommandTest {

  private static final String METADATA =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
          + "integration,short_name,curated_metric,sample_tags\n"
          + "acme.queue.depth,gauge,,message,,Messages waiting.,0,acme,queue depth,,\n";

  private static final String SERVICE_CHECKS = "[]\n";

  private static final String FRAGMENT =
      """
      {
        "assets": {
          "integration": {
            "source_type_name": "Acme",
            "metrics": {
              "prefix": "acme.",
              "check": [
                "acme.queue.depth"
              ],
              "metadata_path": "metadata.csv"
            }
          }
        }
      }""";

  @TempDir Path dir;

  private Path classes;
  private Path generated;
  private Path committed;

  @BeforeEach
  void generatedFiles() throws IOException {
    classes = dir.resolve("target/classes");
    generated = Files.createDirectories(classes.resolve("META-INF/datadog/acme"));
    Files.writeString(generated.resolve("metadata.csv"), METADATA);
    Files.createDirectories(generated.resolve("assets"));
    Files.writeString(generated.resolve("assets/service_checks.json"), SERVICE_CHECKS);
    Files.writeString(generated.resolve("manifest.fragment.json"), FRAGMENT);
    committed = dir.resolve("repo");
  }

  @Test
  void sync_writesEveryFileButTheFragment_thenVerifyPasses() throws IOException {
    CommandRun sync = CommandRun.of("sync", classes.toString(), committed.toString());

    assertThat(sync.exitCode()).isZero();
    assertThat(sync.out())
        .isEqualTo("updated acme/assets/service_checks.json\nupdated acme/metadata.csv\n");
    assertThat(sync.err()).isEqualTo("Updated 2 files in " + committed + ".\n");
    assertThat(Files.readString(committed.resolve("acme/metadata.csv"))).isEqualTo(METADATA);
    assertThat(committed.resolve("acme/manifest.fragment.json")).doesNotExist();

    CommandRun verify = CommandRun.of("verify", classes.toString(), committed.toString());
    assertThat(verify.exitCode()).isZero();
    assertThat(verify.out()).isEmpty();
    assertThat(verify.err())
        .isEqualTo(
            "Checked 1 integration: the committed copy in " + committed + " is up to date.\n");

    CommandRun again = CommandRun.of("sync", classes.toString(), committed.toString());
    assertThat(again.out()).isEmpty();
    assertThat(again.err())
        .isEqualTo("The committed copy in " + committed + " was already up to date.\n");
  }

  @Test
  void sync_refusesALinkedIntegrationFolder_andLeavesWhatItPointsAtUntouched() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    byte[] precious = "precious\n".getBytes(StandardCharsets.UTF_8);
    Files.write(elsewhere.resolve("metadata.csv"), precious);
    Files.createDirectories(committed);
    link(committed.resolve("acme"), elsewhere);

    CommandRun sync = CommandRun.of("sync", classes.toString(), committed.toString());

    assertThat(sync.exitCode()).isEqualTo(1);
    assertThat(sync.out()).isEmpty();
    assertThat(sync.err())
        .isEqualTo(
            "ddassets: cannot write the files of acme to "
                + committed
                + ": refusing to write "
                + committed.resolve("acme/assets/service_checks.json")
                + ": "
                + committed.resolve("acme")
                + " is a symbolic link, and ddassets never follows links inside the output folder "
                + committed
                + "\n");
    assertThat(elsewhere.resolve("metadata.csv")).hasBinaryContent(precious);
    assertThat(elsewhere.resolve("assets")).doesNotExist();
  }

  @Test
  void sync_neverReplacesAFolderByAFile() throws IOException {
    Path inTheWay = Files.createDirectories(committed.resolve("acme/metadata.csv"));
    Files.writeString(inTheWay.resolve("keep.txt"), "keep");

    CommandRun sync = CommandRun.of("sync", classes.toString(), committed.toString());

    assertThat(sync.exitCode()).isEqualTo(1);
    assertThat(sync.err())
        .isEqualTo(
            "ddassets: cannot write the files of acme to "
                + committed
                + ": refusing to write "
                + inTheWay
                + ": a folder stands there, and ddassets never deletes a folder to write a file;"
                + " move it away first\n");
    assertThat(inTheWay.resolve("keep.txt")).hasContent("keep");
    assertThat(committed.resolve("acme/assets")).doesNotExist();
  }

  @Test
  void sync_intoACommittedFolderThatIsALink_writesIntoItsTarget() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path alias = link(dir.resolve("alias"), real);

    CommandRun sync = CommandRun.of("sync", classes.toString(), alias.toString());

    assertThat(sync.exitCode()).isZero();
    assertThat(real.resolve("acme/metadata.csv")).hasContent(METADATA);
  }

  @Test
  void verify_showsADiffAndTheCommandThatFixesIt() throws IOException {
    CommandRun.of("sync", classes.toString(), committed.toString());
    Files.writeString(
        committed.resolve("acme/metadata.csv"), METADATA.replace("Messages", "Letters"));
    Files.delete(committed.resolve("acme/assets/service_checks.json"));

    CommandRun verify = CommandRun.of("verify", classes.toString(), committed.toString());

    assertThat(verify.exitCode()).isEqualTo(1);
    assertThat(verify.out())
        .contains(
            "error: [verify] acme/assets/service_checks.json is missing from " + committed + "\n")
        .contains(
            "error: [verify] acme/metadata.csv in "
                + committed
                + " differs from the generated file:\n"
                + "--- committed/acme/metadata.csv\n"
                + "+++ generated/acme/metadata.csv\n")
        .contains("-acme.queue.depth,gauge,,message,,Letters waiting.,0,acme,queue depth,,\n")
        .contains("+acme.queue.depth,gauge,,message,,Messages waiting.,0,acme,queue depth,,\n");
    assertThat(verify.err())
        .isEqualTo(
            "Checked 1 integration: 2 problems in "
                + committed
                + ".\nTo update the committed copy: ddassets sync "
                + classes
                + " "
                + committed
                + "\n");
  }

  @Test
  void verify_ignoresTheLineEndingsOfTheCommittedCopy() throws IOException {
    CommandRun.of("sync", classes.toString(), committed.toString());
    Files.writeString(committed.resolve("acme/metadata.csv"), METADATA.replace("\n", "\r\n"));

    assertThat(CommandRun.of("verify", classes.toString(), committed.toString()).exitCode())
        .isZero();
  }

  @Test
  void verify_checksAHandWrittenManifestAgainstTheFragment_andSyncLeavesItAlone()
      throws IOException {
    CommandRun.of("sync", classes.toString(), committed.toString());
    String handWritten =
        """
        {
          "assets": {
            "integration": {
              "source_type_name": "Acme",
              "metrics": {
                "prefix": "acme_",
                "check": ["acme.queue.depth"],
                "metadata_path": "metadata.csv"
              }
            }
          }
        }
        """;
    Path manifest = Files.writeString(committed.resolve("acme/manifest.json"), handWritten);

    CommandRun verify = CommandRun.of("verify", generated.toString(), committed.toString());

    assertThat(verify.exitCode()).isEqualTo(1);
    assertThat(verify.out())
        .isEqualTo(
            "error: [verify] acme/manifest.json:6:19 in "
                + committed
                + " disagrees with the code: /assets/integration/metrics/prefix is \"acme_\" in"
                + " the manifest, \"acme.\" in the code\n");
    CommandRun.of("sync", generated.toString(), committed.toString());
    assertThat(Files.readString(manifest)).isEqualTo(handWritten);
  }

  @Test
  void verify_ofAGeneratedManifest_comparesItByteForByte() throws IOException {
    Files.writeString(generated.resolve("manifest.json"), "{\n  \"app_id\": \"acme\"\n}");
    Files.createDirectories(committed.resolve("acme"));
    Files.writeString(committed.resolve("acme/manifest.json"), "{\n  \"app_id\": \"acme-two\"\n}");
    CommandRun verify = CommandRun.of("verify", classes.toString(), committed.toString());

    assertThat(verify.exitCode()).isEqualTo(1);
    assertThat(verify.out())
        .contains("error: [verify] acme/manifest.json in " + committed + " differs")
        .contains("-  \"app_id\": \"acme-two\"\n+  \"app_id\": \"acme\"\n")
        .doesNotContain("disagrees with the code");
  }

  @Test
  void generatedArgument_thatHoldsNoIntegration_isAUsageError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    CommandRun missing = CommandRun.of("verify", dir.resolve("nowhere").toString(), "repo");
    CommandRun nothing = CommandRun.of("sync", empty.toString(), committed.toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains(dir.resolve("nowhere") + " is not a folder");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains(empty + " holds no generated integration");
    assertThat(committed).doesNotExist();
  }

  @Test
  void aClassOutputWithoutGeneratedFiles_saysTheProcessorDidNotRun() throws IOException {
    Path noAssets = Files.createDirectories(dir.resolve("plain/target/classes/com/acme"));
    Files.write(noAssets.resolve("AcmeCheck.class"), new byte[] {(byte) 0xca, (byte) 0xfe, 0});
    Path output = dir.resolve("plain/target/classes");

    CommandRun verify = CommandRun.of("verify", output.toString(), committed.toString());

    assertThat(verify.exitCode()).isEqualTo(2);
    assertThat(verify.err())
        .contains(output + " holds no generated integration")
        .contains("the annotation processor did not run")
        .doesNotContain("UTF-8");
  }

  @Test
  void verify_withoutACommittedFolder_isAUsageError() {
    CommandRun verify = CommandRun.of("verify", classes.toString(), committed.toString());

    assertThat(verify.exitCode()).isEqualTo(2);
    assertThat(verify.err()).contains(committed + " is not a folder");
  }
}
