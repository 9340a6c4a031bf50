package io.github.ddassets.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratedFilesTest {

  @Test
  void files_areSortedByPath() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("metadata.csv", "m");
    files.put("assets/service_checks.json", "s");

    assertThat(new GeneratedFiles("acme", files).files().keySet())
        .containsExactly("assets/service_checks.json", "metadata.csv");
  }

  @Test
  void unsafeIntegrationName_isRejected() {
    assertThatThrownBy(() -> new GeneratedFiles("../acme", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsafe integration name `../acme`: it contains a path separator");
  }

  @Test
  void paths_matchTheRepositoryLayout() {
    assertThat(GeneratedFiles.METADATA).isEqualTo("metadata.csv");
    assertThat(GeneratedFiles.SERVICE_CHECKS).isEqualTo("assets/service_checks.json");
  }
}
