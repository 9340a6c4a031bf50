package io.github.ddassets.cli.imports;

import com.palantir.javapoet.ClassName;

/**
 * The ddassets annotation types the imported sources use. Named rather than referenced as classes:
 * the command line does not need the annotations on its class path to write code that uses them.
 */
final class AnnotationTypes {

  static final String PACKAGE = "io.github.ddassets.annotations";

  static final ClassName INTEGRATION = type("Integration");
  static final ClassName INTEGRATION_KIND = type("IntegrationKind");
  static final ClassName OPT_BOOLEAN = type("OptBoolean");
  static final ClassName TILE = type("Tile");
  static final ClassName MEDIA = type("Media");
  static final ClassName MEDIA_TYPE = type("MediaType");
  static final ClassName RESOURCE = type("Resource");
  static final ClassName RESOURCE_TYPE = type("ResourceType");
  static final ClassName AUTHOR = type("Author");
  static final ClassName OAUTH = type("OAuth");
  static final ClassName METRIC = type("Metric");
  static final ClassName METRIC_TYPE = type("MetricType");
  static final ClassName ORIENTATION = type("Orientation");
  static final ClassName CURATED = type("Curated");
  static final ClassName SERVICE_CHECK = type("ServiceCheck");
  static final ClassName STATUS = type("Status");

  private AnnotationTypes() {}

  private static ClassName type(String simpleName) {
    return ClassName.get(PACKAGE, simpleName);
  }
}
