package io.github.ddassets.core.build;

import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestOrigins;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.model.Origin;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a built manifest comes from: the annotation attribute that declares it, else
 * its position in the base manifest, else (for a missing key) the closest parent that has one of
 * these, else the {@code @Integration} annotation.
 *
 * @param code the origins of the values the code declares, by JSON pointer
 * @param base the base manifest, when there is one
 * @param fallback the {@code @Integration} annotation
 */
record MergedOrigins(Map<String, Origin> code, Optional<Manifest> base, Origin fallback)
    implements ManifestOrigins {

  MergedOrigins {
    code = Map.copyOf(code);
  }

  @Override
  public Origin at(String pointer) {
    for (String current = pointer; ; current = ManifestPointers.parent(current)) {
      Origin declared = code.get(current);
      if (declared != null) {
        return declared;
      }
      if (base.isPresent() && base.get().has(current)) {
        return base.get().origin(current);
      }
      if (current.isEmpty()) {
        return fallback;
      }
    }
  }
}
