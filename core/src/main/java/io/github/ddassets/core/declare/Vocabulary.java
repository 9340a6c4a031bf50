package io.github.ddassets.core.declare;

/**
 * The names of the ddassets annotations and of their attributes, in one place.
 *
 * <p>Neither the processor nor the command line refers to the annotation classes: the processor
 * reads annotations through mirrors by name (it must run without the annotations on its class
 * path), core places findings on attributes by name, and the import writes code by name. Each of
 * them uses these constants, and a processor test checks by reflection that this class lists
 * exactly the annotations and attributes the annotations module declares, and that the processor
 * reads every one of those attributes.
 *
 * <p>One nested class per annotation: {@code ANNOTATION} is its qualified name, every other
 * constant an attribute, named as the attribute in upper snake case.
 */
public final class Vocabulary {

  /** The package of the annotations. */
  public static final String PACKAGE = "io.github.ddassets.annotations";

  private Vocabulary() {}

  /** {@code @Integration}: what the integration is. */
  public static final class Integration {
    public static final String ANNOTATION = PACKAGE + ".Integration";
    public static final String NAME = "name";
    public static final String DISPLAY_NAME = "displayName";
    public static final String METRIC_PREFIX = "metricPrefix";
    public static final String KIND = "kind";
    public static final String MANIFEST = "manifest";
    public static final String ACCEPTED_BREAKS = "acceptedBreaks";

    private Integration() {}
  }

  /** {@code @Listing}: the integration's store listing. */
  public static final class Listing {
    public static final String ANNOTATION = PACKAGE + ".Listing";
    public static final String APP_ID = "appId";
    public static final String APP_UUID = "appUuid";
    public static final String OWNER = "owner";
    public static final String DISPLAY_ON_PUBLIC_WEBSITE = "displayOnPublicWebsite";
    public static final String SOURCE_TYPE_ID = "sourceTypeId";
    public static final String AUTO_INSTALL = "autoInstall";
    public static final String CREATES_EVENTS = "createsEvents";
    public static final String PROCESS_SIGNATURES = "processSignatures";
    public static final String LOGS_SOURCE = "logsSource";
    public static final String TILE = "tile";
    public static final String AUTHOR = "author";

    private Listing() {}
  }

  /** {@code @Layout}: how reproduced files are laid out, byte for byte. */
  public static final class Layout {
    public static final String ANNOTATION = PACKAGE + ".Layout";
    public static final String EMPTY_SERVICE_CHECKS = "emptyServiceChecks";
    public static final String EMPTY_SERVICE_CHECKS_OBJECT = "emptyServiceChecksObject";
    public static final String METRICS_IN_DECLARATION_ORDER = "metricsInDeclarationOrder";
    public static final String SAMPLE_TAGS_COLUMN = "sampleTagsColumn";
    public static final String UNNAMED_SPEC = "unnamedSpec";
    public static final String TEMPLATES_FIRST = "templatesFirst";
    public static final String EMPTY_OPTIONS = "emptyOptions";
    public static final String SERVICE_FIRST = "serviceFirst";
    public static final String COMPACT_EXAMPLE = "compactExample";
    public static final String REQUIRED_ON_PROPERTIES = "requiredOnProperties";

    private Layout() {}
  }

  /** {@code @Tile}: the listing's tile. */
  public static final class Tile {
    public static final String ANNOTATION = PACKAGE + ".Tile";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String OVERVIEW = "overview";
    public static final String CONFIGURATION = "configuration";
    public static final String SUPPORT = "support";
    public static final String UNINSTALLATION = "uninstallation";
    public static final String CHANGELOG = "changelog";
    public static final String CLASSIFIER_TAGS = "classifierTags";
    public static final String MEDIA = "media";
    public static final String RESOURCES = "resources";

    private Tile() {}
  }

  /** {@code @Media}: one item of the tile's media gallery. */
  public static final class Media {
    public static final String ANNOTATION = PACKAGE + ".Media";
    public static final String TYPE = "type";
    public static final String CAPTION = "caption";
    public static final String IMAGE_URL = "imageUrl";
    public static final String VIMEO_ID = "vimeoId";

    private Media() {}
  }

  /** {@code @Resource}: one further-reading link of the tile. */
  public static final class Resource {
    public static final String ANNOTATION = PACKAGE + ".Resource";
    public static final String TYPE = "type";
    public static final String URL = "url";

    private Resource() {}
  }

  /** {@code @Author}: the publisher. */
  public static final class Author {
    public static final String ANNOTATION = PACKAGE + ".Author";
    public static final String NAME = "name";
    public static final String HOMEPAGE = "homepage";
    public static final String SUPPORT_EMAIL = "supportEmail";
    public static final String SALES_EMAIL = "salesEmail";
    public static final String VENDOR_ID = "vendorId";

