package io.github.ddassets.core.build;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.output.GeneratedFiles;
import java.util.List;

/**
 * The generated files of one integration.
 *
 * @param files every file, by path inside the integration folder, {@code manifest.fragment.json}
 *     included
 * @param fragment the manifest keys the code owns (the fragment's content), for comparing with a
 *     hand-written manifest
 * @param origins the declarations the files derive from, in a stable order: build tools that
 *     recompile only changed sources use them to know what to regenerate
 */
public record BuiltIntegration(GeneratedFiles files, ObjectNode fragment, List<Origin> origins) {

  public BuiltIntegration {
    fragment = fragment.deepCopy();
    origins = List.copyOf(origins);
  }

  /** The integration's name, which is also its folder's. */
  public String name() {
    return files.integration();
  }

  @Override
  public ObjectNode fragment() {
    return fragment.deepCopy();
  }
}
