package io.github.ddassets.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessorDiagnosisTest {

  private static final String HEADLINE =
      "No generated asset files: target/classes/META-INF/datadog does not exist, so the ddassets"
          + " annotation processor did not run in this build, or found no class annotated with"
          + " @Integration.\n";

  @Test
  void compilerWithoutProcessorPaths_isNamed() {
    CompilerSetup setup = new CompilerSetup("3.1", true, false, false, true);

    assertThat(explain(setup))
        .isEqualTo(
            HEADLINE
                + "In this module:\n"
                + "- maven-compiler-plugin 3.1 ignores annotationProcessorPaths, which came in 3.5"
                + " (Maven 3.8 uses 3.1 when the pom names no version): pin a newer version, such"
                + " as 3.14.0.\n"
                + "Then run `mvn clean verify`: the processor runs only when javac compiles.");
  }

  @Test
  void processorAsAPlainDependency_isNamedWithTheJdk23Change() {
    CompilerSetup setup = new CompilerSetup("3.14.0", false, true, false, true);

    assertThat(explain(setup))
        .contains(
            "- ddassets-processor is a plain dependency, not in the maven-compiler-plugin's"
                + " annotationProcessorPaths: JDK 23 and newer no longer run processors found on"
                + " the class path, so move it there.\n");
  }

  @Test
  void processingTurnedOff_andNothingCompiled_areBothNamed() {
    CompilerSetup setup = new CompilerSetup("3.14.0", true, false, true, false);

    assertThat(explain(setup))
        .contains(
            "- target/classes holds no class file: javac compiled nothing, so run a build that"
                + " compiles rather than the goal alone.\n"
                + "- the maven-compiler-plugin is configured with proc none (-proc:none), which"
                + " turns annotation processing off.\n");
  }

  @Test
  void soundSetup_pointsAtAnIncrementalBuild() {
    CompilerSetup setup = new CompilerSetup("3.14.0", true, false, false, true);

    assertThat(explain(setup))
        .isEqualTo(
            HEADLINE
                + "The compiler is set up to run the processor, so javac most likely compiled"
                + " nothing in this build (an incremental build: the processor runs only when javac"
                + " compiles), or no class of the module carries @Integration.\n"
                + "Run `mvn clean verify`.");
  }

  @Test
  void emptyGeneratedFolder_isDescribedAsSuch() {
    CompilerSetup setup = new CompilerSetup("3.14.0", true, false, false, true);

    assertThat(
            ProcessorDiagnosis.explain(
                setup, "target/classes/META-INF/datadog", true, "target/classes", "mvn verify"))
        .startsWith(
            "No generated asset files: target/classes/META-INF/datadog holds no integration folder,"
                + " so");
  }

  private static String explain(CompilerSetup setup) {
    return ProcessorDiagnosis.explain(
        setup, "target/classes/META-INF/datadog", false, "target/classes", "mvn clean verify");
  }
}
