package io.github.ddassets.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * javac of the example check's sources as a process, as Maven's compiler plugin would run it: with
 * the processor on the processor path and the example's options, or with {@code -proc:none} on the
 * same sources plus the configuration loader the processor generates (without it the sources do
 * not compile, and a failed compilation stops early).
 */
final class ExampleCompile {

  private final Path javac;
  private final Path sources;
  private final Path assets;
  private final List<Path> libraries;
  private final Path work;
  private final List<Path> generated;

  private ExampleCompile(
      Path javac, Path sources, Path assets, List<Path> libraries, Path work, List<Path> generated) {
    this.javac = javac;
    this.sources = sources;
    this.assets = assets;
    this.libraries = libraries;
    this.work = work;
    this.generated = generated;
  }

  /**
   * Prepares the compilations of a project's example check: runs the processor once to obtain the
   * generated loader that {@code -proc:none} compiles.
   *
   * @param build the built project (its example-check sources and its bench/target jars)
   * @param javaHome the JDK whose javac runs
   * @param work a scratch folder
   */
  static ExampleCompile of(Path build, Path javaHome, Path work) {
    Path classpath = build.resolve("bench/target/example-classpath");
    if (!Files.isDirectory(classpath)) {
      throw new BenchException(classpath + " is missing: build the harness with -Pbench");
    }
    ExampleCompile setup =
        new ExampleCompile(
            javaHome.resolve("bin/javac"),
            build.resolve("example-check/src/main/java"),
            build.resolve("example-check/assets"),
            javaFiles(classpath, ".jar"),
            work,
            List.of());
    ProcessBench.BuiltProject after = ProcessBench.BuiltProject.of("after", build);
    setup.withProcessor(after).run();
    Path loaderFolder = work.resolve("loader");
    List<Path> loader = new ArrayList<>();
    try {
      Files.createDirectories(loaderFolder);
      for (Path file : javaFiles(work.resolve("after-generated"), ".java")) {
        loader.add(Files.copy(file, loaderFolder.resolve(file.getFileName())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the generated loader", e);
    }
    if (loader.isEmpty()) {
      throw new BenchException("the processor generated no loader for the example check");
    }
    return new ExampleCompile(
        setup.javac, setup.sources, setup.assets, setup.libraries, work, List.copyOf(loader));
  }

  /** javac with a build's processor, as the example's pom configures it. */
  ProcessCase withProcessor(ProcessBench.BuiltProject project) {
    Path classes = work.resolve(project.label() + "-classes");
    Path generatedSources = work.resolve(project.label() + "-generated");
    List<String> command = new ArrayList<>();
    command.add(javac.toString());
    command.addAll(List.of("-d", classes.toString(), "-s", generatedSources.toString()));
    command.addAll(List.of("-cp", classpath(project.annotations())));
    command.addAll(List.of("-processorpath", project.processorJar().toString()));
    command.add("-Addassets.profile=strict");
    command.add("-Addassets.verify=" + assets);
    javaFiles(sources, ".java").forEach(file -> command.add(file.toString()));
    return new ProcessCase(
        "javac example check, with the processor",
        project.label(),
        command,
        Map.of(),
        0,
        () -> recreate(classes, generatedSources));
  }

  /** javac with -proc:none on the sources and the loader the processor generated. */
  ProcessCase withoutProcessor() {
    Path classes = work.resolve("plain-classes");
    List<String> command = new ArrayList<>();
    command.add(javac.toString());
    command.addAll(List.of("-d", classes.toString(), "-proc:none"));
    command.addAll(List.of("-cp", classpath(null)));
    javaFiles(sources, ".java").forEach(file -> command.add(file.toString()));
    generated.forEach(file -> command.add(file.toString()));
    return new ProcessCase(
        "javac example check, -proc:none (sources + generated loader)",
        "-",
        command,
        Map.of(),
        0,
        () -> recreate(classes));
  }

  /**
   * The example's libraries, with a build's annotations jar in place of the copied one (or the
   * copied one, from the harness's own build, when {@code annotations} is null).
   */
  private String classpath(Path annotations) {
    return libraries.stream()
        .map(
            jar ->
                annotations != null
                        && jar.getFileName().toString().startsWith("ddassets-annotations")
                    ? annotations
                    : jar)
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static List<Path> javaFiles(Path folder, String suffix) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static void recreate(Path... folders) {
    for (Path folder : folders) {
      TempFolders.delete(folder);
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + folder, e);
      }
    }
  }
}
