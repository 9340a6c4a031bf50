package io.github.ddassets.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.cli.imports.RoundTripResult.Outcome;
import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Severity;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import round trip over the 235 integrations of integrations-extras: import each folder,
 * compile the imported sources with the processor in process, and compare every regenerated file
 * with its original (byte for byte, or with the original's canonical form when the original is not
 * canonical; spec.yaml as parsed YAML). The table it prints lists each failure with its first
 * differing line.
 *
 * <p>Every folder is imported. A folder with errors ddev reports is imported with them: its
 * compilation fails with exactly those rules, and compiled again under the baseline that build
 * records it writes its files, which are compared like any other; or (for the few defects no
 * annotation states) it compiles without them and its notes say which file differs. Every
 * integration that does not come back identical is listed below with the reason.
 */
class ImportRoundTripTest {

  private static final String DESCRIPTION_TOO_LONG = "manifest-description-too-long";

  /**
   * Folders whose import is refused: specs the annotations cannot say back exactly, each at its
   * line (see "Importing a spec.yaml" in docs/configuration.md). None in this corpus.
   */
  private static final Map<String, String> REFUSED =
      Map.of();

  /**
   * The errors `validate --profile ddev` reports, by folder, that the import brings along. Not
   * listed: the 13 examples ddev finds out of sync with their spec (example-out-of-sync), which
   * the processor renders anew from the spec, as the import's notes say.
   */
  private static final Map<String, Set<String>> DDEV_ERRORS =
      Map.ofEntries(
          Map.entry("aimon", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("anecdote", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("appomni", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("authzed_cloud", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("chainguard", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("cloudaeye", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("cloudsmith", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("contrast_security_adr", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("emqx", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("gigamon", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("grafana", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("gravitee", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("kameleoon", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("loadrunner_professional", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("onepane", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("perfectscale", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("pulse", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("redis_enterprise_prometheus", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("resilience4j", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("rum_nextjs", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("zilliz_cloud_zilliz_cloud", Set.of(DESCRIPTION_TOO_LONG)),
          Map.entry("scalr", Set.of("service-checks-integration-mismatch")),
          Map.entry("zabbix", Set.of("service-checks-integration-mismatch")),
          Map.entry("snmpwalk", Set.of("manifest-metadata-path-missing")),
          Map.entry("go_pprof_scraper", Set.of("spec-option-unknown-key")),
          Map.entry("pihole", Set.of("spec-option-unknown-key")),
          Map.entry("cybersixgill_actionable_alerts", Set.of("spec-value-unknown-key")));

  @TempDir static Path work;

  private static CorpusRoundTrip.Report report;
  private static Map<String, Set<String>> validated;

  @BeforeAll
  static void runRoundTrip() throws Exception {
    Path corpus = SharedReference.corpus();
    Path templates = SharedReference.reference().resolve("ddev-templates");
    RepoOverrides overrides =
        RepoOverrides.read(
            Path.of(ImportRoundTripTest.class.getResource("/extras-config.toml").toURI()));
    report = new CorpusRoundTrip(templates, overrides, work, false).run(corpus);
    System.out.println(RoundTripTable.render(report));
    validated = validate(corpus, templates, overrides);
  }

  @Test
  void everyFolder_isImported() {
    Map<String, Set<String>> refused = new TreeMap<>();
    for (RoundTripResult result : report.results()) {
      if (!result.refused().isEmpty()) {
        refused.put(result.name(), Set.copyOf(result.refused()));
      }
    }
    assertThat(report.results()).hasSize(235);
    assertThat(refused.keySet()).isEqualTo(REFUSED.keySet());
    assertThat(refused.values()).allMatch(rules -> rules.equals(Set.of("spec-import-unsupported")));
  }

  @Test
  void theErrorsDdevReports_areTheErrorsTheImportBringsAlong() {
    Map<String, Set<String>> outOfSync = new TreeMap<>(validated);
    outOfSync.values().removeIf(rules -> !rules.remove("example-out-of-sync"));
    assertThat(outOfSync).hasSize(13);
    validated.values().removeIf(Set::isEmpty);
    assertThat(validated).isEqualTo(new TreeMap<>(DDEV_ERRORS));
    Map<String, Set<String>> imported = new TreeMap<>();
    for (RoundTripResult result : report.results()) {
      if (!result.defects().isEmpty()) {
        imported.put(result.name(), new TreeSet<>(result.defects()));
      }
    }
    Map<String, Set<String>> expected = new TreeMap<>(DDEV_ERRORS);
    expected.keySet().removeAll(REFUSED.keySet());
    assertThat(imported).isEqualTo(expected);
  }

  @Test
  void foldersWithDdevErrors_failToCompileWithExactlyThoseRules_orNoteWhatWasLeftOut() {
    List<String> checked = new ArrayList<>();
    for (RoundTripResult result : report.results()) {
      if (result.defects().isEmpty()) {
        continue;
      }
      Set<String> stated =
          result.defects().stream()
              .filter(rule -> !FolderDefects.leftOut(ruleOf(rule)))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(result.compileRules()).as(result.name()).isEqualTo(stated);
      if (stated.isEmpty()) {
        assertThat(result.notes()).as(result.name()).isNotEmpty();
        assertThat(result.baselined()).as(result.name()).isEmpty();
      } else {
        // Recorded as the build's baseline, the findings are exactly what the failed build
        // reported, and the build then writes its files.
        Set<String> reported = new TreeSet<>(stated);
        reported.addAll(result.warningRules());
        assertThat(result.baselined()).as(result.name()).isPresent();
        assertThat(result.baselined().get().errors()).as(result.name()).isEmpty();
        assertThat(result.baselined().get().recordedRules()).as(result.name()).isEqualTo(reported);
      }
      checked.add(result.name());
    }
    assertThat(checked).hasSize(27);
  }

  @Test
  void everyFile_comesBack_butWhereExplained() {
    Map<String, String> failures = new TreeMap<>();
    for (RoundTripResult result : report.results()) {
      if (!result.identical(RoundTripTable.ALL) && result.refused().isEmpty()) {
        failures.put(result.name(), result.failure(RoundTripTable.ALL));
      }
    }
    // A folder whose defects the Java states fails its build (above); under the baseline that
    // build records, it writes its files, and those come back. Not back: the folders whose
    // defects no annotation states, left out (the notes say so: the spec key ddev does not know,
    // a metadata.csv the manifest does not declare), and hbase_regionserver, whose metrics.yaml
    // says `metric_type: count`, a type JMXFetch does not know and sends as a rate: it comes back
    // as `rate`.
    Set<String> expected = new TreeSet<>();
    DDEV_ERRORS.forEach(
        (name, rules) -> {
          if (rules.stream().allMatch(rule -> FolderDefects.leftOut(ruleOf(rule)))) {
            expected.add(name);
          }
        });
    expected.removeAll(REFUSED.keySet());
    expected.add("hbase_regionserver");
    assertThat(expected)
        .containsExactly(
            "cybersixgill_actionable_alerts",
            "go_pprof_scraper",
            "hbase_regionserver",
            "pihole",
            "snmpwalk");
    assertThat(failures.keySet()).isEqualTo(expected);
    assertThat(RoundTripTable.count(report.results(), RoundTripTable.ALL))
        .isEqualTo(235 - REFUSED.size() - expected.size())
        .isEqualTo(230);
  }

  @Test
  void countsPerFile() {
    List<RoundTripResult> results = report.results();
    // Identical, canonical, different, over the folders whose build writes files (the 23 whose
    // build fails on their defects included, under the baseline that build records). Before the
    // import kept hand-ordered rows, the sample_tags column, `configuration: {}` and examples
    // without spec: metadata.csv 49, 97, 3; manifest.json 191, 10, 2; conf.yaml.example 36, 11, 16
    // (of the folders that compiled); before the baseline build: 108, 45, 1; 134, 54, 0 for
    // service_checks.json; 199, 10, 0; spec.yaml 53, 0, 2; conf.yaml.example 42, 27, 1.
    // The different one is not generated: the manifest does not declare it (left out).
    assertThat(counts(results, RoundTripFile.METADATA)).containsExactly(115L, 54L, 1L);
    // typingdna_activelock's `{}` comes back through @Layout(emptyServiceChecksObject).
    assertThat(counts(results, RoundTripFile.SERVICE_CHECKS)).containsExactly(143L, 66L, 0L);
    assertThat(counts(results, RoundTripFile.MANIFEST)).containsExactly(218L, 15L, 0L);
    // The three different ones had a spec key ddev does not know (left out).
    assertThat(counts(results, RoundTripFile.SPEC)).containsExactly(60L, 0L, 3L);
    // Canonical: the 13 OpenMetrics examples rendered before ddev's current exclude_metrics text,
    // and the 16 examples without spec, in ddev's layout. The different one is not generated: its
    // manifest has no assets.integration to declare a spec in (snmpwalk, noted).
    assertThat(counts(results, RoundTripFile.EXAMPLE)).containsExactly(48L, 29L, 1L);
    // The four metrics.yaml files (hbase_master, hbase_regionserver, resin, trino) come back in
    // canonical form, hbase_regionserver's `count` as `rate`.
    assertThat(counts(results, RoundTripFile.JMX_METRICS)).containsExactly(0L, 3L, 1L);
  }

  @Test
  void theNotes_nameEveryFileThatDoesNotComeBackByteForByte() {
    Map<String, List<String>> unnoted = new TreeMap<>();
    for (RoundTripResult result : report.results()) {
      List<String> missing = new ArrayList<>();
      result
          .files()
          .forEach(
              (kind, comparison) -> {
                if (comparison.outcome() != Outcome.IDENTICAL
                    && result.notes().stream().noneMatch(note -> note.contains(kind.label()))) {
                  missing.add(kind.label());
                }
              });
      if (!missing.isEmpty()) {
        unnoted.put(result.name(), missing);
      }
    }
    assertThat(unnoted).isEmpty();
  }

  @Test
  void importedSources_compileWithoutLintWarnings() {
    // -Xlint:all,-processing: a javac warning has no rule id; the processor's warnings are the
    // originals' findings under the ddev profile (metrics without a description).
    List<String> lint =
        report.warnings().stream().filter(warning -> !warning.contains(": [")).toList();
    assertThat(lint).isEmpty();
    assertThat(report.warnings())
        .hasSize(298)
        .allMatch(warning -> warning.contains("[metadata-description-empty]"));
  }

  private static Rule ruleOf(String id) {
    return Stream.of(Rule.values()).filter(rule -> rule.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Long> counts(List<RoundTripResult> results, RoundTripFile kind) {
    return Stream.of(Outcome.values())
        .map(outcome -> RoundTripTable.outcomes(results, kind, outcome))
        .toList();
  }

  /** The rules of the errors `validate --profile ddev --templates <ddev's>` reports, by folder. */
  private static Map<String, Set<String>> validate(
      Path corpus, Path templates, RepoOverrides overrides) throws IOException {
    ConfigTemplates configTemplates =
        new ConfigTemplates(
            List.of(
                TemplateRoot.directory(templates, templates.toString()), TemplateRoot.builtIn()));
    FolderCheck check =
        FolderCheck.standard(
            new FolderCheckOptions(
                configTemplates, true, overrides, new DisplayPaths(corpus, "corpus")));
    Map<String, Set<String>> errors = new TreeMap<>();
    for (IntegrationFolder folder : IntegrationFolder.under(corpus)) {
      Set<String> rules =
          check.check(folder).report(Profile.DDEV).items().stream()
              .filter(item -> item.severity() == Severity.ERROR)
              .map(item -> item.finding().rule().id())
              .collect(Collectors.toCollection(TreeSet::new));
      if (!rules.isEmpty()) {
        errors.put(folder.name(), rules);
      }
    }
    return errors;
  }
}