    private Author() {}
  }

  /** {@code @OAuth}: the scopes of an API integration. */
  public static final class OAuth {
    public static final String ANNOTATION = PACKAGE + ".OAuth";
    public static final String SCOPES = "scopes";

    private OAuth() {}
  }

  /** {@code @Metric}: a metric constant. */
  public static final class Metric {
    public static final String ANNOTATION = PACKAGE + ".Metric";
    public static final String TYPE = "type";
    public static final String UNIT = "unit";
    public static final String PER_UNIT = "perUnit";
    public static final String INTERVAL = "interval";
    public static final String ORIENTATION = "orientation";
    public static final String SHORT_NAME = "shortName";
    public static final String CURATED = "curated";
    public static final String SAMPLE_TAGS = "sampleTags";
    public static final String EMITTED_EVERY_RUN = "emittedEveryRun";
    public static final String DESCRIPTION = "description";
    public static final String CHECK = "check";
    public static final String REPLACES = "replaces";
    public static final String BREAKING = "breaking";

    private Metric() {}
  }

  /** {@code @ServiceCheck}: a service-check constant. */
  public static final class ServiceCheck {
    public static final String ANNOTATION = PACKAGE + ".ServiceCheck";
    public static final String NAME = "name";
    public static final String STATUSES = "statuses";
    public static final String GROUPS = "groups";
    public static final String DESCRIPTION = "description";
    public static final String AGENT_VERSION = "agentVersion";
    public static final String INTEGRATION = "integration";
    public static final String CHECK = "check";
    public static final String REPLACES = "replaces";
    public static final String BREAKING = "breaking";

    private ServiceCheck() {}
  }

  /** {@code @InitConfig}: the options shared by all instances. */
  public static final class InitConfig {
    public static final String ANNOTATION = PACKAGE + ".InitConfig";
    public static final String CHECK = "check";
    public static final String TEMPLATES = "templates";

    private InitConfig() {}
  }

  /** {@code @InstanceConfig}: the options of one instance, and the spec's own keys. */
  public static final class InstanceConfig {
    public static final String ANNOTATION = PACKAGE + ".InstanceConfig";
    public static final String CHECK = "check";
    public static final String TEMPLATES = "templates";
    public static final String SPEC_NAME = "specName";
    public static final String SPEC_VERSION = "specVersion";
    public static final String SECTIONS = "sections";
    public static final String FILE_TEMPLATES = "fileTemplates";

    private InstanceConfig() {}
  }

  /** {@code @Param}: one option of a configuration type. */
  public static final class Param {
    public static final String ANNOTATION = PACKAGE + ".Param";
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    public static final String REQUIRED = "required";
    public static final String EXAMPLE = "example";
    public static final String DEFAULT_VALUE = "defaultValue";
    public static final String DISPLAY_DEFAULT = "displayDefault";
    public static final String SECRET = "secret";
    public static final String HIDDEN = "hidden";
    public static final String DISPLAY_PRIORITY = "displayPriority";
    public static final String ENABLED = "enabled";
    public static final String DEPRECATION = "deprecation";
    public static final String ENUM_VALUES = "enumValues";
    public static final String PATTERN = "pattern";
    public static final String MINIMUM = "minimum";
    public static final String MAXIMUM = "maximum";
    public static final String ANY_OF = "anyOf";

    private Param() {}
  }

  /** {@code @Deprecation}: one line of an option's deprecation notice. */
  public static final class Deprecation {
    public static final String ANNOTATION = PACKAGE + ".Deprecation";
    public static final String KEY = "key";
    public static final String VALUE = "value";

    private Deprecation() {}
  }

  /** {@code @Template}: a reference to a ddev configuration template. */
  public static final class Template {
    public static final String ANNOTATION = PACKAGE + ".Template";
    public static final String VALUE = "value";
    public static final String OVERRIDES = "overrides";
    public static final String HIDDEN = "hidden";

    private Template() {}
  }

  /** {@code @TemplateOverride}: one value written into a template. */
  public static final class TemplateOverride {
    public static final String ANNOTATION = PACKAGE + ".TemplateOverride";
    public static final String PATH = "path";
    public static final String VALUE = "value";

    private TemplateOverride() {}
  }

  /** {@code @Logs}: the log section. */
  public static final class Logs {
    public static final String ANNOTATION = PACKAGE + ".Logs";
    public static final String VALUE = "value";
    public static final String DESCRIPTION = "description";
    public static final String REQUIRED = "required";
    public static final String CHECK = "check";

