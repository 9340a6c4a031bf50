package io.github.ddassets.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The per-integration overrides of a repository's {@code .ddev/config.toml} that stand in for
 * manifest fields: {@code [overrides.metrics-prefix]} gives the metric prefix of integrations
 * without a manifest.
 *
 * @param metricPrefixes metric prefix by integration name
 */
public record RepoOverrides(Map<String, String> metricPrefixes) {

  /** No overrides. */
  public static final RepoOverrides NONE = new RepoOverrides(Map.of());

  /** Where ddev keeps the file, relative to the repository root. */
  public static final String LOCATION = ".ddev/config.toml";

  public RepoOverrides {
    metricPrefixes = Map.copyOf(metricPrefixes);
  }

  /** The prefix override of an integration, if any. */
  public Optional<String> metricPrefix(String integration) {
    return Optional.ofNullable(metricPrefixes.get(integration));
  }

  /**
   * Reads a {@code config.toml} (a regular file, within the byte budget of {@link TextFiles}).
   *
   * @throws IOException when the file cannot be read or is not valid TOML
   */
  public static RepoOverrides read(Path file) throws IOException {
    JsonNode root = new TomlMapper().readTree(TextFiles.readUtf8(file));
    Map<String, String> prefixes = new TreeMap<>();
    JsonNode table = root.path("overrides").path("metrics-prefix");
    for (Map.Entry<String, JsonNode> entry : table.properties()) {
      if (entry.getValue().isTextual()) {
        prefixes.put(entry.getKey(), entry.getValue().textValue());
      }
    }
    return new RepoOverrides(prefixes);
  }
}
