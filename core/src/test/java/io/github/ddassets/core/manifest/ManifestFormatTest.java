package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.manifest.ManifestFormat.KeyOrder;
import io.github.ddassets.core.testing.ManifestFixtures;
import org.junit.jupiter.api.Test;

class ManifestFormatTest {

  @Test
  void canonical_hasNoFinalNewlineAndKeepsNonAscii() {
    assertThat(ManifestFormat.CANONICAL)
        .isEqualTo(new ManifestFormat(KeyOrder.CANONICAL, false, false));
  }

  @Test
  void of_keepsTheTreeOrderAndTheFinalNewline() {
    assertThat(format("{\"a\": \"b\"}\n"))
        .isEqualTo(new ManifestFormat(KeyOrder.AS_GIVEN, true, false));
    assertThat(format("{\"a\": \"b\"}"))
        .isEqualTo(new ManifestFormat(KeyOrder.AS_GIVEN, false, false));
  }

  @Test
  void asciiTextHoldingNonAsciiValues_escapesThem() {
    assertThat(format("{\"a\": \"caf\\u00e9\"}").escapeNonAscii()).isTrue();
    assertThat(format("{\"a\": \"caf\u00e9\"}").escapeNonAscii()).isFalse();
    assertThat(format("{\"caf\\u00e9\": [\"b\"]}").escapeNonAscii()).isTrue();
    assertThat(format("{\"a\": \"plain \\\"ascii\\\"\"}").escapeNonAscii()).isFalse();
  }

  @Test
  void with_changesOneSetting() {
    ManifestFormat format = ManifestFormat.CANONICAL.withTrailingNewline(true);

    assertThat(format).isEqualTo(new ManifestFormat(KeyOrder.CANONICAL, true, false));
    assertThat(format.withKeyOrder(KeyOrder.AS_GIVEN).keyOrder()).isEqualTo(KeyOrder.AS_GIVEN);
  }

  private static ManifestFormat format(String text) {
    return ManifestFormat.of(text, ManifestFixtures.json(text));
  }
}