    private Logs() {}
  }

  /** {@code @LogSource}: one example log source. */
  public static final class LogSource {
    public static final String ANNOTATION = PACKAGE + ".LogSource";
    public static final String TYPE = "type";
    public static final String PATH = "path";
    public static final String PORT = "port";
    public static final String PORT_PLACEHOLDER = "portPlaceholder";
    public static final String CHANNEL_PATH = "channelPath";
    public static final String SOURCE = "source";
    public static final String SERVICE = "service";
    public static final String ENCODING = "encoding";
    public static final String PROCESSING_RULES = "processingRules";

    private LogSource() {}
  }

  /** {@code @LogProcessingRule}: one processing rule of a log source. */
  public static final class LogProcessingRule {
    public static final String ANNOTATION = PACKAGE + ".LogProcessingRule";
    public static final String TYPE = "type";
    public static final String NAME = "name";
    public static final String PATTERN = "pattern";
    public static final String REPLACE_PLACEHOLDER = "replacePlaceholder";

    private LogProcessingRule() {}
  }

  /** {@code @AutoConf}: the Autodiscovery file. */
  public static final class AutoConf {
    public static final String ANNOTATION = PACKAGE + ".AutoConf";
    public static final String AD_IDENTIFIERS = "adIdentifiers";
    public static final String EXAMPLES = "examples";
    public static final String TEMPLATES = "templates";
    public static final String CHECK = "check";

    private AutoConf() {}
  }

  /** {@code @ParamValue}: an Autodiscovery example for one option. */
  public static final class ParamValue {
    public static final String ANNOTATION = PACKAGE + ".ParamValue";
    public static final String PARAM = "param";
    public static final String VALUE = "value";
    public static final String DESCRIPTION = "description";

    private ParamValue() {}
  }

  /** {@code @JmxRule}: one rule of a JMX integration's metrics.yaml. */
  public static final class JmxRule {
    public static final String ANNOTATION = PACKAGE + ".JmxRule";
    public static final String DOMAIN = "domain";
    public static final String DOMAIN_REGEX = "domainRegex";
    public static final String BEAN = "bean";
    public static final String BEAN_REGEX = "beanRegex";
    public static final String PROPERTIES = "properties";
    public static final String ATTRIBUTES = "attributes";
    public static final String EXCLUDE_TAGS = "excludeTags";
    public static final String TAGS = "tags";
    public static final String EXCLUDE = "exclude";
    public static final String CHECK = "check";

    private JmxRule() {}
  }

  /** {@code @JmxRules}: the container of repeated {@code @JmxRule}s. */
  public static final class JmxRules {
    public static final String ANNOTATION = PACKAGE + ".JmxRules";
    public static final String VALUE = "value";

    private JmxRules() {}
  }

  /** {@code @JmxAttribute}: one MBean attribute of a JMX rule. */
  public static final class JmxAttribute {
    public static final String ANNOTATION = PACKAGE + ".JmxAttribute";
    public static final String NAME = "name";
    public static final String ALIAS = "alias";
    public static final String METRIC_TYPE = "metricType";
    public static final String TAGS = "tags";
    public static final String VALUES = "values";

    private JmxAttribute() {}
  }

  /** {@code @JmxProperty}: a bean-property filter of a JMX rule. */
  public static final class JmxProperty {
    public static final String ANNOTATION = PACKAGE + ".JmxProperty";
    public static final String NAME = "name";
    public static final String VALUES = "values";

    private JmxProperty() {}
  }

  /** {@code @JmxTag}: a tag a JMX rule adds. */
  public static final class JmxTag {
    public static final String ANNOTATION = PACKAGE + ".JmxTag";
    public static final String NAME = "name";
    public static final String VALUE = "value";

    private JmxTag() {}
  }

  /** {@code @JmxExclude}: the exclude block of a JMX rule. */
  public static final class JmxExclude {
    public static final String ANNOTATION = PACKAGE + ".JmxExclude";
    public static final String DOMAIN = "domain";
    public static final String DOMAIN_REGEX = "domainRegex";
    public static final String BEAN = "bean";
    public static final String BEAN_REGEX = "beanRegex";
    public static final String PROPERTIES = "properties";
    public static final String ATTRIBUTES = "attributes";

    private JmxExclude() {}
  }

  /** {@code @NotFromJmx}: a metric of a JMX integration that other code submits. */
  public static final class NotFromJmx {
    public static final String ANNOTATION = PACKAGE + ".NotFromJmx";
    public static final String VALUE = "value";

    private NotFromJmx() {}
  }
}
