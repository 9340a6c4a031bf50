package io.github.ddassets.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncMojoTest {

  @TempDir Path dir;

  private SampleModule module;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void module() {
    module = new SampleModule(dir);
  }

  @Test
  void writesMissingAndStaleFilesOnly_andListsThem() throws Exception {
    module.generated("acme").committed("assets/acme/assets/service_checks.json", "[ ]\n");

    mojo().execute();

    assertThat(log.lines())
        .containsExactly(
            "[INFO] Updated assets/acme/assets/service_checks.json",
            "[INFO] Updated assets/acme/metadata.csv",
            "[INFO] Updated 2 files in assets.");
    assertThat(module.read("assets/acme/metadata.csv")).isEqualTo(SampleModule.METADATA);
    assertThat(dir.resolve("assets/acme/manifest.fragment.json")).doesNotExist();
  }

  @Test
  void upToDateCopy_isLeftAlone() throws Exception {
    module.generated("acme").upToDate("acme");

    mojo().execute();

    assertThat(log.lines())
        .containsExactly("[INFO] The committed copy in assets was already up to date.");
  }

  @Test
  void handWrittenManifest_isLeftAlone() throws Exception {
    String handWritten = "{\"assets\": {}}\n";
    module.generated("acme").upToDate("acme").committed("assets/acme/manifest.json", handWritten);

    mojo().execute();

    assertThat(module.read("assets/acme/manifest.json")).isEqualTo(handWritten);
  }

  @Test
  void undeclaredIntegration_isReportedWithThePruningCommand_andKept() throws Exception {
    module.generated("acme").upToDate("acme").upToDate("old_acme");

    mojo().execute();

    assertThat(log.lines())
        .containsExactly(
            "[WARNING] assets/old_acme holds an integration the code no longer declares (renamed or"
                + " deleted): to remove it, run: mvn ddassets:sync -Dddassets.prune=true",
            "[INFO] The committed copy in assets was already up to date.");
    assertThat(dir.resolve("assets/old_acme/metadata.csv")).exists();
  }

  @Test
  void prune_removesTheFolderOfAnUndeclaredIntegration() throws Exception {
    module.generated("acme").upToDate("old_acme").committed("assets/README.md", "notes\n");
    SyncMojo mojo = mojo();
    mojo.prune = true;

    mojo.execute();

    assertThat(log.lines())
        .containsExactly(
            "[INFO] Updated assets/acme/assets/service_checks.json",
            "[INFO] Updated assets/acme/metadata.csv",
            "[INFO] Removed assets/old_acme: the code no longer declares an integration old_acme.",
            "[INFO] Updated 2 files in assets.");
    assertThat(dir.resolve("assets/old_acme")).doesNotExist();
    assertThat(dir.resolve("assets/README.md")).exists();
  }

  @Test
  void nothingGenerated_saysTheProcessorDidNotRun_andHowToSyncOnceFixed() {
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("No generated asset files: ")
        .hasMessageEndingWith(
            "Then run `mvn clean compile ddassets:sync`: the processor runs only when javac"
                + " compiles.");
  }

  private SyncMojo mojo() {
    SyncMojo mojo = new SyncMojo();
    Mojos.configure(mojo, module, log);
    return mojo;
  }
}
