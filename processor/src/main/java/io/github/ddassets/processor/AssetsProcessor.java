package io.github.ddassets.processor;

import com.google.auto.service.AutoService;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.output.AssetFiles;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.rules.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Validates {@code @Integration}, {@code @Metric} and {@code @ServiceCheck} declarations against
 * Datadog's rules and writes the integration's asset files.
 *
 * <p>Declarations are collected in every round; when processing is over the model is checked, all
 * findings are reported at once, and the files are written only if no finding is an error.
 */
@AutoService(Processor.class)
public final class AssetsProcessor extends AbstractProcessor {

  private SourceCollector collector;
  private DiagnosticReporter reporter;
  private ProcessorOptions options;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Mirrors mirrors = new Mirrors(environment.getElementUtils());
    collector =
        new SourceCollector(
            mirrors, new DeclarationReader(mirrors, new Javadocs(environment.getElementUtils())));
    reporter = new DiagnosticReporter(environment.getMessager());
    options = ProcessorOptions.parse(environment.getOptions());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        SourceCollector.INTEGRATION, SourceCollector.METRIC, SourceCollector.SERVICE_CHECK);
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
      }
    } catch (RuntimeException e) {
      reporter.error(internalError(e));
    }
    return false;
  }

  private void finish() {
    options.problems().forEach(reporter::error);
    collector.collect(processingEnv.getElementUtils());
    IntegrationPipeline.Outcome outcome =
        IntegrationPipeline.run(collector, options.agentVersion());
    Report report = Report.of(options.profile(), outcome.findings());
    reporter.report(report);
    if (report.hasErrors() || !options.problems().isEmpty()) {
      return;
    }
    AssetWriter writer = new AssetWriter(processingEnv.getFiler());
    CommittedCopies committed = new CommittedCopies(options, reporter);
    for (IntegrationAssets assets : outcome.integrations()) {
      GeneratedFiles files = AssetFiles.render(assets);
      try {
        writer.write(files, OriginatingElements.of(assets));
      } catch (IOException e) {
        reporter.error(
            "ddassets: cannot write the files of " + files.integration() + ": " + e.getMessage());
        continue;
      }
      committed.apply(files);
    }
  }

  private static String internalError(RuntimeException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return "ddassets: internal error in the annotation processor; please report it with this trace:\n"
        + trace;
  }
}
