package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule texts of {@code rules.properties} and the constants of {@link Rule} match one to one: no
 * rule without its texts, no text without its rule.
 */
class RuleTextsTest {

  private static final String RESOURCE = "rules.properties";

  @Test
  void everyRule_hasANonBlankSummaryAndMessage() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.summary()).as("%s.summary", rule.id()).isNotBlank();
      assertThat(rule.messageFormat()).as("%s.message", rule.id()).isNotBlank();
    }
  }

  @Test
  void ids_areUniqueAndKebabCase() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates();
    for (Rule rule : Rule.values()) {
      assertThat(rule.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    }
  }

  @Test
  void resource_hasOnlyTheRulesKeys() throws IOException {
    assertThat(load().stringPropertyNames()).isSubsetOf(Set.copyOf(expectedKeys()));
  }

  @Test
  void resource_holdsEachKeyOnceInCatalogueOrder() throws IOException {
    // Properties keeps the last of two equal keys silently; the file's lines show both.
    assertThat(keyLines()).containsExactlyElementsOf(expectedKeys());
  }

  private static List<String> expectedKeys() {
    List<String> keys = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      keys.add(rule.id() + ".summary");
      keys.add(rule.id() + ".message");
    }
    return keys;
  }

  private static Properties load() throws IOException {
    try (InputStream in = open()) {
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    }
  }

  /** The key of every entry, in file order; comments, blank and continuation lines skipped. */
  private static List<String> keyLines() throws IOException {
    List<String> keys = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
      boolean continued = false;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String text = line.stripLeading();
        if (continued) {
          continued = endsWithOddBackslashes(line);
        } else if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("!")) {
          keys.add(text.split("[=:\\s]", 2)[0]);
          continued = endsWithOddBackslashes(line);
        }
      }
    }
    return keys;
  }

  private static boolean endsWithOddBackslashes(String line) {
    int count = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      count++;
    }
    return count % 2 == 1;
  }

  private static InputStream open() {
    InputStream in = Rule.class.getResourceAsStream(RESOURCE);
    assertThat(in).as("%s next to %s", RESOURCE, Rule.class.getName()).isNotNull();
    return in;
  }
}
