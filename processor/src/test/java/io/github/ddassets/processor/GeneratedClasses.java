package io.github.ddassets.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The class files of a compile-testing compilation, loaded in memory: the compiled test sources and
 * the classes the processor generated, with the test's class path (SnakeYAML) as parent.
 */
final class GeneratedClasses extends ClassLoader {

  private static final String OUTPUT = "CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();

  GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains(OUTPUT)) {
        String name = path.substring(path.indexOf(OUTPUT) + OUTPUT.length(), path.length() - 6);
        classes.put(name.replace('/', '.'), bytes(file));
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** Whether a class was compiled in the compilation (whether or not it was loaded). */
  boolean has(String name) {
    return classes.containsKey(name);
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
