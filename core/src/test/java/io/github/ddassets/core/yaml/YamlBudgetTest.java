package io.github.ddassets.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The reading budget of {@link YamlReader} ({@link YamlLimits}): a document over budget is a syntax
 * error at the position where the budget ran out, never a stack overflow, a hang or an exhausted
 * heap. The hang guards are minutes above the milliseconds these documents take.
 */
class YamlBudgetTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private static YamlSyntaxException failure(String text) {
    return assertTimeoutPreemptively(
        HANG_GUARD,
        () ->
            catchThrowableOfType(YamlSyntaxException.class, () -> YamlReader.read(text, "t.yaml")));
  }

  private static String located(YamlSyntaxException e) {
    return e.origin().describe() + ": " + e.getMessage();
  }

  @Test
  void aliasInsideTheListItNames_isRefusedAtTheAlias() {
    assertThat(located(failure("x: &a [*a]\n")))
        .isEqualTo(
            "t.yaml:1:8: the alias *a is inside the node it names: recursive documents are not"
                + " supported");
  }

  @Test
  void aliasInsideTheMappingItNames_isRefusedAtTheAlias() {
    assertThat(located(failure("x: {k: &a {k: *a}}\n")))
        .isEqualTo(
            "t.yaml:1:15: the alias *a is inside the node it names: recursive documents are not"
                + " supported");
  }

  @Test
  void mergeOfTheMappingItself_isRefused() {
    assertThat(located(failure("x: &a\n  <<: *a\n")))
        .startsWith("t.yaml:2:7: the alias *a is inside the node it names");
  }

  @Test
  void anchorRedefinedInside_isNotRecursive() throws YamlSyntaxException {
    YamlMap map = (YamlMap) YamlReader.read("x: &a [&a 1, *a]\n", "t.yaml");

    assertThat(map.toPlain()).hasToString("{x=[1, 1]}");
  }

  @Test
  void sixteenListsOfThreeAliases_areRefusedWhereTheyOutgrowTheBudget() {
    // 48 aliases, under the alias limit, that stand for 3^16 (43 million) nodes.
    StringBuilder text = new StringBuilder("a0: &a0 [x, y, z]\n");
    for (int i = 1; i <= 16; i++) {
      String previous = "*a" + (i - 1);
      text.append("a").append(i).append(": &a").append(i);
      text.append(" [").append(previous).append(", ").append(previous).append(", ");
      text.append(previous).append("]\n");
    }

    assertThat(located(failure(text.toString())))
        .isEqualTo(
            "t.yaml:10:15: the document holds more than 100000 values once its aliases are"
                + " expanded (an alias bomb?)");
  }

  @Test
  void aliasesToCollections_areCountedUpToTheLimit() throws YamlSyntaxException {
    String fifty = String.join(", ", Collections.nCopies(50, "*a"));
    String fiftyOne = fifty + ", *a";

    YamlReader.read("a: &a [1]\nb: [" + fifty + "]\n", "t.yaml");
    assertThat(located(failure("a: &a [1]\nb: [" + fiftyOne + "]\n")))
        .isEqualTo("t.yaml:2:205: more than 50 aliases to lists or mappings");
  }

  @Test
  void aliasesToScalars_areNotCountedAsAliases() throws YamlSyntaxException {
    String many = String.join(", ", Collections.nCopies(500, "*a"));

    YamlList list =
        (YamlList) ((YamlMap) YamlReader.read("a: &a 1\nb: [" + many + "]\n", "t.yaml")).get("b");

    assertThat(list.size()).isEqualTo(500);
  }

  @Test
  void nesting_isLimitedTo50Levels() throws YamlSyntaxException {
    YamlReader.read("[".repeat(50) + "]".repeat(50) + "\n", "t.yaml");

    assertThat(located(failure("[".repeat(51) + "]".repeat(51) + "\n")))
        .isEqualTo("t.yaml:1:51: lists and mappings nest more than 50 levels deep");
  }

  @Test
  void nesting_isCountedThroughAliases() {
    String deep = "[".repeat(30) + "]".repeat(30);
    String text = "a: &a " + deep + "\nb: " + "[".repeat(25) + "*a" + "]".repeat(25) + "\n";

    assertThat(located(failure(text)))
        .isEqualTo(
            "t.yaml:2:29: lists and mappings nest more than 50 levels deep once the alias *a is"
                + " expanded");
  }

  @Test
  void documentOverTheCharacterBudget_isRefusedWhereTheBudgetEnds_commentsIncluded() {
    String text = "a: 1\n# " + "x".repeat(YamlLimits.MAX_CHARS) + "\n";

    assertThat(located(failure(text)))
        .isEqualTo(
            "t.yaml:2:1048572: the document is longer than 1048576 characters (comments"
                + " included), the most ddassets reads");
  }

  @Test
  void documentOfExactlyTheCharacterBudget_isRead() throws YamlSyntaxException {
    String text = "a: 1\n# " + "x".repeat(YamlLimits.MAX_CHARS - 8) + "\n";

    assertThat(text).hasSize(YamlLimits.MAX_CHARS);
    assertThat(((YamlMap) YamlReader.read(text, "t.yaml")).value("a")).isEqualTo(1L);
  }

  @Test
  void binaryCharacter_isASyntaxErrorWhereItIs() {
    assertThat(located(failure("a: 1\nb: x\u0000y\n")))
        .isEqualTo("t.yaml:2:5: the character U+0000 is not allowed in YAML");
  }

  @Test
  void echoedInput_isCutTo120Characters() {
    String anchor = "a".repeat(5000);

    YamlSyntaxException e = failure("x: *" + anchor + "\n");

    assertThat(e.getMessage()).hasSize(120).startsWith("found undefined alias aaa").endsWith("...");
  }
}
