package io.github.ddassets.core.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges the keys the code owns into a hand-written base manifest. The base passes through
 * untouched (its key order, and every key the code does not own); an owned key the base lacks is
 * inserted at its canonical place; an owned key the base writes differently is a conflict, and the
 * merged manifest takes the code's value.
 */
public final class ManifestMerge {

  private ManifestMerge() {}

  /**
   * The merged manifest and the conflicts.
   *
   * @param manifest the merged tree (a new tree; the base is not changed)
   * @param conflicts owned keys the base writes with another value, in owned-key order
   */
  public record Merged(ObjectNode manifest, List<FragmentDifference> conflicts) {
    public Merged {
      Objects.requireNonNull(manifest, "manifest");
      conflicts = List.copyOf(conflicts);
    }
  }

  /**
   * Merges a fragment ({@link ManifestFragment}) into a base manifest. A base value equivalent to
   * the code's (such as {@code "check": "acme.up"} for the list {@code ["acme.up"]}) is kept as
   * written, so that an unchanged base comes out byte for byte.
   */
  public static Merged merge(ObjectNode base, ObjectNode fragment) {
    ObjectNode merged = base.deepCopy();
    List<FragmentDifference> conflicts = new ArrayList<>();
    for (FragmentDifference difference : ManifestFragment.compare(base, fragment)) {
      if (!difference.missing()) {
        conflicts.add(difference);
      }
      JsonNode value = difference.expected().deepCopy();
      ManifestTree.put(merged, difference.pointer(), value);
    }
    return new Merged(merged, conflicts);
  }
}
