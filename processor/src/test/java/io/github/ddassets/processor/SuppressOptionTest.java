package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.generated;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code -Addassets.suppress}: an author silences, in their own build, a rule they cannot act on;
 * what ddev itself refuses cannot be silenced.
 */
class SuppressOptionTest {

  private static final String MANIFEST = "META-INF/datadog/acme/manifest.json";

  @Test
  void suppressedWarning_isNotPrinted() {
    ManifestSource source = ManifestSource.complete().remove("author.salesEmail");

    assertThat(compile(source.build()))
        .hadWarningContaining("[manifest-key-documented] `/author` lacks the key `sales_email`");
    assertThat(compile(List.of("-Addassets.suppress=manifest-key-documented"), source.build()))
        .succeededWithoutWarnings();
  }

  @Test
  void suppressedStrictError_letsTheFilesBeWritten() {
    ManifestSource source =
        ManifestSource.complete().set("author.salesEmail", "salesEmail = \"sales-at-acme\"");

    assertThat(compile(source.build())).hadErrorContaining("[manifest-email-invalid]");
    Compilation suppressed =
        compile(
            List.of("-Addassets.suppress= manifest-email-invalid , metadata-unsorted"),
            source.build());
    assertThat(suppressed).succeededWithoutWarnings();
    assertThat(generated(suppressed, MANIFEST).orElseThrow()).contains("sales-at-acme");
  }

  @Test
  void unknownRuleId_isAnOptionError() {
    Compilation compilation =
        compile(
            List.of("-Addassets.suppress=manifest-key-documentd"),
            ManifestSource.complete().build());

    assertThat(compilation)
        .hadErrorContaining(
            "-Addassets.suppress: `manifest-key-documentd` is not a rule id (did you mean"
                + " `manifest-key-documented`?)");
  }

  @Test
  void ddevError_cannotBeSuppressed() {
    Compilation compilation =
        compile(
            List.of("-Addassets.suppress=metadata-unit-unknown"),
            ManifestSource.complete().build());

    assertThat(compilation)
        .hadErrorContaining(
            "-Addassets.suppress: `metadata-unit-unknown` cannot be suppressed: it is an error of"
                + " the ddev profile");
  }
}
