package io.github.ddassets.core.output;

import static io.github.ddassets.core.testing.Symlinks.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommittedAssetsTest {

  private static final String METADATA =
      "metric_name,metric_type\nacme.a,gauge\nacme.b,gauge\nacme.c,count\n";
  private static final String SERVICE_CHECKS = "[]\n";
  private static final String FRAGMENT =
      "{\"assets\": {\"integration\": {\"metrics\": {\"prefix\": \"acme.\"}}}}";
  private static final GeneratedFiles GENERATED =
      new GeneratedFiles(
          "acme", Map.of("metadata.csv", METADATA, "assets/service_checks.json", SERVICE_CHECKS));

  @TempDir Path root;

  @Test
  void missingFiles_areMissingDrifts() throws IOException {
    List<Drift> drifts = new CommittedAssets(root).drift(GENERATED);

    assertThat(drifts)
        .containsExactly(
            new Drift("assets/service_checks.json", "acme/assets/service_checks.json", true, ""),
            new Drift("metadata.csv", "acme/metadata.csv", true, ""));
  }

  @Test
  void differentFile_isADriftWithAUnifiedDiff() throws IOException {
    write(
        "acme/metadata.csv", "metric_name,metric_type\nacme.a,gauge\nacme.b,rate\nacme.c,count\n");
    write("acme/assets/service_checks.json", SERVICE_CHECKS);

    List<Drift> drifts = new CommittedAssets(root).drift(GENERATED);

    assertThat(drifts)
        .extracting(Drift::relativePath, Drift::committedPath, Drift::missing)
        .containsExactly(tuple("metadata.csv", "acme/metadata.csv", false));
    assertThat(drifts.get(0).diff())
        .isEqualTo(
            String.join(
                "\n",
                "--- committed/acme/metadata.csv",
                "+++ generated/acme/metadata.csv",
                "@@ -1,4 +1,4 @@",
                " metric_name,metric_type",
                " acme.a,gauge",
                "-acme.b,rate",
                "+acme.b,gauge",
                " acme.c,count"));
  }

  @Test
  void crlfCommittedCopy_isNotADrift() throws IOException {
    write("acme/metadata.csv", METADATA.replace("\n", "\r\n"));
    write("acme/assets/service_checks.json", "[]\r\n");

    assertThat(new CommittedAssets(root).drift(GENERATED)).isEmpty();
  }

  @Test
  void missingFinalNewline_isADrift() throws IOException {
    write("acme/metadata.csv", METADATA.substring(0, METADATA.length() - 1));
    write("acme/assets/service_checks.json", SERVICE_CHECKS);

    List<Drift> drifts = new CommittedAssets(root).drift(GENERATED);

    assertThat(drifts).extracting(Drift::relativePath).containsExactly("metadata.csv");
    assertThat(drifts.get(0).diff()).isEqualTo("(only one of the two files ends with a newline)");
  }

  @Test
  void longDiff_isCutAfterFortyLines() throws IOException {
    String generated =
        "h\n"
            + Stream.iterate(1, i -> i + 1)
                .limit(60)
                .map(i -> "row" + i)
                .collect(Collectors.joining("\n"))
            + "\n";
    write("acme/metadata.csv", generated.replace("row", "old"));

    Drift drift =
        new CommittedAssets(root)
            .drift(new GeneratedFiles("acme", Map.of("metadata.csv", generated)))
            .get(0);

    List<String> lines = drift.diff().lines().toList();
    assertThat(lines).hasSize(CommittedAssets.MAX_DIFF_LINES + 1);
    assertThat(lines.get(CommittedAssets.MAX_DIFF_LINES)).isEqualTo("... (84 more diff lines)");
  }

  @Test
  void unreadableCommittedFile_failsTheDriftCheck() throws IOException {
    Path metadata = root.resolve("acme/metadata.csv");
    Files.createDirectories(metadata.getParent());
    Files.write(metadata, new byte[] {(byte) 0xFF});

    assertThatThrownBy(() -> new CommittedAssets(root).drift(GENERATED))
        .isInstanceOf(IOException.class);
  }

  @Test
  void problems_leaveTheFragmentOut_andDescribeEachStaleFileWithTheShownFolder()
      throws IOException {
    write("acme/metadata.csv", METADATA.replace("acme.b,gauge", "acme.b,rate"));
    GeneratedFiles withFragment = GENERATED.with(Map.of(GeneratedFiles.FRAGMENT, FRAGMENT));

    List<String> problems = new CommittedAssets(root).problems(withFragment, "assets");

    assertThat(problems)
        .containsExactly(
            "acme/assets/service_checks.json is missing from assets",
            "acme/metadata.csv in assets differs from the generated file:\n"
                + new CommittedAssets(root).drift(GENERATED).get(1).diff());
  }

  @Test
  void problems_compareAHandWrittenManifestWithTheFragment() throws IOException {
    write("acme/metadata.csv", METADATA);
    write("acme/assets/service_checks.json", SERVICE_CHECKS);
    write("acme/manifest.json", FRAGMENT.replace("\"acme.\"", "\"acme_\""));
    GeneratedFiles withFragment = GENERATED.with(Map.of(GeneratedFiles.FRAGMENT, FRAGMENT));

    assertThat(new CommittedAssets(root).problems(withFragment, "assets"))
        .containsExactly(
            "acme/manifest.json:1:51 in assets disagrees with the code:"
                + " /assets/integration/metrics/prefix is \"acme_\" in the manifest, \"acme.\" in"
                + " the code");
  }

  @Test
  void problems_ofAnUpToDateCopy_areNone() throws IOException {
    new CommittedAssets(root).sync(GENERATED);
    GeneratedFiles withFragment = GENERATED.with(Map.of(GeneratedFiles.FRAGMENT, FRAGMENT));

    assertThat(new CommittedAssets(root).problems(withFragment, "assets")).isEmpty();
  }

  @Test
  void sync_writesMissingAndDifferentFilesOnly() throws IOException {
    write("acme/metadata.csv", "stale\n");
    write("acme/assets/service_checks.json", SERVICE_CHECKS);
    Path unchanged = root.resolve("acme/assets/service_checks.json");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(unchanged, before);

    List<String> written = new CommittedAssets(root).sync(GENERATED);

    assertThat(written).containsExactly("acme/metadata.csv");
    assertThat(Files.readString(root.resolve("acme/metadata.csv"))).isEqualTo(METADATA);
    assertThat(Files.getLastModifiedTime(unchanged)).isEqualTo(before);
  }

  @Test
  void sync_createsTheFoldersOfMissingFiles() throws IOException {
    List<String> written = new CommittedAssets(root).sync(GENERATED);

    assertThat(written).containsExactly("acme/assets/service_checks.json", "acme/metadata.csv");
    assertThat(Files.readString(root.resolve("acme/assets/service_checks.json")))
        .isEqualTo(SERVICE_CHECKS);
    assertThat(new CommittedAssets(root).drift(GENERATED)).isEmpty();
  }

  @Test
  void sync_leavesACrlfCopyThatDriftAcceptsAlone() throws IOException {
    write("acme/metadata.csv", METADATA.replace("\n", "\r\n"));
    write("acme/assets/service_checks.json", SERVICE_CHECKS);

    assertThat(new CommittedAssets(root).sync(GENERATED)).isEmpty();
    assertThat(Files.readString(root.resolve("acme/metadata.csv")))
        .isEqualTo(METADATA.replace("\n", "\r\n"));
  }

  @Test
  void sync_secondRun_writesNothing() throws IOException {
    CommittedAssets committed = new CommittedAssets(root);
    committed.sync(GENERATED);

    assertThat(committed.sync(GENERATED)).isEmpty();
  }

  @Test
  void sync_neverLeavesTemporaryFiles() throws IOException {
    write("acme/metadata.csv", "stale\n");

    new CommittedAssets(root).sync(GENERATED);

    try (Stream<Path> files = Files.walk(root)) {
      assertThat(
              files
                  .filter(Files::isRegularFile)
                  .map(path -> root.relativize(path).toString().replace('\\', '/')))
          .containsExactlyInAnyOrder("acme/metadata.csv", "acme/assets/service_checks.json");
    }
  }

  @Test
  void sync_overwritesACommittedFileThatIsNotUtf8() throws IOException {
    Path metadata = root.resolve("acme/metadata.csv");
    Files.createDirectories(metadata.getParent());
    Files.write(metadata, new byte[] {(byte) 0xFF});

    assertThat(new CommittedAssets(root).sync(GENERATED)).contains("acme/metadata.csv");
    assertThat(Files.readString(metadata)).isEqualTo(METADATA);
  }

  @Test
  void pathLeavingTheIntegrationFolder_isRefused() {
    GeneratedFiles escaping = new GeneratedFiles("acme", Map.of("../other/metadata.csv", "x"));

    assertThatThrownBy(() -> new CommittedAssets(root).sync(escaping))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("refusing to write outside ");
    assertThat(root.resolve("other")).doesNotExist();
  }

  @Test
  void sync_refusesALinkedIntegrationFolder_andLeavesItsTargetUntouched() throws IOException {
    Path outside = Files.createDirectories(root.resolve("outside"));
    byte[] precious = "precious\n".getBytes(StandardCharsets.UTF_8);
    Files.write(outside.resolve("metadata.csv"), precious);
    Path committed = Files.createDirectories(root.resolve("committed"));
    link(committed.resolve("acme"), outside);

    assertThatThrownBy(() -> new CommittedAssets(committed).sync(GENERATED))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage(
            "refusing to write "
                + committed.resolve("acme/assets/service_checks.json")
                + ": "
                + committed.resolve("acme")
                + " is a symbolic link, and ddassets never follows links inside the output"
                + " folder "
                + committed);
    assertThat(outside.resolve("metadata.csv")).hasBinaryContent(precious);
    assertThat(outside.resolve("assets")).doesNotExist();
  }

  @Test
  void sync_refusesALinkedFile_beforeWritingAnyFile() throws IOException {
    Path secret = Files.write(root.resolve("secret.csv"), new byte[] {1, 2, 3});
    Path committed = root.resolve("committed");
    Files.createDirectories(committed.resolve("acme"));
    link(committed.resolve("acme/metadata.csv"), secret);

    assertThatThrownBy(() -> new CommittedAssets(committed).sync(GENERATED))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageStartingWith(
            "refusing to write " + committed.resolve("acme/metadata.csv") + ": it is a symbolic");
    assertThat(secret).hasBinaryContent(new byte[] {1, 2, 3});
    assertThat(committed.resolve("acme/assets")).doesNotExist();
  }

  @Test
  void sync_neverReplacesAFolderByAFile() throws IOException {
    Path inTheWay = Files.createDirectories(root.resolve("acme/metadata.csv"));
    Files.writeString(inTheWay.resolve("keep.txt"), "keep");

    assertThatThrownBy(() -> new CommittedAssets(root).sync(GENERATED))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining(inTheWay + ": a folder stands there");
    assertThat(inTheWay.resolve("keep.txt")).hasContent("keep");
  }

  @Test
  void sync_throughALinkedCommittedFolder_writesIntoItsTarget() throws IOException {
    Path real = Files.createDirectories(root.resolve("real"));
    Path alias = link(root.resolve("alias"), real);

    assertThat(new CommittedAssets(alias).sync(GENERATED))
        .containsExactly("acme/assets/service_checks.json", "acme/metadata.csv");
    assertThat(real.resolve("acme/metadata.csv")).hasContent(METADATA);
  }

  @Test
  void sync_intoAFolderSpelledWithDotDot_writesIntoThatFolder() throws IOException {
    Files.createDirectories(root.resolve("a"));

    new CommittedAssets(root.resolve("a/..")).sync(GENERATED);

    assertThat(root.resolve("acme/metadata.csv")).hasContent(METADATA);
  }

  private void write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
