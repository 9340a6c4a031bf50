package io.github.ddassets.processor;

import com.google.auto.service.AutoService;
import io.github.ddassets.core.baseline.Baseline;
import io.github.ddassets.core.baseline.BaselineFile;
import io.github.ddassets.core.baseline.FindingKey;
import io.github.ddassets.core.build.AssetBuild;
import io.github.ddassets.core.build.BuildOutcome;
import io.github.ddassets.core.build.BuildSettings;
import io.github.ddassets.core.build.BuiltIntegration;
import io.github.ddassets.core.build.Declarations;
import io.github.ddassets.core.build.SourceSnapshot;
import io.github.ddassets.core.output.CommittedCopies;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Validates {@code @Integration}, {@code @Metric}, {@code @ServiceCheck}, configuration and
 * manifest declarations against Datadog's rules and writes the integration's asset files
 * (manifest.json merged into a base manifest when there is one), plus a typed loader for each
 * integration's configuration.
 *
 * <p>Declarations are collected in every round; when processing is over the model is checked, all
 * findings are reported at once, and the files are written only if no finding is an error. Loaders,
 * being Java sources, are generated in the round that declares the configuration.
 */
@AutoService(Processor.class)
public final class AssetsProcessor extends AbstractProcessor {

  /** Every attribute looked up, over all rounds: see {@link #attributeReads()}. */
  private final AttributeReads reads = new AttributeReads();

