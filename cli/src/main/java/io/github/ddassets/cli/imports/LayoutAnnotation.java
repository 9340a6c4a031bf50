package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import java.util.List;
import java.util.Optional;

/**
 * The {@code @Layout} the import writes on an element, with the layout flags that make the
 * processor write the folder's files byte for byte: only the flags the folder needs, and none at
 * all when it needs none.
 */
final class LayoutAnnotation {

  private final AnnotationSpec.Builder layout = AnnotationSpec.builder(AnnotationTypes.LAYOUT);
  private boolean empty = true;

  /** Sets a boolean flag when the folder needs it. */
  LayoutAnnotation flag(String flag, boolean needed) {
    if (needed) {
      layout.addMember(flag, "true");
      empty = false;
    }
    return this;
  }

  /** Names the elements a flag applies to, such as templates, when there are any. */
  LayoutAnnotation names(String flag, List<String> names) {
    if (!names.isEmpty()) {
      layout.addMember(
          flag,
          names.size() == 1 ? "$S" : "{" + "$S, ".repeat(names.size() - 1) + "$S}",
          names.toArray());
      empty = false;
    }
    return this;
  }

  /** The annotation, unless no flag is needed. */
  Optional<AnnotationSpec> build() {
    return empty ? Optional.empty() : Optional.of(layout.build());
  }
}
