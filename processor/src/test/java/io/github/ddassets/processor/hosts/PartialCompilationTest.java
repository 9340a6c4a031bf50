package io.github.ddassets.processor.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A compilation of some of a module's sources, with the rest already compiled into the class
 * output (Maven's changed-files mode, an IDE recompiling one file), writes exactly the files a
 * clean build of the same sources writes.
 */
class PartialCompilationTest {

  private static final String CHECK_FILE = "test/AcmeCheck.java";
  private static final String INSTANCE_FILE = "test/Instance.java";

  private static final String CHECK =
      """
      package test;

      import io.github.ddassets.annotations.*;

      @Integration(name = "acme", displayName = "Acme")
      public final class AcmeCheck {

        /** Messages waiting in the queue. */
        @Metric(type = MetricType.GAUGE, unit = "message")
        public static final String QUEUE_DEPTH = "acme.queue.depth";

        /** Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`. */
        @ServiceCheck(name = "Acme can connect", agentVersion = "7.59.0")
        public static final String CAN_CONNECT = "acme.can_connect";
      }
      """;

  private static final String INSTANCE =
      """
      package test;

      import io.github.ddassets.annotations.*;

      /**
       * One Acme server.
       *
       * @param url The base URL of the Acme admin API.
       * @param queues The queues to watch.
       */
      @InstanceConfig(check = AcmeCheck.class)
      public record Instance(
          @Param(required = true, example = "http://localhost:8080") String url,
          java.util.List<String> queues) {}
      """;

  @ParameterizedTest
  @EnumSource(CompilerHost.class)
  void onlyTheConfigurationRecord_writesWhatACleanBuildWrites(
      CompilerHost host, @TempDir Path work) {
    Path module = work.resolve("module");
    assertThat(errors(host.compile(module, Map.of(CHECK_FILE, CHECK, INSTANCE_FILE, INSTANCE))))
        .isEmpty();
    Map<String, String> clean = generated(module);

    List<CompilerHost.Message> messages = host.compile(module, List.of(INSTANCE_FILE));

    assertThat(errors(messages)).isEmpty();
    assertThat(generated(module)).isEqualTo(clean);
    assertThat(clean).containsKey("acme/assets/configuration/spec.yaml");
  }

  @ParameterizedTest
  @EnumSource(CompilerHost.class)
  void onlyTheCheckClass_writesWhatACleanBuildWrites(CompilerHost host, @TempDir Path work) {
    Path module = work.resolve("module");
    assertThat(errors(host.compile(module, Map.of(CHECK_FILE, CHECK, INSTANCE_FILE, INSTANCE))))
        .isEmpty();
    Map<String, String> clean = generated(module);

    List<CompilerHost.Message> messages = host.compile(module, List.of(CHECK_FILE));

    assertThat(errors(messages)).isEmpty();
    assertThat(generated(module)).isEqualTo(clean);
    assertThat(clean.get("acme/manifest.fragment.json")).contains("assets/configuration/spec.yaml");
  }

  @ParameterizedTest
  @EnumSource(CompilerHost.class)
  void aChangedMetricConstant_writesWhatACleanBuildOfTheChangeWrites(
      CompilerHost host, @TempDir Path work) {
    Path module = work.resolve("module");
    assertThat(errors(host.compile(module, Map.of(CHECK_FILE, CHECK, INSTANCE_FILE, INSTANCE))))
        .isEmpty();
    String changed =
        CHECK
            .replace("unit = \"message\"", "unit = \"byte\"")
            .replace("Messages waiting in the queue.", "Bytes waiting in the queue.");
    write(module.resolve("src").resolve(CHECK_FILE), changed);

    List<CompilerHost.Message> messages = host.compile(module, List.of(CHECK_FILE));

    Path reference = work.resolve("reference");
    assertThat(
            errors(host.compile(reference, Map.of(CHECK_FILE, changed, INSTANCE_FILE, INSTANCE))))
        .isEmpty();
    assertThat(errors(messages)).isEmpty();
    assertThat(generated(module)).isEqualTo(generated(reference));
    assertThat(generated(module).get("acme/metadata.csv")).contains("Bytes waiting in the queue.");
  }

  @ParameterizedTest
  @EnumSource(CompilerHost.class)
  void aChangedConfigurationRecord_isRebuiltOrNamesWhatToDo(CompilerHost host, @TempDir Path work) {
    Path module = work.resolve("module");
    assertThat(errors(host.compile(module, Map.of(CHECK_FILE, CHECK, INSTANCE_FILE, INSTANCE))))
        .isEmpty();
    String changed =
        INSTANCE
            .replace(
                "@param queues The queues to watch.",
                "@param queues The queues to watch.\n * @param timeout Seconds to wait.")
            .replace("java.util.List<String> queues)", "java.util.List<String> queues, int timeout)");
    write(module.resolve("src").resolve(INSTANCE_FILE), changed);

    List<CompilerHost.Message> messages = host.compile(module, List.of(INSTANCE_FILE));

    if (host == CompilerHost.JAVAC) {
      Path reference = work.resolve("reference");
      assertThat(
              errors(host.compile(reference, Map.of(CHECK_FILE, CHECK, INSTANCE_FILE, changed))))
          .isEmpty();
      assertThat(errors(messages)).isEmpty();
      assertThat(generated(module)).isEqualTo(generated(reference));
      assertThat(generated(module).get("acme/assets/configuration/spec.yaml")).contains("timeout");
    } else {
      // ECJ cannot generate the new loader over the previous build's class: it says what to do.
      assertThat(errors(messages))
          .extracting(CompilerHost.Message::message)
          .containsExactly(
              "ddassets: cannot write a configuration loader: test.AcmeCheckConfigLoader changed,"
                  + " but its previous class is on the class path and this compiler cannot replace"
                  + " it; clean the output folder and build again");
    }
  }

  private static List<CompilerHost.Message> errors(List<CompilerHost.Message> messages) {
    return messages.stream().filter(message -> message.kind() == Diagnostic.Kind.ERROR).toList();
  }

  /** The generated asset files of a module, by path under META-INF/datadog. */
  private static Map<String, String> generated(Path module) {
    Path root = module.resolve("classes/META-INF/datadog");
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString().replace('\\', '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
