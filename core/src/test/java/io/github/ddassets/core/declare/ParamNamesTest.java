package io.github.ddassets.core.declare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParamNamesTest {

  @ParameterizedTest
  @CsvSource({
    "url, url",
    "apiKey, api_key",
    "jmxURL, jmx_url",
    "useHTTPProxy, use_http_proxy",
    "http2Enabled, http2_enabled",
    "minCollectionInterval, min_collection_interval",
    "already_snake, already_snake",
    "X, x"
  })
  void javaNames_becomeSnakeCase(String javaName, String expected) {
    assertThat(ParamNames.snakeCase(javaName)).isEqualTo(expected);
  }
}
