package io.github.ddassets.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What a module's build says about running the annotation processor: the facts behind the
 * explanation of a build that generated nothing.
 *
 * @param compilerVersion the maven-compiler-plugin's version, or empty when the build has none
 * @param processorPath whether {@code annotationProcessorPaths} names ddassets-processor
 * @param processorDependency whether ddassets-processor is a plain dependency of the module
 * @param processingOff whether the compiler is told not to run processors ({@code proc none})
 * @param classesCompiled whether the class output holds any class file
 */
record CompilerSetup(
    String compilerVersion,
    boolean processorPath,
    boolean processorDependency,
    boolean processingOff,
    boolean classesCompiled) {

  static final String PROCESSOR_GROUP = "io.github.ddassets";
  static final String PROCESSOR_ARTIFACT = "ddassets-processor";
  private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";

  /** Reads the facts from the module's model and its class output. */
  static CompilerSetup of(MavenProject project, Path classesDirectory) {
    Plugin compiler = project.getPlugin(COMPILER);
    List<Xpp3Dom> configurations = compiler == null ? List.of() : configurations(compiler);
    return new CompilerSetup(
        compiler == null || compiler.getVersion() == null ? "" : compiler.getVersion(),
        configurations.stream().anyMatch(CompilerSetup::namesProcessorPath),
        project.getDependencies().stream().anyMatch(CompilerSetup::isProcessor),
        configurations.stream().anyMatch(CompilerSetup::turnsProcessingOff),
        holdsClasses(classesDirectory));
  }

  /** The plugin's own configuration and that of its executions: either may hold the settings. */
  private static List<Xpp3Dom> configurations(Plugin compiler) {
    List<Xpp3Dom> all = new ArrayList<>();
    if (compiler.getConfiguration() instanceof Xpp3Dom dom) {
      all.add(dom);
    }
    for (PluginExecution execution : compiler.getExecutions()) {
      if (execution.getConfiguration() instanceof Xpp3Dom dom) {
        all.add(dom);
      }
    }
    return all;
  }

  private static boolean namesProcessorPath(Xpp3Dom configuration) {
    Xpp3Dom paths = configuration.getChild("annotationProcessorPaths");
    if (paths == null) {
      return false;
    }
    for (Xpp3Dom path : paths.getChildren()) {
      Xpp3Dom artifactId = path.getChild("artifactId");
      if (artifactId != null && PROCESSOR_ARTIFACT.equals(trim(artifactId.getValue()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean turnsProcessingOff(Xpp3Dom configuration) {
    Xpp3Dom proc = configuration.getChild("proc");
    if (proc != null && "none".equals(trim(proc.getValue()).toLowerCase(Locale.ROOT))) {
      return true;
    }
    Xpp3Dom argument = configuration.getChild("compilerArgument");
    if (argument != null && trim(argument.getValue()).contains("-proc:none")) {
      return true;
    }
    Xpp3Dom args = configuration.getChild("compilerArgs");
    if (args != null) {
      for (Xpp3Dom arg : args.getChildren()) {
        if ("-proc:none".equals(trim(arg.getValue()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isProcessor(Dependency dependency) {
    return PROCESSOR_GROUP.equals(dependency.getGroupId())
        && PROCESSOR_ARTIFACT.equals(dependency.getArtifactId());
  }

  private static boolean holdsClasses(Path classesDirectory) {
    if (!Files.isDirectory(classesDirectory)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(classesDirectory)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".class"));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim();
  }
}
