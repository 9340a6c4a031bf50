package io.github.ddassets.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Explains a build that generated no asset file: the annotation processor did not run, and the
 * module's compiler setup usually says why.
 */
final class ProcessorDiagnosis {

  /** The maven-compiler-plugin version that brought {@code annotationProcessorPaths}. */
  private static final ComparableVersion PROCESSOR_PATHS_SINCE = new ComparableVersion("3.5");

  private ProcessorDiagnosis() {}

  /**
   * The message of a build that generated nothing.
   *
   * @param setup what the module's build says about the processor
   * @param generatedFolder how to name the folder the processor writes into
   * @param folderExists whether that folder exists (and holds no integration)
   * @param classesFolder how to name the class output
   * @param rerun the command to run once the cause is fixed
   */
  static String explain(
      CompilerSetup setup,
      String generatedFolder,
      boolean folderExists,
      String classesFolder,
      String rerun) {
    StringBuilder message =
        new StringBuilder("No generated asset files: ")
            .append(generatedFolder)
            .append(folderExists ? " holds no integration folder" : " does not exist")
            .append(", so the ddassets annotation processor did not run in this")
            .append(" build, or found no class annotated with @Integration.");
    List<String> causes = causes(setup, classesFolder);
    if (causes.isEmpty()) {
      message
          .append("\nThe compiler is set up to run the processor, so javac most likely compiled")
          .append(" nothing in this build (an incremental build: the processor runs only when")
          .append(" javac compiles), or no class of the module carries @Integration.")
          .append("\nRun `")
          .append(rerun)
          .append("`.");
      return message.toString();
    }
    message.append("\nIn this module:");
    causes.forEach(cause -> message.append("\n- ").append(cause));
    message.append("\nThen run `").append(rerun).append("`: the processor runs only when javac");
    message.append(" compiles.");
    return message.toString();
  }

  private static List<String> causes(CompilerSetup setup, String classesFolder) {
    List<String> causes = new ArrayList<>();
    if (!setup.classesCompiled()) {
      causes.add(
          classesFolder
              + " holds no class file: javac compiled nothing, so run a build that compiles rather"
              + " than the goal alone.");
    }
    if (!setup.compilerVersion().isEmpty()
        && new ComparableVersion(setup.compilerVersion()).compareTo(PROCESSOR_PATHS_SINCE) < 0) {
      causes.add(
          "maven-compiler-plugin "
              + setup.compilerVersion()
              + " ignores annotationProcessorPaths, which came in 3.5 (Maven 3.8 uses 3.1 when the"
              + " pom names no version): pin a newer version, such as 3.14.0.");
    }
    if (setup.processingOff()) {
      causes.add(
          "the maven-compiler-plugin is configured with proc none (-proc:none), which turns"
              + " annotation processing off.");
    }
    if (!setup.processorPath()) {
      causes.add(
          setup.processorDependency()
              ? CompilerSetup.PROCESSOR_ARTIFACT
                  + " is a plain dependency, not in the maven-compiler-plugin's"
                  + " annotationProcessorPaths: JDK 23 and newer no longer run processors found on"
                  + " the class path, so move it there."
              : CompilerSetup.PROCESSOR_ARTIFACT
                  + " is not in the maven-compiler-plugin's annotationProcessorPaths: add it"
                  + " there (groupId "
                  + CompilerSetup.PROCESSOR_GROUP
                  + ").");
    }
    return causes;
  }
}
