package io.github.ddassets.cli.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestFormat;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.manifest.ManifestTree;
import io.github.ddassets.core.render.ManifestRenderer;
import java.util.ArrayList;
import java.util.List;

/** The base manifest written beside an imported check class. */
final class BaseManifest {

  private BaseManifest() {}

  /**
   * The base manifest: the original without the declared keys that the processor puts back where
   * they were. Keys are tried one by one, in the processor's order, each kept out of the base when
   * putting back all those left out so far still gives the original; the others stay in the base
   * with the value the attribute declares too (equal values are no conflict).
   */
  static String of(Manifest source, List<DeclaredValue> declared) {
    String original = ManifestRenderer.render(source.root(), source.format());
    List<DeclaredValue> left = new ArrayList<>();
    for (DeclaredValue candidate : declared) {
      List<DeclaredValue> trial = new ArrayList<>(left);
      trial.add(candidate);
      if (restores(source, trial, original)) {
        left.add(candidate);
      }
    }
    return ManifestRenderer.render(stripped(source, left), source.format());
  }

  private static boolean restores(Manifest source, List<DeclaredValue> left, String original) {
    ObjectNode stripped = stripped(source, left);
    // The processor writes in the layout it reads from the base file, such as \\u escapes only
    // when the base has some: the layout of the stripped text, not of the original.
    ManifestFormat format =
        ManifestFormat.of(ManifestRenderer.render(stripped, source.format()), stripped);
    ObjectNode restored = stripped.deepCopy();
    // The processor puts the attribute values in its own order, which `declared` follows.
    for (DeclaredValue value : left) {
      ManifestTree.put(restored, value.pointer(), value.value().deepCopy());
    }
    return ManifestRenderer.render(restored, format).equals(original);
  }

  private static ObjectNode stripped(Manifest source, List<DeclaredValue> left) {
    ObjectNode stripped = source.root().deepCopy();
    for (DeclaredValue value : left) {
      remove(stripped, value.pointer());
    }
    return stripped;
  }

  private static void remove(ObjectNode root, String pointer) {
    JsonNode parent = root.at(ManifestPointers.parent(pointer));
    List<String> segments = ManifestPointers.segments(pointer);
    if (parent instanceof ObjectNode object) {
      object.remove(segments.get(segments.size() - 1));
    }
  }
}
