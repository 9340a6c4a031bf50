package io.github.ddassets.core.output;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files generated for one integration: text by path relative to the integration folder ({@code
 * metadata.csv}, {@code assets/service_checks.json}...), sorted by path.
 *
 * @param integration the integration's (safe) name, which names its folder
 * @param files text by relative path
 */
public record GeneratedFiles(String integration, Map<String, String> files) {

  /** The path of metadata.csv in an integration folder. */
  public static final String METADATA = "metadata.csv";

  /** The path of service_checks.json in an integration folder. */
  public static final String SERVICE_CHECKS = "assets/service_checks.json";

  /** The path of manifest.json in an integration folder. */
  public static final String MANIFEST = "manifest.json";

  /**
   * The path of the manifest fragment: the keys the code owns, for repositories whose manifest
   * stays hand-written. A build product only, never part of a committed copy.
   */
  public static final String FRAGMENT = "manifest.fragment.json";

  /** The path of the configuration spec in an integration folder. */
  public static final String SPEC = "assets/configuration/spec.yaml";

  /** The path of an example configuration file (conf.yaml.example, auto_conf.yaml...). */
  public static String example(String integration, String exampleName) {
    return "datadog_checks/" + integration + "/data/" + exampleName;
  }

  /** These files without the one at a path. */
  public GeneratedFiles without(String path) {
    Map<String, String> rest = new TreeMap<>(files);
    rest.remove(path);
    return new GeneratedFiles(integration, rest);
  }

  /** These files and more; a path given in both takes the new text. */
  public GeneratedFiles with(Map<String, String> more) {
    Map<String, String> all = new TreeMap<>(files);
    all.putAll(more);
    return new GeneratedFiles(integration, all);
  }

  public GeneratedFiles {
    Objects.requireNonNull(integration, "integration");
    Optional<String> problem = IntegrationNames.problem(integration);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(
          "unsafe integration name `" + integration + "`: " + problem.get());
    }
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }
}
