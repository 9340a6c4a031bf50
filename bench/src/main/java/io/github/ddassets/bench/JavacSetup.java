package io.github.ddassets.bench;

import io.github.ddassets.annotations.Integration;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class path and processor path handed to javac.
 *
 * @param classpath where the generated sources find the ddassets annotations
 * @param processorPath where javac finds the processor and its dependencies in {@link
 *     ProcessorMode#PATH}
 * @param mode how the processor is given to javac
 * @param release the {@code --release} the sources are compiled for
 */
public record JavacSetup(String classpath, String processorPath, ProcessorMode mode, int release) {

  /** The Java release the project targets. */
  public static final int RELEASE = 17;

  /**
   * The setup of this harness: the annotations come from where this JVM loaded them, and the
   * processor path is this JVM's own class path (the shaded benchmark jar holds the processor, its
   * dependencies and its {@code META-INF/services} entry) unless one is given.
   *
   * @param processorPath an explicit processor path, or null
   * @param mode how the processor is given to javac
   */
  public static JavacSetup of(String processorPath, ProcessorMode mode) {
    String path = processorPath != null ? processorPath : System.getProperty("java.class.path");
    return new JavacSetup(locationOf(Integration.class).toString(), path, mode, RELEASE);
  }

  /** The javac options of one run, before the source files. */
  List<String> options(Variant variant, Path classOutput) {
    List<String> common =
        List.of(
            "--release",
            String.valueOf(release),
            "-encoding",
            "UTF-8",
            "-implicit:none",
            "-classpath",
            classpath,
            "-d",
            classOutput.toString());
    if (variant == Variant.PLAIN) {
      return concat(common, List.of("-proc:none"));
    }
    if (mode == ProcessorMode.INSTANCE) {
      return common;
    }
    // The ddassets processor is found as users find it, through META-INF/services; the no-op
    // processor is not registered there and is named explicitly.
    return variant == Variant.DDASSETS
        ? concat(common, List.of("-processorpath", processorPath))
        : concat(
            common,
            List.of("-processorpath", processorPath, "-processor", NoOpProcessor.class.getName()));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  private static Path locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new BenchException("cannot tell where " + type.getName() + " was loaded from");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new BenchException("cannot turn " + source.getLocation() + " into a path", e);
    }
  }
}
