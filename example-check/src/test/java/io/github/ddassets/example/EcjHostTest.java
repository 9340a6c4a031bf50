package io.github.ddassets.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse's compiler (ECJ, the compiler of Eclipse's incremental builder) as the annotation
 * processing host: compiling the check's sources with it writes the same files, byte for byte, as
 * the Maven build's javac wrote into {@code target/classes}.
 */
class EcjHostTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path JAVAC_OUTPUT = Path.of("target/classes/META-INF/datadog");

  @Test
  void ecj_writesTheFilesJavacWrote(@TempDir Path out) throws IOException {
    Path classes = Files.createDirectories(out.resolve("classes"));

    String diagnostics = compileWithEcj(classes);

    assertThat(diagnostics).isEmpty();
    Map<String, String> javac = files(JAVAC_OUTPUT);
    assertThat(javac).containsKey("jvm_runtime/metadata.csv");
    assertThat(files(classes.resolve("META-INF/datadog"))).isEqualTo(javac);
  }

  /** Every file under a folder, by relative path, with its text. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /** Compiles the check's sources with ECJ and the processor; returns ECJ's diagnostics. */
  private static String compileWithEcj(Path classes) throws IOException {
    JavaCompiler ecj = new EclipseCompiler();
    List<File> sources;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      sources = files.filter(file -> file.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    // The check's own classes stay off the class path: ECJ compiles them from source here.
    Path ownClasses = Path.of("target/classes").toAbsolutePath();
    List<File> classpath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).toAbsolutePath().equals(ownClasses))
            .map(File::new)
            .toList();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files =
        ecj.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      // Set on the file manager, not as options: ECJ's file manager starts from the JVM's own
      // class path, which holds the check's javac-compiled classes, and would see them too.
      files.setLocation(StandardLocation.CLASS_PATH, classpath);
      files.setLocation(StandardLocation.ANNOTATION_PROCESSOR_PATH, classpath);
      boolean compiled =
          ecj.getTask(
                  diagnostics,
                  files,
                  null,
                  List.of(
                      "-17",
                      "-encoding",
                      "UTF-8",
                      "-d",
                      classes.toString(),
                      "-s",
                      Files.createDirectories(classes.resolveSibling("generated")).toString(),
                      "-processor",
                      "io.github.ddassets.processor.AssetsProcessor",
                      "-Addassets.profile=strict"),
                  null,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
      assertThat(compiled).as(diagnostics.toString()).isTrue();
    }
    return diagnostics.toString();
  }
}
