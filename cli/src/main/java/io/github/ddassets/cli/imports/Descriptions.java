package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.FieldSpec;
import java.util.regex.Pattern;

/**
 * Where an imported description goes: the annotation's {@code description} attribute, or, when
 * asked, the constant's Javadoc. Javadoc is used only for text the processor reads back unchanged
 * from it (one line, no inline tags, nothing javac would read as an escape or a comment's end).
 */
final class Descriptions {

  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s{2,}|[\\t\\n\\r\\f]");
  // The processor reads Javadoc HTML as markup: a tag goes, an entity is decoded.
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/]|&[#a-zA-Z]");

  private final boolean javadoc;

  /**
   * @param javadoc whether descriptions go to Javadoc when they read back the same
   */
  Descriptions(boolean javadoc) {
    this.javadoc = javadoc;
  }

  /**
   * Puts a description on the constant: its Javadoc or the annotation's attribute.
   *
   * @param attribute the annotation's description attribute
   */
  void apply(
      String description,
      AnnotationSpec.Builder annotation,
      String attribute,
      FieldSpec.Builder field) {
    if (description.isEmpty()) {
      return;
    }
    if (javadoc && javadocSafe(description)) {
      field.addJavadoc("$L\n", description);
    } else {
      annotation.addMember(attribute, "$S", description);
    }
  }

  /** Whether the processor's Javadoc summary of this text is the text itself. */
  static boolean javadocSafe(String text) {
    return text.equals(text.strip())
        && !WHITE_SPACE_RUN.matcher(text).find()
        && !MARKUP.matcher(text).find()
        && !text.startsWith("@")
        && !text.contains("{@")
        && !text.contains("*/")
        && !text.contains("\\u");
  }
}
