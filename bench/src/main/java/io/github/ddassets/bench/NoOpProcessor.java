package io.github.ddassets.bench;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * An annotation processor that supports the ddassets annotations and does nothing with them. It
 * measures what javac spends on annotation processing itself, whatever the processor does. It is
 * deliberately not registered in {@code META-INF/services}: javac runs it only when named with
 * {@code -processor} or given to {@code setProcessors}.
 */
public final class NoOpProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        "io.github.ddassets.annotations.Integration",
        "io.github.ddassets.annotations.Metric",
        "io.github.ddassets.annotations.ServiceCheck");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
