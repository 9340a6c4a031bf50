package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoOverridesTest {

  @TempDir Path dir;

  @Test
  void metricsPrefixTable_givesPrefixesByIntegration() throws IOException {
    Path toml =
        write(
            """
            [overrides.display-name]
            aerospike_enterprise = "Aerospike Enterprise"

            [overrides.metrics-prefix]
            aerospike_enterprise = "aerospike."
            warpstream = "warpstream."
            broken = 3

            [overrides.validate.metrics]
            exclude = ["foo"]
            """);

    RepoOverrides overrides = RepoOverrides.read(toml);

    assertThat(overrides.metricPrefixes())
        .isEqualTo(Map.of("aerospike_enterprise", "aerospike.", "warpstream", "warpstream."));
    assertThat(overrides.metricPrefix("aerospike_enterprise")).contains("aerospike.");
    assertThat(overrides.metricPrefix("broken")).isEmpty();
    assertThat(overrides.metricPrefix("acme")).isEmpty();
  }

  @Test
  void fileWithoutOverrides_hasNone() throws IOException {
    assertThat(RepoOverrides.read(write("[repo]\nname = \"extras\"\n")).metricPrefixes()).isEmpty();
  }

  @Test
  void invalidToml_failsToRead() throws IOException {
    Path toml = write("[overrides.metrics-prefix\n");

    assertThatThrownBy(() -> RepoOverrides.read(toml)).isInstanceOf(IOException.class);
  }

  @Test
  void none_hasNoPrefix() {
    assertThat(RepoOverrides.NONE.metricPrefix("aerospike_enterprise")).isEmpty();
    assertThat(RepoOverrides.LOCATION).isEqualTo(".ddev/config.toml");
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, text);
    return file;
  }
}
