package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.generated;
import static io.github.ddassets.processor.RuleCase.acmeCheck;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each diagnostic says what the author wrote wrong, once, in the words of the sources. Every test
 * here names the misleading message it replaces.
 */
class DiagnosticWordingTest {

  @Test
  void misspeltOverride_isOneErrorOnTheOverride() {
    JavaFileObject check =
        acmeCheck(
            "  /** @param host The host. */",
            "  @InstanceConfig(templates = {",
            "      @Template(value = \"instances/http\",",
            "          overrides = @TemplateOverride(",
            "              path = \"auth_typ.value.example\", value = \"basic\")),",
            "      @Template(\"instances/default\")})",
            "  record Instance(@Param(example = \"x\") String host) {}");

    Compilation compilation = compile(check);

    // Before: the same error a second time on @Template("instances/default"), both reading
    // "file `acme.yaml`, instances, option #N: template override `` has no named mapping ...".
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[spec-override-unused] template override `auth_typ.value.example`: the template has"
                + " no named mapping `auth_typ`")
        .inFile(check)
        .onLineContaining("path = \"auth_typ.value.example\"");
  }

  @Test
  void abbreviatedPerUnit_suggestsTheUnitItStandsFor() {
    Compilation compilation =
        compile(
            acmeCheck(
                "  /** Requests served. */",
                "  @Metric(type = MetricType.RATE, unit = \"request\", perUnit = \"sec\",",
                "      emittedEveryRun = true)",
                "  static final String REQUESTS = \"acme.requests\";"));

    // Before: "(did you mean `set`?)".
    assertThat(compilation)
        .hadErrorContaining(
            "[metadata-unit-unknown] `sec` is not a valid per_unit_name (did you mean `second`?)");
  }

  @Test
  void duplicateMetric_isNotItsOwnShortNameDuplicate() {
    Compilation compilation =
        compile(
            acmeCheck(
                "  /** Depth. */ @Metric(type = MetricType.GAUGE, emittedEveryRun = true)",
                "  static final String DEPTH = \"acme.queue.depth\";",
                "  /** Other. */ @Metric(type = MetricType.GAUGE)",
                "  static final String AGAIN = \"acme.queue.depth\";"));

    // Before: also "[metadata-short-name-duplicate] short_name `queue depth` is also used by
    // `acme.queue.depth`", the metric itself.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[metadata-name-duplicate]");
    assertThat(compilation.warnings()).isEmpty();
  }

  @Test
  void oauthOnAnAgentIntegration_isOnlyTheKindError() {
    Compilation compilation =
        compile(ManifestSource.complete().annotate("@OAuth(scopes = \"api_keys_write\")").build());

    // Before: also "[manifest-auto-install-api] auto_install is true for an API integration".
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[source-integration-kind] @OAuth declares");
    assertThat(compilation.warnings()).isEmpty();
  }

  @Test
  void autoConfWithoutInstanceConfig_saysThereIsNone() {
    JavaFileObject check =
        acmeCheck(
            "  @AutoConf(adIdentifiers = \"acme\",",
            "      examples = @ParamValue(param = \"host\", value = \"%%host%%\"))",
            "  static final class Discovery {}");

    Compilation compilation = compile(check);

    // Before: "`host` is not an option of the @InstanceConfig type", of a type that is not there.
    assertThat(compilation)
        .hadErrorContaining(
            "[source-attribute-invalid] `host` names no option: @ParamValue gives an example to an"
                + " option of the integration's @InstanceConfig type, and the integration declares"
                + " none")
        .inFile(check)
        .onLineContaining("param = \"host\"");
  }

  @Test
  void autoConfExampleOfAnUnknownOption_namesTheType() {
    Compilation compilation =
        compile(
            acmeCheck(
                "  /** @param url The URL. */",
                "  @InstanceConfig record Instance(@Param(example = \"x\") String url) {}",
                "  @AutoConf(adIdentifiers = \"acme\",",
                "      examples = @ParamValue(param = \"host\", value = \"%%host%%\"))",
                "  static final class Discovery {}"));

    assertThat(compilation)
        .hadErrorContaining(
            "[source-attribute-invalid] `host` is not an option of the @InstanceConfig type"
                + " Instance");
  }

  @Test
  void specFindingsOnComponents_nameTheComponent() {
    Compilation compilation =
        compile(
            acmeCheck(
                "  /** @param host The host. */",
                "  @InitConfig record Init(@Param(example = \"x\") String host, int timeout) {}"));

    // Before: "file `acme.yaml`, init_config, timeout needs a `description`".
    assertThat(compilation)
        .hadErrorContaining("[spec-option-description] Init.timeout needs a `description`");
  }

  @Test
  void javadocHtml_becomesPlainText() {
    Compilation compilation =
        compile(
            acmeCheck(
                "  /** Bytes read from <b>disk</b> &amp; <code>tmpfs</code>.<p>Sampled. */",
                "  @Metric(type = MetricType.GAUGE, unit = \"byte\", emittedEveryRun = true)",
                "  static final String READ = \"acme.disk.read\";",
                "  /**",
                "   * @param host The <i>host</i>.",
                "   *     <p>A name, not an address &lt;IP&gt;.",
                "   */",
                "  @InstanceConfig record Instance(@Param(example = \"x\") String host) {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "META-INF/datadog/acme/metadata.csv").orElseThrow())
        .contains(",Bytes read from disk & `tmpfs`. Sampled.,");
    assertThat(
            generated(compilation, "META-INF/datadog/acme/assets/configuration/spec.yaml")
                .orElseThrow())
        .contains("      description: 'The host.\n\n\n        A name, not an address <IP>.'\n");
  }

  @Test
  void strictExampleRules_doNotRunUnderDdev() {
    Compilation compilation =
        compile(
            List.of("-Addassets.profile=ddev"),
            acmeCheck(
                "  /** @param timeout The timeout. */",
                "  @InstanceConfig record Instance(",
                "      @Param(maximum = 60000, example = \"90000\") int timeout) {}"));

    assertThat(compilation).succeeded();
    assertThat(compilation.diagnostics())
        .noneMatch(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR);
  }
}
