package io.github.ddassets.processor.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Errors land on the same file and line whichever compiler hosts the processor. */
class HostDiagnosticsTest {

  private static final String CHECK =
      """
      package test;

      import io.github.ddassets.annotations.*;

      @Integration(name = "acme")
      public final class AcmeCheck {

        /** Bytes in the queue. */
        @Metric(type = MetricType.GAUGE,
            unit = "bytes")
        public static final String QUEUE_SIZE = "acme.queue.size";
      }
      """;

  private static final String INSTANCE =
      """
      package test;

      import io.github.ddassets.annotations.*;

      /**
       * One Acme server.
       *
       * @param port The port.
       */
      @InstanceConfig(check = AcmeCheck.class)
      record Instance(
          @Param(example = "not a number") int port) {}
      """;

  @ParameterizedTest
  @EnumSource(CompilerHost.class)
  void anAnnotationValue_isReportedOnItsLine(CompilerHost host, @TempDir Path folder) {
    List<CompilerHost.Message> errors = errors(host, folder);

    assertThat(errors)
        .contains(
            new CompilerHost.Message(
                Diagnostic.Kind.ERROR,
                "AcmeCheck.java",
                10,
                "[metadata-unit-unknown] `bytes` is not a valid unit_name (did you mean `byte`?)"));
  }

  @ParameterizedTest
  @EnumSource(CompilerHost.class)
  void aRecordComponent_isReportedWhereTheHostCanPlaceIt(CompilerHost host, @TempDir Path folder) {
    List<CompilerHost.Message> errors = errors(host, folder);

    String message =
        "[spec-example-type] Instance.port: the example of an integer value must be a number";
    // javac places the component; ECJ places nothing of a record, so the finding moves to the
    // check class the record belongs to, naming the record and the component.
    CompilerHost.Message expected =
        host == CompilerHost.JAVAC
            ? new CompilerHost.Message(Diagnostic.Kind.ERROR, "Instance.java", 12, message)
            : new CompilerHost.Message(
                Diagnostic.Kind.ERROR,
                "AcmeCheck.java",
                6,
                message + " (record test.Instance, component `port`)");
    assertThat(errors).contains(expected);
  }

  @ParameterizedTest
  @EnumSource(CompilerHost.class)
  void aNestedRecordsComponent_isReportedOnTheEnclosingClassUnderEcj(
      CompilerHost host, @TempDir Path folder) {
    String check =
        """
        package test;

        import io.github.ddassets.annotations.*;

        @Integration(name = "acme")
        public final class AcmeCheck {

          /** @param port The port. */
          @InstanceConfig
          record Instance(
              @Param(example = "not a number") int port) {}
        }
        """;

    List<CompilerHost.Message> errors =
        host.compile(folder, Map.of("test/AcmeCheck.java", check)).stream()
            .filter(message -> message.kind() == Diagnostic.Kind.ERROR)
            .toList();

    String message =
        "[spec-example-type] Instance.port: the example of an integer value must be a number";
    assertThat(errors)
        .containsExactly(
            host == CompilerHost.JAVAC
                ? new CompilerHost.Message(Diagnostic.Kind.ERROR, "AcmeCheck.java", 11, message)
                : new CompilerHost.Message(
                    Diagnostic.Kind.ERROR,
                    "AcmeCheck.java",
                    6,
                    message + " (record test.AcmeCheck.Instance, component `port`)"));
  }

  @ParameterizedTest
  @EnumSource(CompilerHost.class)
  void everyError_hasAFileAndALine(CompilerHost host, @TempDir Path folder) {
    List<CompilerHost.Message> errors = errors(host, folder);

    assertThat(errors).hasSize(2);
    assertThat(errors).allSatisfy(error -> assertThat(error.line()).isPositive());
    assertThat(errors).allSatisfy(error -> assertThat(error.file()).isNotEmpty());
  }

  @ParameterizedTest
  @EnumSource(CompilerHost.class)
  void aValueNestedInAJmxRule_isReportedOnItsLine(CompilerHost host, @TempDir Path folder) {
    String check =
        """
        package test;

        import io.github.ddassets.annotations.*;

        @Integration(name = "acme")
        @JmxRule(domain = "acme", attributes = {
            @JmxAttribute(name = "Size", alias = "acme.size"),
            @JmxAttribute(name = "Size", alias = "acme.size_again")})
        public final class AcmeCheck {}
        """;

    List<CompilerHost.Message> twice =
        host.compile(folder, Map.of("test/AcmeCheck.java", check)).stream()
            .filter(message -> message.message().contains("is listed twice"))
            .toList();

    // javac places the nested @JmxAttribute itself; ECJ places no annotation nested in another's
    // value, so the finding lands on the @JmxRule that holds it, still in the right file.
    assertThat(twice)
        .containsExactly(
            new CompilerHost.Message(
                Diagnostic.Kind.ERROR,
                "AcmeCheck.java",
                host == CompilerHost.JAVAC ? 8 : 6,
                "[source-attribute-invalid] attribute `Size` is listed twice in this @JmxRule;"
                    + " metrics.yaml holds each once"));
  }

  private static List<CompilerHost.Message> errors(CompilerHost host, Path folder) {
    return host
        .compile(folder, Map.of("test/AcmeCheck.java", CHECK, "test/Instance.java", INSTANCE))
        .stream()
        .filter(message -> message.kind() == Diagnostic.Kind.ERROR)
        .toList();
  }
}
