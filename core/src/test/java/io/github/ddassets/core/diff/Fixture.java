package io.github.ddassets.core.diff;

import io.github.ddassets.core.config.ConfigTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small integration folders written for a test, and the comparison of two of them. */
final class Fixture {

  static final String HEADER =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
          + "integration,short_name,curated_metric\n";

  static final String METADATA =
      HEADER
          + "acme.queue.depth,gauge,,message,,Messages waiting.,-1,acme,queue depth,\n"
          + "acme.sent,count,,byte,second,Bytes sent.,0,acme,sent,\n";

  static final String SERVICE_CHECKS =
      """
      [
        {
          "agent_version": "7.50.0",
          "integration": "Acme",
          "check": "acme.can_connect",
          "statuses": ["ok", "warning", "critical"],
          "groups": ["host"],
          "name": "Acme can connect",
          "description": "Returns CRITICAL if the check cannot reach Acme."
        }
      ]
      """;

  static final String SPEC =
      """
      name: Acme
      files:
      - name: acme.yaml
        options:
        - template: init_config
          options:
          - template: init_config/default
        - template: instances
          options:
          - name: url
            required: true
            description: The URL of Acme.
            value:
              type: string
              example: http://localhost:8080
          - name: timeout
            description: Seconds to wait.
            value:
              type: integer
              display_default: 10
              example: 10
          - template: instances/default
      """;

  static final String MANIFEST =
      """
      {
        "manifest_version": "2.0.0",
        "app_uuid": "c7f4a9a2-1111-4222-8333-944455556666",
        "app_id": "acme",
        "display_on_public_website": true,
        "tile": {"title": "Acme", "description": "Watch Acme queues."},
        "assets": {
          "integration": {
            "source_type_name": "Acme",
            "metrics": {"prefix": "acme.", "check": "acme.queue.depth", "metadata_path": "metadata.csv"},
            "service_checks": {"metadata_path": "assets/service_checks.json"}
          },
          "dashboards": {"Acme Overview": "assets/dashboards/overview.json"}
        }
      }
      """;

  private Fixture() {}

  /**
   * Writes the four files of an integration folder {@code acme} (files side by side) under root.
   */
  static Path acme(Path root, String metadata, String serviceChecks, String spec, String manifest) {
    Path folder = root.resolve("acme");
    write(folder.resolve("metadata.csv"), metadata);
    write(folder.resolve("service_checks.json"), serviceChecks);
    write(folder.resolve("spec.yaml"), spec);
    write(folder.resolve("manifest.json"), manifest);
    return folder;
  }

  /** The standard acme folder. */
  static Path acme(Path root) {
    return acme(root, METADATA, SERVICE_CHECKS, SPEC, MANIFEST);
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Release read(Path path, String shown) throws UnreadableReleaseException {
    return new ReleaseReader(ConfigTemplates.builtIn()).read(path, shown);
  }

  /** The changes between two folders, as {@code impact code name [before -> after]} lines. */
  static List<String> diff(Path before, Path after) throws UnreadableReleaseException {
    return lines(ReleaseDiff.compare(read(before, "old"), read(after, "new")));
  }

  static List<String> lines(DiffReport report) {
    return report.changes().stream()
        .map(
            change ->
                change.impact().id()
                    + " "
                    + change.code()
                    + " "
                    + change.name()
                    + " ["
                    + change.before()
                    + " -> "
                    + change.after()
                    + "]")
        .toList();
  }
}
