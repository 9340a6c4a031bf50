package io.github.ddassets.processor;

import io.github.ddassets.core.build.Declarations;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.Owned;
import java.util.HashMap;
import java.util.Map;

/** Which check class each configuration record belongs to, by the record's qualified name. */
final class RecordOwners {

  private RecordOwners() {}

  static Map<String, String> of(Declarations declarations) {
    Map<String, String> owners = new HashMap<>();
    for (Owned<ConfigDeclaration> config : declarations.configs()) {
      if (config.owner() != null) {
        owners.putIfAbsent(config.declaration().typeName(), config.owner());
      }
    }
    return owners;
  }
}
