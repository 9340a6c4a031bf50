package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.github.ddassets.processor.Compilations.resource;
import static io.github.ddassets.processor.Compilations.testTemplates;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.ddassets.annotations.Integration;
import io.github.ddassets.core.declare.Vocabulary;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The annotation vocabulary has one source of truth: the annotations module. {@link Vocabulary}
 * (which the processor, core and the import use instead of string literals) lists exactly its
 * annotations and attributes, and the processor reads every attribute an author can write.
 */
class VocabularyTest {

  @Test
  void vocabulary_listsExactlyTheAnnotationsAndAttributesOfTheAnnotationsModule() throws Exception {
    assertThat(vocabulary()).isEqualTo(declared());
  }

  @Test
  void vocabularyConstants_areTheAttributeNamesInUpperSnakeCase() throws IllegalAccessException {
    for (Class<?> annotation : Vocabulary.class.getDeclaredClasses()) {
      for (Field field : constants(annotation)) {
        String value = (String) field.get(null);
        if (field.getName().equals("ANNOTATION")) {
          assertThat(value).isEqualTo(Vocabulary.PACKAGE + "." + annotation.getSimpleName());
        } else {
          assertThat(field.getName())
              .as(annotation.getSimpleName() + "." + value)
              .isEqualTo(upperSnakeCase(value));
        }
      }
    }
  }

  @Test
  void processor_readsEveryAttributeTheAnnotationsDeclare() throws Exception {
    AssetsProcessor processor = new AssetsProcessor();
    Compilation compilation =
        javac()
            .withProcessors(processor)
            .withOptions(List.of("-Addassets.profile=ddev", testTemplates()))
            .compile(
                resource("vocabulary/Every.java"),
                resource("vocabulary/EveryCloud.java"),
                resource("vocabulary/EveryJmx.java"));

    assertThat(compilation).succeeded();
    Map<String, Set<String>> declared = declared();
    Set<String> annotations = new TreeSet<>(declared.keySet());
    // The fixture writes every annotation, so that each one is read from source at least once.
    assertThat(annotations)
        .allSatisfy(name -> assertThat(fixtureText()).contains("@" + simple(name) + "("));
    Map<String, Set<String>> read = processor.attributeReads().byAnnotation();
    List<String> unread = new ArrayList<>();
    declared.forEach(
        (annotation, attributes) ->
            attributes.stream()
                .filter(attribute -> !read.getOrDefault(annotation, Set.of()).contains(attribute))
                .forEach(
                    attribute -> unread.add("@" + simple(annotation) + "(" + attribute + ")")));
    assertThat(unread).as("attributes the processor never reads").isEmpty();
    assertThat(read).isEqualTo(declared);
  }

  /** Every {@code @interface} of the annotations module, with its attributes. */
  private static Map<String, Set<String>> declared() throws IOException, URISyntaxException {
    Map<String, Set<String>> declared = new TreeMap<>();
    for (String name : classNames()) {
      Class<?> type;
      try {
        type = Class.forName(name);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (type.isAnnotation()) {
        Set<String> attributes = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
          attributes.add(method.getName());
        }
        declared.put(type.getName(), attributes);
      }
    }
    return declared;
  }

  /** What {@link Vocabulary} lists: each nested class's annotation and attributes. */
  private static Map<String, Set<String>> vocabulary() throws IllegalAccessException {
    Map<String, Set<String>> listed = new TreeMap<>();
    for (Class<?> annotation : Vocabulary.class.getDeclaredClasses()) {
      String name = null;
      Set<String> attributes = new TreeSet<>();
      for (Field field : constants(annotation)) {
        if (field.getName().equals("ANNOTATION")) {
          name = (String) field.get(null);
        } else {
          attributes.add((String) field.get(null));
        }
      }
      assertThat(name).as(annotation.getSimpleName() + ".ANNOTATION").isNotNull();
      listed.put(name, attributes);
    }
    return listed;
  }

  private static List<Field> constants(Class<?> type) {
    List<Field> constants = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers)
          && field.getType() == String.class) {
        constants.add(field);
      }
    }
    return constants;
  }

  /** The classes of the annotations' package, from the folder or jar the annotations come from. */
  private static List<String> classNames() throws IOException, URISyntaxException {
    Path location =
        Path.of(Integration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String folder = Vocabulary.PACKAGE.replace('.', '/') + "/";
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(folder))) {
        files.forEach(file -> entries.add(folder + file.getFileName()));
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        jar.stream().forEach(entry -> entries.add(entry.getName()));
      }
    }
    return entries.stream()
        .filter(entry -> entry.startsWith(folder) && entry.endsWith(".class"))
        .filter(entry -> entry.indexOf('/', folder.length()) < 0)
        .map(entry -> entry.substring(0, entry.length() - ".class".length()).replace('/', '.'))
        .filter(name -> !name.endsWith("package-info"))
        .sorted()
        .toList();
  }

  private static String fixtureText() {
    try {
      return resource("vocabulary/Every.java").getCharContent(true).toString()
          + resource("vocabulary/EveryCloud.java").getCharContent(true)
          + resource("vocabulary/EveryJmx.java").getCharContent(true);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String simple(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static String upperSnakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
