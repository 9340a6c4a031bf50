package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A compilation of more integrations than {@link AssetWriter#FILER_FILES} allows through javac's
 * Filer writes most files beside the first one: the files must be exactly those that the Filer
 * writes (compile-testing's in-memory file manager has no folder, so it always goes through it).
 */
class ManyIntegrationsTest {

  private static final int INTEGRATIONS = 30;

  @Test
  void filesWrittenBesideTheFiler_areByteIdenticalToFilerOutput() {
    List<JavaFileObject> sources = sources();
    Compilation throughFiler = compile(sources.toArray(new JavaFileObject[0]));
    assertThat(throughFiler).succeededWithoutWarnings();

    SortedMap<String, String> onDisk =
        Compilations.filesOnDisk(List.of(), sources, StandardLocation.CLASS_OUTPUT);

    Map<String, byte[]> expected = filerFiles(throughFiler);
    assertThat(expected)
        .as("more asset files than the Filer threshold")
        .hasSizeGreaterThan(AssetWriter.FILER_FILES + 1);
    SortedMap<String, byte[]> actual = new TreeMap<>();
    onDisk.forEach(
        (path, text) -> {
          if (path.startsWith("META-INF/")) {
            actual.put(path, text.getBytes(StandardCharsets.ISO_8859_1));
          }
        });
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
  }

  private static List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < INTEGRATIONS; i++) {
      String name = String.format("many_%02d", i);
      String type = String.format("Many%02dCheck", i);
      sources.add(
          source(
              "test." + type,
              "package test;",
              "import io.github.ddassets.annotations.*;",
              "@Integration(name = \"" + name + "\")",
              "final class " + type + " {",
              "  /** Requests served. */",
              "  @Metric(type = MetricType.COUNT, unit = \"request\", shortName = \"requests\")",
              "  static final String REQUESTS = \"" + name + ".requests\";",
              "  /** Returns `CRITICAL` if the check cannot connect, otherwise `OK`. */",
              "  @ServiceCheck(name = \"Many " + i + " can connect\", agentVersion = \"7.59.0\")",
              "  static final String CAN_CONNECT = \"" + name + ".can_connect\";",
              "}"));
    }
    return sources;
  }

  /** Every class-output resource of the in-memory compilation, by path, as bytes. */
  private static SortedMap<String, byte[]> filerFiles(Compilation compilation) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int start = uri.indexOf("META-INF/");
      if (file.getKind() == JavaFileObject.Kind.CLASS || start < 0) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        files.put(uri.substring(start), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
