package io.github.ddassets.cli.imports;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.model.TextLines;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.testing.SharedReference;
import io.github.ddassets.processor.AssetsProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The configuration round trip of issue 7: every spec.yaml of the integrations-extras corpus that
 * has a conf.yaml.example is imported into annotated config types, which are compiled with the
 * processor (pointed at ddev's templates) next to a minimal check class. The spec.yaml the
 * processor writes must equal the original as parsed YAML, and its conf.yaml.example must be the
 * original byte for byte, or, for the 13 OpenMetrics examples ddev rendered with an older template,
 * what the original spec renders to now.
 */
class SpecImportCorpusRoundTripTest {

  /** Integrations per compilation; a batch with an error is compiled again one by one. */
  private static final int BATCH = 16;

  /**
   * The OpenMetrics examples rendered before ddev's template gained a line (see SpecCorpusTest).
   */
  private static final List<String> OLDER_OPENMETRICS_TEMPLATE =
      List.of(
          "aerospike_enterprise",
          "cloudnatix",
          "fluentbit",
          "gitea",
          "grafana",
          "hikaricp",
          "ocient",
          "qdrant",
          "redis_cloud",
          "redis_enterprise",
          "redpanda",
          "resilience4j",
          "robust_intelligence_ai_firewall");

  /**
   * The integrations that do not round trip: the start of the failure the test reports, and why.
   */
  private static final Map<String, Known> EXPECTED_FAILURES =
      new TreeMap<>(
          Map.ofEntries(
              defect(
                  "cybersixgill_actionable_alerts",
                  "spec.yaml differs",
                  "`secret` in a value rather than on the option, which ddev rejects: left out"),
              defect(
                  "go_pprof_scraper",
                  "spec.yaml differs",
                  "the misspelt key `requried`, which ddev rejects: left out of the Java"),
              defect(
                  "pihole",
                  "spec.yaml differs",
                  "`default` on an option rather than in its value, which ddev rejects: left out")));

  /**
   * A known failure.
   *
   * @param failure how the reported failure starts
   * @param defect whether the original is at fault (else it uses what the annotations do not
   *     declare)
   * @param reason why
   */
  private record Known(String failure, boolean defect, String reason) {}

  private static Map.Entry<String, Known> defect(String name, String failure, String reason) {
    return Map.entry(name, new Known(failure, true, reason));
  }

  private static Map.Entry<String, Known> unsupported(String name, String failure, String reason) {
    return Map.entry(name, new Known(failure, false, reason));
  }

  @Test
  void importedConfigTypes_giveBackEverySpecAndExample() throws IOException {
    Path corpus = SharedReference.corpus();
    Path ddevTemplates = SharedReference.reference().resolve("ddev-templates");
    ConfigTemplates templates =
        new ConfigTemplates(
            List.of(
                TemplateRoot.directory(ddevTemplates, "ddev-templates"), TemplateRoot.builtIn()));
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> folders = Files.list(corpus)) {
      for (Path folder : folders.sorted().toList()) {
        if (Files.isRegularFile(folder.resolve("spec.yaml"))
            && Files.isRegularFile(folder.resolve("conf.yaml.example"))) {
          cases.add(caseOf(folder, cases.size(), templates));
        }
      }
    }
    List<String> options =
        List.of("-Addassets.profile=ddev", "-Addassets.templates=" + ddevTemplates);
    Map<String, String> failures = new TreeMap<>();
    List<String> rows = new ArrayList<>();
    int identicalSpecs = 0;
    int identicalExamples = 0;
    int canonicalExamples = 0;
    List<Case> importable = cases.stream().filter(item -> item.refusal().isEmpty()).toList();
    Map<String, Map<String, String>> generated = compileAll(importable, options);
    for (Case item : cases) {
      String failure = item.refusal().orElse("");
      Map<String, String> files = generated.getOrDefault(item.name(), Map.of());
      if (failure.isEmpty() && files.containsKey("(errors)")) {
        failure = "compile error: " + files.get("(errors)");
      }
      boolean specSame = false;
      boolean exampleSame = false;
      if (failure.isEmpty()) {
        specSame = sameYaml(item.spec(), files.get(GeneratedFiles.SPEC));
        String example =
            files.getOrDefault(GeneratedFiles.example(item.name(), "conf.yaml.example"), "");
        boolean canonical = OLDER_OPENMETRICS_TEMPLATE.contains(item.name());
        String expected = canonical ? item.canonicalExample() : item.example();
        exampleSame = expected.equals(example);
        if (!specSame) {
          failure = "spec.yaml differs";
        } else if (!exampleSame) {
          failure =
              "conf.yaml.example differs at line " + TextLines.firstDifference(example, expected);
        } else if (!item.canonicalAutoConf()
            .equals(
                files.getOrDefault(GeneratedFiles.example(item.name(), "auto_conf.yaml"), ""))) {
          failure = "auto_conf.yaml differs";
        }
        if (specSame) {
          identicalSpecs++;
        }
        if (exampleSame && canonical) {
          canonicalExamples++;
        } else if (exampleSame) {
          identicalExamples++;
        }
      }
      if (!failure.isEmpty()) {
        failures.put(item.name(), failure);
      }
      rows.add(
          String.format(
              "%-34s %-5s %-5s %s",
              item.name(), specSame ? "yes" : "no", exampleSame ? "yes" : "no", failure));
    }
    System.out.printf(
        "%nconfiguration import round trip (integration, identical spec, identical example,"
            + " failure):%n%s%n%d integrations: %d specs identical as parsed YAML, %d examples"
            + " byte-identical, %d identical to the canonical rendering, %d failures%n",
        String.join("\n", rows),
        cases.size(),
        identicalSpecs,
        identicalExamples,
        canonicalExamples,
        failures.size());

    assertThat(cases).hasSize(61);
    assertThat(identicalSpecs).isEqualTo(58);
    assertThat(identicalExamples).isEqualTo(48);
    assertThat(canonicalExamples).isEqualTo(13);
    assertThat(failures).hasSize(3).containsOnlyKeys(EXPECTED_FAILURES.keySet());
    failures.forEach(
        (name, failure) ->
            assertThat(failure).as(name).startsWith(EXPECTED_FAILURES.get(name).failure()));
    assertThat(EXPECTED_FAILURES.values().stream().filter(Known::defect)).hasSize(3);
  }

  /** One corpus integration: the imported types (or why there are none) and the expected files. */
  private record Case(
      String name,
      List<JavaFileObject> sources,
      Optional<String> refusal,
      String spec,
      String example,
      String canonicalExample,
      String canonicalAutoConf) {}

  private static Case caseOf(Path folder, int index, ConfigTemplates templates) throws IOException {
    String name = folder.getFileName().toString();
    String javaPackage = "corpus.i" + index;
    ClassName check = ClassName.get(javaPackage, JavaNames.type(name) + "Check");
    SpecImport imported =
        SpecImporter.importSpec(
            folder.resolve("spec.yaml"),
            javaPackage,
            check,
            new SpecImportOptions(index % 2 == 1, templates));
    String spec = Files.readString(folder.resolve("spec.yaml"));
    SpecRendering.Result canonical = SpecRendering.render(spec, "spec.yaml", name, templates);
    List<JavaFileObject> sources = new ArrayList<>();
    for (JavaFile file : imported.files()) {
      sources.add(file.toJavaFileObject());
    }
    sources.add(checkClass(folder, check));
    Optional<String> refusal =
        imported.findings().stream().findFirst().map(SpecImportCorpusRoundTripTest::describe);
    return new Case(
        name,
        sources,
        refusal,
        spec,
        Files.readString(folder.resolve("conf.yaml.example")).replace("\r\n", "\n"),
        rendered(canonical, "conf.yaml.example"),
        rendered(canonical, "auto_conf.yaml"));
  }

  private static String describe(Finding finding) {
    String where = finding.origin().describe();
    return "refused: " + where.substring(where.lastIndexOf('/') + 1) + " " + finding.text();
  }

  private static String rendered(SpecRendering.Result result, String exampleName) {
    return result.examples().stream()
        .filter(example -> example.exampleName().equals(exampleName))
        .map(RenderedExample::text)
        .findFirst()
        .orElse("");
  }

  /** The check class the config types name: its integration name and display name. */
  private static JavaFileObject checkClass(Path folder, ClassName check) throws IOException {
    String name = folder.getFileName().toString();
    Optional<String> displayName = Optional.empty();
    Path manifest = folder.resolve("manifest.json");
    if (Files.isRegularFile(manifest)) {
      displayName =
          ManifestReader.parse(Files.readString(manifest), "manifest.json")
              .value()
              .flatMap(parsed -> parsed.sourceTypeName());
    }
    String attributes =
        "name = \""
            + name
            + "\""
            + displayName.map(display -> ", displayName = \"" + display + "\"").orElse("");
    return JavaFileObjects.forSourceLines(
        check.canonicalName(),
        "package " + check.packageName() + ";",
        "@io.github.ddassets.annotations.Integration(" + attributes + ")",
        "public final class " + check.simpleName() + " {}");
  }

  /** Compiles the cases in batches; the files each generated, or "(errors)" with the first. */
  private static Map<String, Map<String, String>> compileAll(
      List<Case> cases, List<String> options) {
    Map<String, Map<String, String>> generated = new TreeMap<>();
    for (int start = 0; start < cases.size(); start += BATCH) {
      List<Case> batch = cases.subList(start, Math.min(cases.size(), start + BATCH));
      Compilation compilation = compile(batch, options);
      if (compilation.status() == Compilation.Status.SUCCESS) {
        batch.forEach(item -> generated.put(item.name(), files(compilation, item.name())));
      } else {
        for (Case item : batch) {
          Compilation alone = compile(List.of(item), options);
          generated.put(
              item.name(),
              alone.status() == Compilation.Status.SUCCESS
                  ? files(alone, item.name())
                  : Map.of("(errors)", alone.errors().get(0).toString()));
        }
      }
    }
    return generated;
  }

  private static Compilation compile(List<Case> batch, List<String> options) {
    Compilation compilation =
        javac()
            .withProcessors(new AssetsProcessor())
            .withOptions(options)
            .compile(batch.stream().flatMap(item -> item.sources().stream()).toList());
    assertThat(
            compilation.diagnostics().stream()
                .filter(
                    diagnostic ->
                        diagnostic.getKind() == Diagnostic.Kind.WARNING
                            || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .map(Object::toString))
        .as("warnings")
        .isEmpty();
    return compilation;
  }

  private static Map<String, String> files(Compilation compilation, String name) {
    Map<String, String> files = new TreeMap<>();
    String prefix = "META-INF/datadog/" + name + "/";
    for (String path :
        List.of(
            GeneratedFiles.SPEC,
            GeneratedFiles.example(name, "conf.yaml.example"),
            GeneratedFiles.example(name, "auto_conf.yaml"))) {
      compilation
          .generatedFile(StandardLocation.CLASS_OUTPUT, prefix + path)
          .ifPresent(file -> files.put(path, contents(file)));
    }
    return files;
  }

  private static boolean sameYaml(String original, String generated) {
    return generated != null
        && Objects.equals(new Yaml().load(original), new Yaml().load(generated));
  }

  private static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
