package io.github.ddassets.core.rules;

import static io.github.ddassets.core.rules.Applies.BOTH;
import static io.github.ddassets.core.rules.Applies.FILES;
import static io.github.ddassets.core.rules.Applies.SOURCES;
import static io.github.ddassets.core.rules.Profile.DDEV;
import static io.github.ddassets.core.rules.Profile.STRICT;
import static io.github.ddassets.core.rules.Severity.ERROR;
import static io.github.ddassets.core.rules.Severity.WARNING;

import io.github.ddassets.core.model.Excerpt;
import io.github.ddassets.core.model.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The rule catalogue: every check ddassets makes, with a stable id, the profile that enables it,
 * its severity and a one-line summary. {@code docs/rules.md} is generated from this list.
 *
 * <p>A rule of profile {@link Profile#DDEV} is what ddev itself enforces and runs under both
 * profiles; a rule of profile {@link Profile#STRICT} runs only under {@code strict}. A ddev rule
 * may be more severe under strict (for example an empty description).
 *
 * <p>Each constant states only how the rule is classified: {@code (scope, applies to, profile,
 * severity[, severity under strict])}. Its id is the constant's name in kebab case, and its two
 * texts, the summary and the message format, live in {@code rules.properties} next to this class
 * under {@code <id>.summary} and {@code <id>.message}, the way javac keeps its diagnostics in
 * {@code compiler.properties}: the catalogue then reads as a table, and the prose is edited where
 * it is not wrapped in string concatenations.
 */
public enum Rule {
  // ---- Annotated sources ----
  SOURCE_NOT_CONSTANT(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_NO_INTEGRATION(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_CHECK_NOT_INTEGRATION(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_DUPLICATE_INTEGRATION(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_LISTING_NO_INTEGRATION(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_LAYOUT_MISPLACED(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_LOADER_DEPENDENCY(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_BREAKING_CHANGE(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_ACKNOWLEDGEMENT_UNUSED(Scope.SOURCES, SOURCES, DDEV, WARNING),

  // ---- Integration ----
  INTEGRATION_NAME_UNSAFE(Scope.INTEGRATION, SOURCES, DDEV, ERROR),

  // ---- metadata.csv ----
  METADATA_UNREADABLE(Scope.METADATA, FILES, DDEV, ERROR),
  METADATA_EMPTY_FILE(Scope.METADATA, FILES, DDEV, ERROR),
  METADATA_INVALID_COLUMN(Scope.METADATA, FILES, DDEV, ERROR),
  METADATA_MISSING_COLUMN(Scope.METADATA, FILES, DDEV, ERROR),
  METADATA_ROW_WIDTH(Scope.METADATA, FILES, DDEV, ERROR),
  METADATA_REQUIRED_EMPTY(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_NAME_DUPLICATE(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_NAME_NOT_NORMALIZED(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_NAME_PREFIX(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_PREFIX_MISSING(Scope.METADATA, FILES, DDEV, ERROR),
  METADATA_TYPE_INVALID(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_INTERVAL_NOT_DIGITS(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_UNIT_UNKNOWN(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_UNIT_TIME_FRACTION(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_DESCRIPTION_EMPTY(Scope.METADATA, BOTH, DDEV, WARNING, ERROR),
  METADATA_DESCRIPTION_PIPE(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_NON_ASCII(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_DESCRIPTION_TOO_LONG(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_ORIENTATION_INVALID(Scope.METADATA, FILES, DDEV, ERROR),
  METADATA_INTEGRATION_MISMATCH(Scope.METADATA, FILES, DDEV, ERROR),
  METADATA_CURATED_INVALID(Scope.METADATA, BOTH, DDEV, ERROR),
  METADATA_SHORT_NAME_EMPTY(Scope.METADATA, BOTH, STRICT, ERROR),
  METADATA_SHORT_NAME_DUPLICATE(Scope.METADATA, BOTH, STRICT, WARNING),
  METADATA_DESCRIPTION_DUPLICATE(Scope.METADATA, BOTH, STRICT, WARNING),
  METADATA_UNIT_PLACEHOLDER(Scope.METADATA, BOTH, STRICT, ERROR),
  METADATA_NAME_TOO_LONG(Scope.METADATA, BOTH, STRICT, ERROR),
  METADATA_NAME_DOTS(Scope.METADATA, BOTH, STRICT, ERROR),
  METADATA_NON_ASCII_UNCHECKED(Scope.METADATA, BOTH, STRICT, ERROR),
  METADATA_SAMPLE_TAGS_FORMAT(Scope.METADATA, BOTH, STRICT, WARNING),
  METADATA_UNSORTED(Scope.METADATA, BOTH, STRICT, WARNING),
  METADATA_COLUMN_ORDER(Scope.METADATA, FILES, STRICT, WARNING),
  METADATA_LINE_ENDINGS(Scope.METADATA, FILES, STRICT, WARNING),

  // ---- service_checks.json ----
  SERVICE_CHECKS_UNREADABLE(Scope.SERVICE_CHECKS, FILES, DDEV, ERROR),
  SERVICE_CHECKS_NOT_ARRAY(Scope.SERVICE_CHECKS, FILES, DDEV, ERROR),
  SERVICE_CHECKS_ENTRY_NOT_OBJECT(Scope.SERVICE_CHECKS, FILES, DDEV, ERROR),
  SERVICE_CHECKS_ATTRIBUTE_INVALID(Scope.SERVICE_CHECKS, FILES, DDEV, ERROR),
  SERVICE_CHECKS_ATTRIBUTE_REQUIRED(Scope.SERVICE_CHECKS, FILES, DDEV, ERROR),
  SERVICE_CHECKS_AGENT_VERSION(Scope.SERVICE_CHECKS, BOTH, DDEV, ERROR),
  SERVICE_CHECKS_CHECK_REQUIRED(Scope.SERVICE_CHECKS, BOTH, DDEV, ERROR),
  SERVICE_CHECKS_CHECK_DUPLICATE(Scope.SERVICE_CHECKS, BOTH, DDEV, ERROR),
  SERVICE_CHECKS_DESCRIPTION_REQUIRED(Scope.SERVICE_CHECKS, BOTH, DDEV, ERROR),
  SERVICE_CHECKS_GROUPS_LIST(Scope.SERVICE_CHECKS, FILES, DDEV, ERROR),
  SERVICE_CHECKS_INTEGRATION_REQUIRED(Scope.SERVICE_CHECKS, FILES, DDEV, ERROR),
  SERVICE_CHECKS_INTEGRATION_MISMATCH(Scope.SERVICE_CHECKS, BOTH, DDEV, ERROR),
  SERVICE_CHECKS_NAME_REQUIRED(Scope.SERVICE_CHECKS, BOTH, DDEV, ERROR),
  SERVICE_CHECKS_NAME_DUPLICATE(Scope.SERVICE_CHECKS, BOTH, DDEV, ERROR),
  SERVICE_CHECKS_STATUSES_REQUIRED(Scope.SERVICE_CHECKS, BOTH, DDEV, ERROR),
  SERVICE_CHECKS_STATUS_INVALID(Scope.SERVICE_CHECKS, FILES, DDEV, ERROR),
  SERVICE_CHECKS_EMPTY_OBJECT(Scope.SERVICE_CHECKS, FILES, STRICT, WARNING),
  SERVICE_CHECKS_DUPLICATE_ITEM(Scope.SERVICE_CHECKS, BOTH, STRICT, WARNING),
  SERVICE_CHECKS_LAYOUT(Scope.SERVICE_CHECKS, FILES, STRICT, WARNING),

  // ---- spec.yaml ----
  SPEC_UNREADABLE(Scope.SPEC, FILES, DDEV, ERROR),
  SPEC_STRUCTURE(Scope.SPEC, FILES, DDEV, ERROR),
  SPEC_FILE_INVALID(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_FILE_NAME(Scope.SPEC, FILES, DDEV, ERROR),
  SPEC_TEMPLATE_UNKNOWN(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_OVERRIDE_UNUSED(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_OPTION_INVALID(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_OPTION_DUPLICATE(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_OPTION_DESCRIPTION(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_OPTION_UNKNOWN_KEY(Scope.SPEC, FILES, DDEV, ERROR),
  SPEC_VALUE_UNKNOWN_KEY(Scope.SPEC, FILES, DDEV, ERROR),
  SPEC_VALUE_INVALID(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_EXAMPLE_TYPE(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_EXAMPLE_VALUE(Scope.SPEC, BOTH, STRICT, ERROR),
  SPEC_BOOLEAN_EXAMPLE(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_DESCRIPTION_TOO_LONG(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_DEFAULT_TEMPLATES(Scope.SPEC, BOTH, DDEV, ERROR),
  SPEC_NAME_MISMATCH(Scope.SPEC, FILES, STRICT, WARNING),
  SPEC_IMPORT_UNSUPPORTED(Scope.SPEC, FILES, DDEV, ERROR),

  // ---- conf.yaml.example ----
  EXAMPLE_OUT_OF_SYNC(Scope.EXAMPLE, FILES, DDEV, ERROR),

  // ---- Configuration declared in sources (@InitConfig, @InstanceConfig, @Param...) ----
  SOURCE_CONFIG_DUPLICATE(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_CONFIG_SHAPE(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_PARAM_TYPE(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_YAML_INVALID(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_ATTRIBUTE_INVALID(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_PARAM_DEFAULT(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_MANIFEST_BASE(Scope.SOURCES, SOURCES, DDEV, ERROR),
  MANIFEST_BASE_CONFLICT(Scope.SOURCES, SOURCES, DDEV, ERROR),
  SOURCE_INTEGRATION_KIND(Scope.SOURCES, SOURCES, DDEV, ERROR),

  // ---- manifest.json, and the rules that tie it to the other files ----
  MANIFEST_UNREADABLE(Scope.MANIFEST, FILES, DDEV, ERROR),
  MANIFEST_KEY_REQUIRED(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_TYPE_INVALID(Scope.MANIFEST, FILES, DDEV, ERROR),
  MANIFEST_VERSION(Scope.MANIFEST, FILES, DDEV, ERROR),
  MANIFEST_VALUE_EMPTY(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_URL_INVALID(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_APP_ID(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_APP_UUID(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_VENDOR_ID(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_TITLE_TOO_LONG(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_DESCRIPTION_TOO_LONG(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_CLASSIFIER_TAG_FORMAT(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_CLASSIFIER_TAG_UNKNOWN(Scope.MANIFEST, BOTH, DDEV, WARNING),
  MANIFEST_MEDIA_TOO_MANY(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_MEDIA_INVALID(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_MEDIA_FORMAT(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_MEDIA_CAPTION_TOO_LONG(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_MEDIA_FILE(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_SUPPORT_EMAIL_ASCII(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_EMAIL_INVALID(Scope.MANIFEST, BOTH, STRICT, ERROR),
  MANIFEST_DISPLAY_ON_PUBLIC_WEBSITE(Scope.MANIFEST, FILES, DDEV, ERROR),
  MANIFEST_LOGS_CATEGORY(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_LOGS_SOURCE_CATEGORY(Scope.MANIFEST, BOTH, STRICT, ERROR),
  MANIFEST_CHECK_METRIC_UNKNOWN(Scope.MANIFEST, FILES, DDEV, ERROR),
  MANIFEST_CHECK_EMPTY(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_METADATA_PATH_MISSING(Scope.MANIFEST, FILES, DDEV, ERROR),
  MANIFEST_FILE_MISSING(Scope.MANIFEST, BOTH, DDEV, ERROR),
  MANIFEST_SPEC_MISSING(Scope.MANIFEST, FILES, STRICT, ERROR),
  MANIFEST_TITLE_DISPLAY_NAME(Scope.MANIFEST, BOTH, STRICT, WARNING),
  MANIFEST_KEY_DOCUMENTED(Scope.MANIFEST, BOTH, STRICT, WARNING),
  MANIFEST_RESOURCE_TYPE(Scope.MANIFEST, FILES, STRICT, WARNING),
  MANIFEST_OAUTH_SCOPES(Scope.MANIFEST, BOTH, STRICT, ERROR),
  MANIFEST_OAUTH_API_KEYS_WRITE(Scope.MANIFEST, BOTH, STRICT, ERROR),
  MANIFEST_API_TELEMETRY(Scope.MANIFEST, BOTH, STRICT, WARNING),
  MANIFEST_AUTO_INSTALL_API(Scope.MANIFEST, BOTH, STRICT, WARNING),

  // ---- metrics.yaml of a JMX integration, and its agreement with metadata.csv ----
  JMX_METRICS_MISSING(Scope.JMX_METRICS, FILES, DDEV, ERROR),
  JMX_METRICS_UNREADABLE(Scope.JMX_METRICS, FILES, DDEV, ERROR),
  JMX_DUPLICATE_KEY(Scope.JMX_METRICS, FILES, DDEV, ERROR),
  JMX_METRICS_KEY_MISSING(Scope.JMX_METRICS, FILES, DDEV, ERROR),
  JMX_STRUCTURE(Scope.JMX_METRICS, FILES, DDEV, ERROR),
  JMX_INCLUDE_MISSING(Scope.JMX_METRICS, FILES, DDEV, ERROR),
  JMX_INCLUDE_SCOPE(Scope.JMX_METRICS, BOTH, DDEV, ERROR),
  JMX_BEAN_ATTRIBUTE_DUPLICATE(Scope.JMX_METRICS, BOTH, DDEV, ERROR),
  JMX_SPEC_TEMPLATES(Scope.JMX_METRICS, BOTH, DDEV, ERROR),
  JMX_KEY_UNKNOWN(Scope.JMX_METRICS, FILES, STRICT, WARNING),
  JMX_METRIC_TYPE_UNKNOWN(Scope.JMX_METRICS, FILES, STRICT, WARNING),
  JMX_RULE_SHADOWED(Scope.JMX_METRICS, BOTH, STRICT, WARNING),
  JMX_ALIAS_UNDECLARED(Scope.JMX_METRICS, BOTH, STRICT, ERROR),
  JMX_TYPE_MISMATCH(Scope.JMX_METRICS, BOTH, STRICT, WARNING),
  JMX_ROW_NOT_PRODUCED(Scope.JMX_METRICS, BOTH, STRICT, WARNING);

  /**
   * The most characters of one text a message repeats. A value read from a file may be megabytes
   * long; the longest legitimate ones (metric names of up to 200 characters, whole messages built
   * by the spec loader) stay far below.
   */
  static final int MAX_ARGUMENT = 500;

  private final String id;
  private final Scope scope;
  private final Applies applies;
  private final Profile profile;
  private final Severity severity;
  private final Severity strictSeverity;

  /** A rule with the same severity under both profiles. */
  Rule(Scope scope, Applies applies, Profile profile, Severity severity) {
    this(scope, applies, profile, severity, null);
  }

  /** A rule whose severity under {@code strict} differs, when {@code strictSeverity} is set. */
  Rule(Scope scope, Applies applies, Profile profile, Severity severity, Severity strictSeverity) {
    this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
    this.scope = scope;
    this.applies = applies;
    this.profile = profile;
    this.severity = severity;
    this.strictSeverity = strictSeverity;
  }

  /** The stable id shown in every finding, for example {@code metadata-unit-unknown}. */
  public String id() {
    return id;
  }

  /** What the rule looks at. */
  public Scope scope() {
    return scope;
  }

  /** Whether the rule can fire on files, on sources, or both. */
  public Applies applies() {
    return applies;
  }

  /** The least strict profile that enables the rule. */
  public Profile profile() {
    return profile;
  }

  /** The one-line summary used in {@code docs/rules.md}. */
  public String summary() {
    return Texts.get(id + ".summary");
  }

  /** Whether the rule runs under the given profile. */
  public boolean isEnabledUnder(Profile active) {
    return profile == Profile.DDEV || active == Profile.STRICT;
  }

  /** The rule's severity under the given profile. */
  public Severity severityUnder(Profile active) {
    return active == Profile.STRICT && strictSeverity != null ? strictSeverity : severity;
  }

  /**
   * Whether an author may silence the rule in a build: every rule but an error of the {@code ddev}
   * profile, which ddev validate (or the generated code) would refuse all the same. See {@link
   * Suppressions}.
   */
  public boolean isSuppressible() {
    return profile == Profile.STRICT || severity == Severity.WARNING;
  }

  /** The severity under the rule's own profile. */
  public Severity severity() {
    return severity;
  }

  /** The severity under {@code strict} when it differs, else null. */
  public Severity strictSeverity() {
    return strictSeverity;
  }

  /** Makes a finding of this rule with its message filled in. */
  public Finding at(Origin origin, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof String text ? Excerpt.of(text, MAX_ARGUMENT) : args[i];
    }
    return new Finding(this, origin, String.format(Locale.ROOT, messageFormat(), shown), "");
  }

  /** The {@link java.util.Formatter} pattern {@link #at} fills in; package-private for tests. */
  String messageFormat() {
    return Texts.get(id + ".message");
  }

  /** Finds a rule by id. */
  public static Rule byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("no rule with id " + Objects.requireNonNull(id));
  }

  /**
   * The texts of {@code rules.properties}, read when a text is first needed: a build without
   * findings never reads them. A holder class, so that the file is read on first use and once.
   * RuleTextsTest checks that every rule has both texts.
   */
  private static final class Texts {
    static final String RESOURCE = "rules.properties";
    private static final Properties TEXTS = load();

    private Texts() {}

    /** The text under {@code key}; a missing one is a build bug. */
    static String get(String key) {
      String text = TEXTS.getProperty(key);
      if (text == null || text.isBlank()) {
        throw new IllegalStateException(
            RESOURCE + " next to " + Rule.class.getName() + " has no text for " + key);
      }
      return text;
    }

    private static Properties load() {
      try (InputStream in = Rule.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              RESOURCE + " is missing from the ddassets-core jar, next to " + Rule.class.getName());
        }
        Properties texts = new Properties();
        // A decoder of its own reports malformed input, where a plain reader would put U+FFFD.
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
        return texts;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
