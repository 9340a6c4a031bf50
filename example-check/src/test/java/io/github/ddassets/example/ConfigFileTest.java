package io.github.ddassets.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check reads its conf.yaml through the generated loader, which rejects bad files. */
class ConfigFileTest {

  private static final String BAD =
      String.join(
          "\n",
          "init_config:",
          "  timeout: soon",
          "instances:",
          "  - port: 9999",
          "  - host: localhost",
          "    port: 70000",
          "    user: [admin]",
          "");

  private static final List<String> PROBLEMS =
      List.of(
          "conf.yaml:2:12: init_config.timeout: expected an integer, found \"soon\"",
          "conf.yaml:4:5: instances[0].host: missing required key",
          "conf.yaml:6:11: instances[1].port: 70000 is greater than the maximum 65535",
          "conf.yaml:7:11: instances[1].user: expected a string, found a list");

  @Test
  void loader_readsAGoodFile_withItsDefaults() throws Exception {
    JvmRuntimeCheckConfigLoader.Config config =
        JvmRuntimeCheckConfigLoader.parse(
            "instances:\n  - host: localhost\n    port: 9999\n    tags: [env:dev]\n", "conf.yaml");

    assertThat(config.initConfig()).isEqualTo(new JvmRuntimeCheck.Init(10, "localhost", 8125));
    assertThat(config.instances())
        .containsExactly(
            new JvmRuntimeCheck.Instance("localhost", 9999, null, null, null, List.of("env:dev")));
    assertThat(config.warnings()).isEmpty();
  }

  @Test
  void loader_rejectsWrongTypesAndMissingKeys_withTheirPositionAndParameter() {
    JvmRuntimeCheckConfigLoader.InvalidConfigException e =
        catchThrowableOfType(
            JvmRuntimeCheckConfigLoader.InvalidConfigException.class,
            () -> JvmRuntimeCheckConfigLoader.parse(BAD, "conf.yaml"));

    assertThat(e.problems()).containsExactlyElementsOf(PROBLEMS);
  }

  @Test
  void command_printsOneLineAProblem_andExitsWithTwo(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("conf.yaml");
    Files.writeString(config, BAD, StandardCharsets.UTF_8);

    Run run = run("--config", config.toString());

    assertThat(run.code()).isEqualTo(CheckCommand.BAD_CONFIG);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(String.join("\n", PROBLEMS).replace("conf.yaml:", config + ":") + "\n");
  }

  @Test
  void command_missingFile_isOneLine(@TempDir Path dir) {
    Path config = dir.resolve("absent.yaml");

    Run run = run("--config", config.toString());

    assertThat(run.code()).isEqualTo(CheckCommand.BAD_CONFIG);
    assertThat(run.err()).isEqualTo("jvm_runtime: " + config + ": no such file\n");
  }

  @Test
  void command_unknownKeys_areWarnings(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("conf.yaml");
    Files.writeString(
        config,
        "instances:\n  - host: localhost\n    port: 9999\n    prot: 1\n",
        StandardCharsets.UTF_8);

    JvmRuntimeCheckConfigLoader.Config loaded;
    try {
      loaded = JvmRuntimeCheckConfigLoader.load(config);
    } catch (JvmRuntimeCheckConfigLoader.InvalidConfigException e) {
      throw new AssertionError(e.getMessage(), e);
    }

    assertThat(loaded.warnings())
        .containsExactly(config + ":4:5: instances[0].prot: unknown key, ignored");
  }

  @Test
  void command_withoutConfig_isAUsageError() {
    Run run = run();

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing required option: '--config=FILE'\n");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CheckCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}
