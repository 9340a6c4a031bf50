package io.github.ddassets.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Examples from asset-rules.md section 1.5 (ddev's normalized_display_name). */
class DisplayNamesTest {

  @Test
  void referenceExamples_normalizeAsDdevDoes() {
    assertThat(DisplayNames.normalize("BIND 9")).isEqualTo("bind_9");
    assertThat(DisplayNames.normalize("ASP.NET")).isEqualTo("asp_net");
    assertThat(DisplayNames.normalize("CRI-o")).isEqualTo("cri-o");
    assertThat(DisplayNames.normalize("Scalr (Community Version)"))
        .isEqualTo("scalr_community_version");
  }

  @Test
  void runsOfUnderscores_collapseAndEndsAreStripped() {
    assertThat(DisplayNames.normalize("__Acme -- Cloud!!")).isEqualTo("acme_--_cloud");
    assertThat(DisplayNames.normalize("a__b")).isEqualTo("a_b");
  }

  @Test
  void dashes_areKeptAtTheEnds() {
    assertThat(DisplayNames.normalize("-acme-")).isEqualTo("-acme-");
  }

  @Test
  void nonAsciiLetters_becomeUnderscores() {
    assertThat(DisplayNames.normalize("Caf\u00e9 Monitor")).isEqualTo("caf_monitor");
  }

  @Test
  void strip_removesTheCharacterFromBothEndsOnly() {
    assertThat(DisplayNames.strip("__a_b__", '_')).isEqualTo("a_b");
    assertThat(DisplayNames.strip("____", '_')).isEmpty();
    assertThat(DisplayNames.strip("", '_')).isEmpty();
  }
}