  private final CompiledSources compiled = new CompiledSources();
  private SourceSnapshot previous;
  private DocComments comments;
  private SourceCollector collector;
  private DiagnosticReporter reporter;
  private ProcessorOptions options;
  private PreviousReleaseOption previousRelease;
  private AssetBuild build;
  private LoaderRound loaders;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    BackgroundWarmUp.start(environment.getOptions());
    super.init(environment);
    reporter = new DiagnosticReporter(environment.getMessager(), HostPlacement.of(environment));
    options = ProcessorOptions.parse(environment.getOptions());
    previousRelease = PreviousReleaseOption.parse(environment.getOptions());
    BuildSettings settings = options.buildSettings();
    RuleSet rules = RuleSet.standard().with(options.vocabulary());
    build = new AssetBuild(settings, new FilerManifests(environment.getFiler()), rules);
    previous = PreviousBuild.snapshot(environment.getFiler());
    comments = new DocComments(environment.getElementUtils(), compiled, previous);
    collector = newCollector(true);
    loaders =
        new LoaderRound(
            () -> newCollector(false), build, previous, compiled, Hosts.isJavac(environment));
  }

  /**
   * A collector of declarations; those of loader rounds skip the manifest, which they do not need
   * (and whose nested annotation defaults javac may not have completed before the last round).
   */
  private SourceCollector newCollector(boolean manifests) {
    Mirrors mirrors = new Mirrors(processingEnv.getElementUtils(), reads);
    Javadocs javadocs = new Javadocs(comments);
    ConfigReader configReader =
        new ConfigReader(
            mirrors,
            new ParamReader(mirrors, javadocs),
            new ConfigConstructors(processingEnv.getTypeUtils()));
    return new SourceCollector(
        mirrors,
        new DeclarationReader(mirrors, javadocs),
        new ConfigCollector(mirrors, configReader, processingEnv.getElementUtils()),
        manifests ? new ManifestDeclarationReader(mirrors) : null);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new HashSet<>(ConfigCollector.ANNOTATIONS);
    names.add(SourceCollector.INTEGRATION);
    names.add(SourceCollector.LISTING);
    names.add(SourceCollector.LAYOUT);
    names.add(SourceCollector.METRIC);
    names.add(SourceCollector.SERVICE_CHECK);
    names.add(ManifestDeclarationReader.OAUTH);
    names.add(JmxReader.RULE);
    names.add(JmxReader.RULES);
    names.add(JmxReader.NOT_FROM_JMX);
    return names;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        finish();
      } else {
        compiled.add(round);
        collector.remember(round, annotations);
        if (options.problems().isEmpty() && options.loader()) {
          loaders.generate(
              round, annotations, processingEnv.getElementUtils(), processingEnv.getFiler());
        }
      }
    } catch (IOException e) {
      reporter.error("ddassets: cannot write a configuration loader: " + e.getMessage());
    } catch (RuntimeException e) {
      reporter.error(internalError(e));
    }
    return false;
  }

  /** Builds every integration and writes its files, unless something is wrong. */
  private void finish() {
    for (String problem : options.problems()) {
      reporter.error(problem);
    }
    collector.collect(processingEnv.getElementUtils(), previous.types());
    Declarations declarations = collector.declarations();
    List<Finding> findings = new ArrayList<>(declarations.findings());
    findings.addAll(loaders.findings());
    declarations = declarations.withFindings(findings);
    BuildOutcome outcome = build.build(declarations);
    reporter.recordOwners(RecordOwners.of(declarations));
    for (String problem : outcome.problems()) {
      reporter.error(problem);
    }
    reporter.report(outcome.report());
    if (options.problems().isEmpty()) {
      baselineNotes(outcome);
    }
    if (!outcome.succeeded() || !options.problems().isEmpty()) {
      return;
    }
    if (!previousRelease.check(outcome, collector.acknowledgements(), options, reporter)) {
      return;
    }
    int files = 0;
    for (BuiltIntegration integration : outcome.integrations()) {
      files += integration.files().files().size();
    }
    AssetWriter writer = new AssetWriter(processingEnv.getFiler(), files);
    CommittedCopies committed = options.committedCopies();
    List<CommittedCopies.Message> copies = new ArrayList<>();
    for (BuiltIntegration integration : outcome.integrations()) {
      try {
        writer.write(integration.files(), OriginatingElements.of(integration.origins()));
      } catch (IOException e) {
        reporter.error(
            "ddassets: cannot write the files of " + integration.name() + ": " + e.getMessage());
        continue;
      }
      copies.addAll(committed.apply(integration.files(), integration.fragment()));
    }
    for (CommittedCopies.Message copy : copies) {
      reporter.print(copy);
    }
    Optional<String> hint = committed.hint(copies);
    if (hint.isPresent()) {
      reporter.note(hint.get());
    }
    writeSnapshot();
  }

  /** Records the findings in a baseline file, or says what the baseline left out. */
  private void baselineNotes(BuildOutcome outcome) {
    Optional<Path> record = options.writeBaseline();
    if (record.isPresent()) {
      List<FindingKey> keys = new ArrayList<>();
      for (Report.Item item : outcome.known()) {
        keys.add(AssetBuild.key(item));
      }
      Baseline baseline = Baseline.of(keys);
      try {
        BaselineFile.write(record.get(), baseline);
        reporter.note("ddassets: recorded " + baseline.size() + " finding(s) in " + record.get());
      } catch (IOException e) {
        reporter.error("ddassets: cannot write " + record.get() + ": " + e.getMessage());
      }
    } else if (options.baseline().size() > 0) {
      reporter.note(
          "ddassets: "
              + outcome.known().size()
              + " known finding(s) left out (baseline "
              + options.baseline().size()
              + " entries)"
              + (outcome.gone() == 0
                  ? ""
                  : "; "
                      + outcome.gone()
                      + " baseline entries no longer occur: record the baseline again to drop"
                      + " them"));
    }
  }

  /** Leaves what the next partial compilation needs of this one's sources. */
  private void writeSnapshot() {
    Set<String> types = collector.collectedTypes();
    if (types.isEmpty()) {
      return;
    }
    try {
      new SnapshotWriter(processingEnv.getFiler(), processingEnv.getElementUtils(), comments)
          .write(types, loaders.digests(previous, processingEnv.getElementUtils()));
    } catch (IOException e) {
      reporter.error("ddassets: cannot write " + SourceSnapshot.PATH + ": " + e.getMessage());
    }
  }

  /** The annotation attributes this processor has looked up so far (for tests). */
  AttributeReads attributeReads() {
    return reads;
  }

  private static String internalError(RuntimeException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return "ddassets: internal error in the annotation processor; please report it with this"
        + " trace:\n"
        + trace;
  }
}
