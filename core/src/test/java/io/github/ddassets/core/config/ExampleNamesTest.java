package io.github.ddassets.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExampleNamesTest {

  @Test
  void plainFileNames_areAccepted() {
    assertThat(ExampleNames.problem("conf.yaml.example")).isEmpty();
    assertThat(ExampleNames.problem("auto_conf.yaml")).isEmpty();
    assertThat(ExampleNames.problem(".hidden.example")).isEmpty();
  }

  @Test
  void namesThatCouldPutTheFileElsewhere_areRefusedWithTheirReason() {
    assertThat(ExampleNames.problem("../escape.yaml")).contains("it contains `/`");
    assertThat(ExampleNames.problem("/etc/passwd")).contains("it contains `/`");
    assertThat(ExampleNames.problem("..\\escape.yaml")).contains("it contains `\\`");
    assertThat(ExampleNames.problem("C:escape.yaml")).contains("it contains `:`");
    assertThat(ExampleNames.problem("conf\0.yaml")).contains("it contains a NUL character");
    assertThat(ExampleNames.problem("..")).contains("it names a folder");
    assertThat(ExampleNames.problem(".")).contains("it names a folder");
    assertThat(ExampleNames.problem("")).contains("it is empty");
  }
}
