package io.github.ddassets.processor;

import io.github.ddassets.core.build.SourceSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the {@link SourceSnapshot} of this build: the annotated types it read and the Javadoc of
 * those types and their members, taken from source for the types compiled now and carried over from
 * the previous snapshot for the others, so that the snapshot always covers every type.
 */
final class SnapshotWriter {

  private final Filer filer;
  private final Elements elements;
  private final DocComments comments;

  SnapshotWriter(Filer filer, Elements elements, DocComments comments) {
    this.filer = filer;
    this.elements = elements;
    this.comments = comments;
  }

  /**
   * Writes the snapshot of the given types.
   *
   * @param typeNames the qualified names of every type the build read declarations from
   * @param loaders the digest of every configuration loader's source, by loader name
   */
  void write(Collection<String> typeNames, Map<String, String> loaders) throws IOException {
    SortedMap<String, String> docs = new TreeMap<>();
    List<TypeElement> types = new ArrayList<>();
    for (String typeName : typeNames) {
      TypeElement type = elements.getTypeElement(typeName);
      if (type != null) {
        types.add(type);
      }
    }
    for (TypeElement type : types) {
      add(type, docs);
      for (Element member : type.getEnclosedElements()) {
        // Constants and fields carry descriptions; a record component's comes from the record's
        // @param tag (and ECJ 3.43 fails on the doc comment of a record component).
        if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD) {
          add(member, docs);
        }
      }
    }
    TreeSet<String> names = new TreeSet<>();
    for (TypeElement type : types) {
      names.add(type.getQualifiedName().toString());
    }
    SourceSnapshot snapshot = new SourceSnapshot(names, docs, new TreeMap<>(loaders));
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", SourceSnapshot.PATH, types.toArray(new Element[0]));
    try (OutputStream out = file.openOutputStream()) {
      out.write(snapshot.toJson().getBytes(StandardCharsets.UTF_8));
    }
  }

  private void add(Element element, SortedMap<String, String> docs) {
    String comment = comments.of(element);
    if (comment != null) {
      docs.put(DocComments.key(element), comment);
    }
  }
}
