package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.SourceOrigin;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestOriginsTest {

  private static final SourceOrigin CHECK = SourceOrigin.of("AcmeCheck");

  @Test
  void byPointer_fallsBackToTheClosestParentThenTheFallback() {
    ManifestOrigins origins =
        ManifestOrigins.byPointer(
            Map.of(
                "/tile", CHECK.attribute("tile"),
                "/tile/title", CHECK.attribute("tile.title")),
            CHECK);

    assertThat(origins.at("/tile/title").describe()).isEqualTo("AcmeCheck#tile.title");
    assertThat(origins.at("/tile/media/0/caption").describe()).isEqualTo("AcmeCheck#tile");
    assertThat(origins.at("/assets/integration").describe()).isEqualTo("AcmeCheck");
    assertThat(origins.at("").describe()).isEqualTo("AcmeCheck");
  }

  @Test
  void everywhere_givesOneOrigin() {
    assertThat(ManifestOrigins.everywhere(CHECK).at("/app_id")).isSameAs(CHECK);
  }
}
