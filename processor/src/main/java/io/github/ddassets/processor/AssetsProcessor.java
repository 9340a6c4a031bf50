package io.github.ddassets.processor;

import com.google.auto.service.AutoService;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.output.AssetFiles;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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

  private SourceCollector collector;
  private DiagnosticReporter reporter;
  private ProcessorOptions options;
  private ConfigTemplates templates;
  private LoaderRound loaders;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    reporter = new DiagnosticReporter(environment.getMessager());
    options = ProcessorOptions.parse(environment.getOptions());
    templates = options.configTemplates();
    collector = newCollector(true);
    loaders = new LoaderRound(() -> newCollector(false), options, templates);
  }

  /**
   * A collector of declarations; those of loader rounds skip the manifest, which they do not need
   * (and whose nested annotation defaults javac may not have completed before the last round).
   */
  private SourceCollector newCollector(boolean manifests) {
    Mirrors mirrors = new Mirrors(processingEnv.getElementUtils(), reads);
    Javadocs javadocs = new Javadocs(processingEnv.getElementUtils());
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
        collector.remember(round, annotations);
        loaders.generate(
            round, annotations, processingEnv.getElementUtils(), processingEnv.getFiler());
      }
    } catch (IOException e) {
      reporter.error("ddassets: cannot write a configuration loader: " + e.getMessage());
    } catch (RuntimeException e) {
      reporter.error(internalError(e));
    }
    return false;
  }

  private void finish() {
    options.problems().forEach(reporter::error);
    collector.collect(processingEnv.getElementUtils());
    IntegrationPipeline.Outcome outcome =
        IntegrationPipeline.run(collector, options.agentVersion(), templates);
    ManifestPipeline.Outcome manifests =
        ManifestPipeline.run(
            outcome,
            collector.manifests(),
            collector.everyRun(),
            new BaseManifests(processingEnv.getFiler(), options.manifest()),
            options.manifestNewline());
    manifests.problems().forEach(reporter::error);
    List<Finding> findings = new ArrayList<>(outcome.findings());
    findings.addAll(manifests.findings());
    Report report = Report.of(options.profile(), findings);
    reporter.report(report);
    if (report.hasErrors() || !options.problems().isEmpty() || !manifests.problems().isEmpty()) {
      return;
    }
    AssetWriter writer = new AssetWriter(processingEnv.getFiler());
    CommittedCopies committed = new CommittedCopies(options, reporter);
    for (IntegrationAssets assets : outcome.integrations()) {
      Optional<ConfiguredIntegration> config = outcome.configOf(assets.identity().name());
      GeneratedFiles files = AssetFiles.render(assets);
      if (config.isPresent()) {
        files = files.with(config.get().outcome().files());
      }
      ManifestPipeline.Result manifest = manifests.results().get(assets.identity().name());
      files = manifest.apply(files);
      try {
        writer.write(files, OriginatingElements.of(assets, config));
      } catch (IOException e) {
        reporter.error(
            "ddassets: cannot write the files of " + files.integration() + ": " + e.getMessage());
        continue;
      }
      committed.apply(files, manifest.fragment());
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
