package io.github.ddassets.cli.imports;

import com.palantir.javapoet.ClassName;
import io.github.ddassets.core.declare.Vocabulary;

/**
 * The ddassets annotation types the imported sources use. Named rather than referenced as classes:
 * the command line does not need the annotations on its class path to write code that uses them.
 */
final class AnnotationTypes {

  static final String PACKAGE = Vocabulary.PACKAGE;

  static final ClassName INTEGRATION = annotation(Vocabulary.Integration.ANNOTATION);
  static final ClassName LISTING = annotation(Vocabulary.Listing.ANNOTATION);
  static final ClassName LAYOUT = annotation(Vocabulary.Layout.ANNOTATION);
  static final ClassName INTEGRATION_KIND = type("IntegrationKind");
  static final ClassName OPT_BOOLEAN = type("OptBoolean");
  static final ClassName TILE = annotation(Vocabulary.Tile.ANNOTATION);
  static final ClassName MEDIA = annotation(Vocabulary.Media.ANNOTATION);
  static final ClassName MEDIA_TYPE = type("MediaType");
  static final ClassName RESOURCE = annotation(Vocabulary.Resource.ANNOTATION);
  static final ClassName RESOURCE_TYPE = type("ResourceType");
  static final ClassName AUTHOR = annotation(Vocabulary.Author.ANNOTATION);
  static final ClassName OAUTH = annotation(Vocabulary.OAuth.ANNOTATION);
  static final ClassName METRIC = annotation(Vocabulary.Metric.ANNOTATION);
  static final ClassName METRIC_TYPE = type("MetricType");
  static final ClassName ORIENTATION = type("Orientation");
  static final ClassName CURATED = type("Curated");
  static final ClassName SERVICE_CHECK = annotation(Vocabulary.ServiceCheck.ANNOTATION);
  static final ClassName STATUS = type("Status");
  static final ClassName JMX_RULE = annotation(Vocabulary.JmxRule.ANNOTATION);
  static final ClassName JMX_ATTRIBUTE = annotation(Vocabulary.JmxAttribute.ANNOTATION);
  static final ClassName JMX_PROPERTY = annotation(Vocabulary.JmxProperty.ANNOTATION);
  static final ClassName JMX_TAG = annotation(Vocabulary.JmxTag.ANNOTATION);
  static final ClassName JMX_EXCLUDE = annotation(Vocabulary.JmxExclude.ANNOTATION);
  static final ClassName JMX_METRIC_TYPE = type("JmxMetricType");
  static final ClassName NOT_FROM_JMX = annotation(Vocabulary.NotFromJmx.ANNOTATION);

  private AnnotationTypes() {}

  /** An enum of the annotations' package. */
  private static ClassName type(String simpleName) {
    return ClassName.get(PACKAGE, simpleName);
  }

  private static ClassName annotation(String qualifiedName) {
    return ClassName.bestGuess(qualifiedName);
  }
}
