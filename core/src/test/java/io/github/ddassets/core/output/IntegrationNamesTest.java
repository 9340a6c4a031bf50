package io.github.ddassets.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntegrationNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acme",
        "apache-apisix",
        "f5-distributed-cloud",
        "bind9",
        "aerospike_enterprise",
        "a.b",
        "1e"
      })
  void realIntegrationNames_areSafe(String name) {
    assertThat(IntegrationNames.problem(name)).isEmpty();
  }

  @Test
  void parentReference_isRefused() {
    assertThat(IntegrationNames.problem("../x")).contains("it contains a path separator");
    assertThat(IntegrationNames.problem("..")).contains("it contains `..`");
    assertThat(IntegrationNames.problem("a..b")).contains("it contains `..`");
  }

  @Test
  void pathSeparators_areRefused() {
    assertThat(IntegrationNames.problem("a/b")).contains("it contains a path separator");
    assertThat(IntegrationNames.problem("a\\b")).contains("it contains a path separator");
  }

  @Test
  void emptyName_isRefused() {
    assertThat(IntegrationNames.problem("")).contains("it is empty");
  }

  @Test
  void hiddenName_isRefused() {
    assertThat(IntegrationNames.problem(".hidden"))
        .contains("use letters, digits, `_`, `-` and `.`, starting with a letter or digit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-acme", "_acme", "acme cloud", "acme:1", "ac\u00e9me", "acme\n"})
  void otherCharactersOrLeadingPunctuation_areRefused(String name) {
    assertThat(IntegrationNames.problem(name))
        .contains("use letters, digits, `_`, `-` and `.`, starting with a letter or digit");
  }

  @Test
  void nameOf101Characters_isRefused() {
    assertThat(IntegrationNames.problem("a".repeat(100))).isEmpty();
    assertThat(IntegrationNames.problem("a".repeat(101)))
        .contains("it is longer than 100 characters");
  }
}
