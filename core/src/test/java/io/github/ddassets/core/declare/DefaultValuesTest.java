package io.github.ddassets.core.declare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Defaults written for generated loaders: directly where SnakeYAML would write them as they are.
 */
class DefaultValuesTest {

  @Test
  void integersBooleansAndPlainWords_areWrittenAsSnakeYamlWritesThem() {
    List<Object> values =
        new ArrayList<>(
            List.of(
                0L,
                42L,
                -7L,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                true,
                false,
                "localhost",
                "a",
                "v1.2",
                "us-east-1",
                "path/to/file",
                "snake_case",
                "Mixed.Case-1"));
    for (Object value : values) {
      assertThat(DefaultValues.dump(value))
          .as("%s", value)
          .isEqualTo(DefaultValues.dumpWithSnakeYaml(value));
    }
  }

  @Test
  void wordsYamlWouldReadAsOtherThanText_areQuotedAsSnakeYamlQuotesThem() {
    for (String word :
        List.of(
            "yes",
            "No",
            "TRUE",
            "off",
            "On",
            "null",
            "Null",
            "y",
            "N",
            "~",
            "10",
            "1.5",
            "0x1F",
            "2024-01-02",
            "-dash",
            ".dot",
            "a: b",
            "a #b",
            "",
            " lead",
            "trail ",
            "<USER>",
            "ünïcode",
            "x".repeat(70))) {
      assertThat(DefaultValues.dump(word))
          .as(word)
          .isEqualTo(DefaultValues.dumpWithSnakeYaml(word));
    }
  }

  @Test
  void randomWords_areWrittenAsSnakeYamlWritesThem() {
    // Words of the characters that matter to YAML's plain scalars, with a fixed seed.
    String alphabet = "aAyYnNoOtTfFeE0159_.-/:# '\"";
    Random random = new Random(16);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder word = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int j = 0; j < length; j++) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = word.toString();
      assertThat(DefaultValues.dump(text))
          .as(text)
          .isEqualTo(DefaultValues.dumpWithSnakeYaml(text));
    }
  }

  @Test
  void otherValues_goToSnakeYaml() {
    assertThat(DefaultValues.dump(List.of("a", 1L))).isEqualTo("[a, 1]");
    assertThat(DefaultValues.dump(new BigInteger("99999999999999999999")))
        .isEqualTo("99999999999999999999");
    assertThat(DefaultValues.dump(1.5)).isEqualTo("1.5");
  }
}
