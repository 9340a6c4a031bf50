package io.github.ddassets.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestFormat;
import io.github.ddassets.core.manifest.ManifestFormat.KeyOrder;
import io.github.ddassets.core.testing.ManifestFixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link ManifestRenderer}; expected texts were produced by Python's json.dumps on the same data.
 */
class ManifestRendererTest {

  /** Strings with every kind of escape, numbers, empty containers, null and booleans. */
  private static final String VALUES =
      "{\"s\": \"quote \\\" back \\\\ nl \\n tab \\t ctl \\u0001 del \\u007f caf\\u00e9 \\u2028"
          + " rocket \\ud83d\\ude80\", \"f\": [1.0, 1e-05, 1e16, 0.1,"
          + " 123456789012345678901234567890, 2.5e-3], \"e\": {}, \"l\": [], \"n\": null, \"b\":"
          + " [true, false]}";

  private static final String NUMBERS_AND_REST =
      """
        "f": [
          1.0,
          1e-05,
          1e+16,
          0.1,
          123456789012345678901234567890,
          0.0025
        ],
        "e": {},
        "l": [],
        "n": null,
        "b": [
          true,
          false
        ]
      }\
      """;

  @Test
  void nonAsciiKept_asJsonDumpsWithEnsureAsciiFalse() {
    String text = ManifestRenderer.render(tree(VALUES), asGiven(false, false));

    assertThat(text)
        .isEqualTo(
            "{\n  \"s\": \"quote \\\" back \\\\ nl \\n tab \\t ctl \\u0001 del \u007f caf\u00e9"
                + " \u2028 rocket \uD83D\uDE80\",\n"
                + NUMBERS_AND_REST);
  }

  @Test
  void nonAsciiEscaped_asJsonDumpsByDefault() {
    String text = ManifestRenderer.render(tree(VALUES), asGiven(false, true));

    assertThat(text)
        .isEqualTo(
            "{\n  \"s\": \"quote \\\" back \\\\ nl \\n tab \\t ctl \\u0001 del \\u007f caf\\u00e9"
                + " \\u2028 rocket \\ud83d\\ude80\",\n"
                + NUMBERS_AND_REST);
  }

  @Test
  void trailingNewline_isAnOption() {
    assertThat(ManifestRenderer.render(tree("{\"a\": 1}"), asGiven(true, false)))
        .isEqualTo("{\n  \"a\": 1\n}\n");
    assertThat(ManifestRenderer.render(tree("{\"a\": 1}"), asGiven(false, false)))
        .isEqualTo("{\n  \"a\": 1\n}");
  }

  @Test
  void canonicalFormat_reordersKeys() {
    String shuffled =
        "{\"tile\": {\"title\": \"Acme\", \"overview\": \"README.md#Overview\"}, \"app_id\":"
            + " \"acme\"}";

    assertThat(ManifestRenderer.render(tree(shuffled), ManifestFormat.CANONICAL))
        .isEqualTo(
            """
            {
              "app_id": "acme",
              "tile": {
                "overview": "README.md#Overview",
                "title": "Acme"
              }
            }\
            """);
  }

  @Test
  void manifestReadFromText_rendersInItsOwnFormat() {
    String text = ManifestFixtures.BASE + "\n";
    Manifest manifest = ManifestFixtures.parse(text);

    assertThat(ManifestRenderer.render(manifest)).isEqualTo(text);
  }

  @Test
  void output_dependsOnlyOnTheTree() {
    JsonNode tree = tree(VALUES);

    assertThat(ManifestRenderer.render(tree, ManifestFormat.CANONICAL))
        .isEqualTo(ManifestRenderer.render(tree.deepCopy(), ManifestFormat.CANONICAL));
  }

  private static JsonNode tree(String json) {
    return ManifestFixtures.parse(json).root();
  }

  private static ManifestFormat asGiven(boolean newline, boolean escape) {
    return new ManifestFormat(KeyOrder.AS_GIVEN, newline, escape);
  }
}
