package io.github.ddassets.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (OASIS, draft-04), read from the shared reference folder
 * ({@code ../shared/reference/sarif-schema-2.1.0.json}); tests that use it are skipped with a
 * visible message when the folder is absent.
 */
public final class SarifSchema {

  private static final String FILE = "sarif-schema-2.1.0.json";

  private SarifSchema() {}

  /** What the schema finds wrong with a SARIF log, one line an error; empty when it is valid. */
  public static List<String> errors(String sarif) throws IOException {
    Schema schema;
    try (InputStream in = Files.newInputStream(SharedReference.reference().resolve(FILE))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    JsonNode log = JsonMapper.builder().build().readTree(sarif);
    return schema.validate(log).stream().map(Error::toString).toList();
  }
}
