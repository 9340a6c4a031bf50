package io.github.ddassets.maven;

import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.read.TextFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the {@code verify} and {@code sync} goals share: the module's generated files, read from its
 * class output, and the folder that holds their committed copy.
 */
abstract class CommittedCopyMojo extends AbstractMojo {

  /** The module being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The folder Maven was started in: the commands that messages suggest start there. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  String executionRoot;

  /** This plugin's coordinates, for suggested commands when its prefix may not resolve. */
  @Parameter(
      defaultValue = "${plugin.groupId}:${plugin.artifactId}:${plugin.version}",
      readonly = true)
  String pluginCoordinates;

  /**
   * The committed copy of the generated files: a folder holding one folder per integration ({@code
   * assets/acme/metadata.csv}, {@code assets/acme/assets/service_checks.json}...). A relative path
   * is resolved against the module's folder.
   */
  @Parameter(property = "ddassets.assets", defaultValue = "${project.basedir}/assets")
  File assets;

  /**
   * The class output the annotation processor writes into. The generated files are read from its
   * {@code META-INF/datadog} folder, one folder per integration.
   */
  @Parameter(
      property = "ddassets.classesDirectory",
      defaultValue = "${project.build.outputDirectory}")
  File classesDirectory;

  /** Skips the goal. */
  @Parameter(property = "ddassets.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped: ddassets.skip is set.");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info("Nothing to do: a module of packaging pom compiles no check.");
      return;
    }
    ModuleFolder module = new ModuleFolder(project.getBasedir().toPath());
    Path classes = module.resolve(classesDirectory);
    List<GeneratedFiles> generated = GeneratedAssets.read(classes, module);
    if (generated.isEmpty()) {
      Path folder = GeneratedAssets.folder(classes);
      throw new MojoFailureException(
          ProcessorDiagnosis.explain(
              CompilerSetup.of(project, classes),
              module.show(folder),
              Files.isDirectory(folder),
              module.show(classes),
              rerun(command())));
    }
    run(module, module.resolve(assets), generated);
  }

  /**
   * Does the goal's work on the module's generated files.
   *
   * @param module the module's folder
   * @param committed the committed copy, resolved
   * @param generated every integration's generated files, at least one
   */
  abstract void run(ModuleFolder module, Path committed, List<GeneratedFiles> generated)
      throws MojoExecutionException, MojoFailureException;

  /** The command to run once a build that generated nothing is fixed. */
  abstract String rerun(MavenCommand command);

  /**
   * The committed integration folders that the code no longer declares, by name.
   *
   * @throws MojoExecutionException when the committed folder cannot be listed
   */
  static List<String> undeclared(
      Path committed, List<GeneratedFiles> generated, ModuleFolder module)
      throws MojoExecutionException {
    Set<String> declared =
        generated.stream().map(GeneratedFiles::integration).collect(Collectors.toSet());
    try {
      return UndeclaredFolders.find(committed, declared);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot list " + module.show(committed) + ": " + TextFiles.describe(e));
    }
  }

  /** Writes the command lines that messages suggest. */
  final MavenCommand command() {
    Path pom = project.getFile().toPath();
    Path start = executionRoot == null ? pom.toAbsolutePath().getParent() : Path.of(executionRoot);
    return new MavenCommand(start, pom, declaresThisPlugin(), pluginCoordinates);
  }

  /** Whether the module's POM names this plugin, among its plugins or in plugin management. */
  private boolean declaresThisPlugin() {
    String key = pluginCoordinates.substring(0, pluginCoordinates.lastIndexOf(':'));
    Stream<Plugin> managed =
        project.getPluginManagement() == null
            ? Stream.empty()
            : project.getPluginManagement().getPlugins().stream();
    return Stream.concat(project.getBuildPlugins().stream(), managed)
        .anyMatch(plugin -> key.equals(plugin.getKey()));
  }
}
