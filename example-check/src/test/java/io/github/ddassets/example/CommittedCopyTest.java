package io.github.ddassets.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed copy in {@code assets/} is what the build generates. The build itself fails when
 * they differ ({@code -Addassets.verify}), but only when javac runs: this test also catches a copy
 * edited after an incremental build that had nothing to compile.
 */
class CommittedCopyTest {

  private static final Path COMMITTED = Path.of("assets/jvm_runtime");
  private static final Path GENERATED = Path.of("target/classes", ClasspathAssets.ROOT);

  @Test
  void committedCopy_holdsTheGeneratedFiles_identical() throws IOException {
    List<String> committed = files(COMMITTED);

    assertThat(committed)
        .containsExactly(
            "assets/configuration/spec.yaml",
            "assets/service_checks.json",
            "datadog_checks/jvm_runtime/data/conf.yaml.example",
            "manifest.json",
            "metadata.csv");
    for (String file : committed) {
      // A checkout may have turned the line ends into CRLF; verify ignores them too.
      assertThat(Files.readString(COMMITTED.resolve(file)).replace("\r\n", "\n"))
          .as(file)
          .isEqualTo(Files.readString(GENERATED.resolve(file)));
    }
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
