package io.github.ddassets.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyMojoTest {

  @TempDir Path dir;

  private SampleModule module;
  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void module() {
    module = new SampleModule(dir);
  }

  @Test
  void upToDateCopy_passesAndSaysSo() throws Exception {
    module.generated("acme").upToDate("acme");

    mojo().execute();

    assertThat(log.lines())
        .containsExactly("[INFO] The committed copy in assets is up to date (acme).");
  }

  @Test
  void relativeAssetsFolder_resolvesAgainstTheModuleNotTheWorkingDirectory() throws Exception {
    module.generated("acme").upToDate("acme");
    VerifyMojo mojo = mojo();
    mojo.assets = new File("assets");

    mojo.execute();

    assertThat(log.lines())
        .containsExactly("[INFO] The committed copy in assets is up to date (acme).");
  }

  @Test
  void staleFile_failsWithItsDiff_andOneSyncCommandAtTheEnd() throws IOException {
    module
        .generated("acme")
        .upToDate("acme")
        .committed(
            "assets/acme/metadata.csv", SampleModule.METADATA.replace(",message,", ",item,"));

    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            String.join(
                "\n",
                "The committed copy in assets does not match the generated files of acme (1"
                    + " problem):",
                "acme/metadata.csv in assets differs from the generated file:",
                "--- committed/acme/metadata.csv",
                "+++ generated/acme/metadata.csv",
                "@@ -1,2 +1,2 @@",
                " metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
                    + "integration,short_name,curated_metric",
                "-acme.queue.depth,gauge,,item,,Messages waiting in the queue.,0,acme,queue depth,",
                "+acme.queue.depth,gauge,,message,,Messages waiting in the queue.,0,acme,queue"
                    + " depth,",
                "To update the committed copy, run: mvn ddassets:sync"));
  }

  @Test
  void handWrittenManifest_isComparedWithTheKeysTheCodeOwns() throws IOException {
    module
        .generated("acme")
        .upToDate("acme")
        .committed("assets/acme/manifest.json", SampleModule.FRAGMENT.replace("acme.", "acme_"));

    assertThatThrownBy(() -> mojo().execute())
        .hasMessageContaining(
            "\nacme/manifest.json:1:51 in assets disagrees with the code:"
                + " /assets/integration/metrics/prefix is \"acme_\" in the manifest, \"acme.\" in"
                + " the code\n");
  }

  @Test
  void folderOfAnUndeclaredIntegration_failsWithThePruningSync() throws IOException {
    module.generated("acme").upToDate("acme").upToDate("old_acme");

    assertThatThrownBy(() -> mojo().execute())
        .hasMessage(
            "The committed copy in assets does not match the generated files of acme (1 problem):\n"
                + "assets/old_acme holds an integration the code no longer declares (renamed or"
                + " deleted).\n"
                + "To update the committed copy and remove the folders of undeclared integrations,"
                + " run: mvn ddassets:sync -Dddassets.prune=true");
  }

  @Test
  void missingCommittedFolder_failsWithTheSyncThatCreatesIt() throws IOException {
    module.generated("acme");

    assertThatThrownBy(() -> mojo().execute())
        .hasMessage(
            "There is no committed copy of the generated asset files: assets is not a folder.\n"
                + "To create it, run: mvn ddassets:sync");
  }

  @Test
  void buildStartedInAnotherFolder_namesTheModulePomInTheCommand() throws IOException {
    SampleModule nested = new SampleModule(dir.resolve("checks/acme")).generated("acme");
    nested.committed("assets/acme/metadata.csv", "stale\n");
    VerifyMojo mojo = mojo(nested);
    mojo.executionRoot = dir.toString();

    assertThatThrownBy(mojo::execute)
        .hasMessageEndingWith(
            "To update the committed copy, run: mvn -f checks/acme/pom.xml ddassets:sync");
  }

  @Test
  void pluginNotDeclaredInThePom_isNamedByItsCoordinates() throws IOException {
    module.generated("acme").committed("assets/acme/metadata.csv", "stale\n");
    module.project.getBuild().getPlugins().clear();

    assertThatThrownBy(() -> mojo().execute())
        .hasMessageEndingWith("run: mvn io.github.ddassets:ddassets-maven-plugin:1.2.3:sync");
  }

  @Test
  void nothingGenerated_saysTheProcessorDidNotRun() {
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "No generated asset files: target/classes/META-INF/datadog does not exist, so the"
                + " ddassets annotation processor did not run in this build")
        .hasMessageEndingWith(
            "Then run `mvn clean verify`: the processor runs only when javac compiles.");
  }

  @Test
  void skip_doesNothing() throws Exception {
    VerifyMojo mojo = mojo();
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines()).containsExactly("[INFO] Skipped: ddassets.skip is set.");
  }

  @Test
  void pomModule_hasNothingToVerify() throws Exception {
    module.project.setPackaging("pom");

    mojo().execute();

    assertThat(log.lines())
        .containsExactly("[INFO] Nothing to do: a module of packaging pom compiles no check.");
  }

  private VerifyMojo mojo() {
    return mojo(module);
  }

  private VerifyMojo mojo(SampleModule sample) {
    VerifyMojo mojo = new VerifyMojo();
    Mojos.configure(mojo, sample, log);
    return mojo;
  }
}
