package io.github.ddassets.core.rules;

import static io.github.ddassets.core.rules.Applies.BOTH;
import static io.github.ddassets.core.rules.Applies.FILES;
import static io.github.ddassets.core.rules.Applies.SOURCES;
import static io.github.ddassets.core.rules.Profile.DDEV;
import static io.github.ddassets.core.rules.Profile.STRICT;
import static io.github.ddassets.core.rules.Severity.ERROR;
import static io.github.ddassets.core.rules.Severity.WARNING;

import io.github.ddassets.core.model.Origin;
import java.util.Locale;
import java.util.Objects;

/**
 * The rule catalogue: every check ddassets makes, with a stable id, the profile that enables it,
 * its severity and a one-line summary. {@code docs/rules.md} is generated from this list.
 *
 * <p>A rule of profile {@link Profile#DDEV} is what ddev itself enforces and runs under both
 * profiles; a rule of profile {@link Profile#STRICT} runs only under {@code strict}. A ddev rule
 * may be more severe under strict (for example an empty description).
 */
public enum Rule {
  // ---- Annotated sources ----
  SOURCE_NOT_CONSTANT(
      "source-not-constant",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "@Metric and @ServiceCheck annotate `static final String` constants with a compile-time value.",
      "@%s must annotate a static final String constant with a compile-time value: %s"),
  SOURCE_NO_INTEGRATION(
      "source-no-integration",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "A metric or service check belongs to the @Integration class that encloses it, or the one"
          + " named by `check`.",
      "%s is not declared inside a class annotated with @Integration; set check = <CheckClass>.class"),
  SOURCE_CHECK_NOT_INTEGRATION(
      "source-check-not-integration",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "The class named by `check` is annotated with @Integration in the same compilation.",
      "check = %s.class names a class without @Integration in this compilation"),
  SOURCE_DUPLICATE_INTEGRATION(
      "source-duplicate-integration",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "Two @Integration classes of one compilation do not share a name.",
      "integration `%s` is already declared by %s"),
  SOURCE_LISTING_NO_INTEGRATION(
      "source-listing-no-integration",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "@Listing declares the store listing of the @Integration class it annotates, and only of one.",
      "%s is not annotated with @Integration; put @Listing on the @Integration class"),
  SOURCE_LAYOUT_MISPLACED(
      "source-layout-misplaced",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "Each @Layout flag is set where it applies: emptyServiceChecks on the @Integration class,"
          + " templatesFirst on a configuration type, emptyOptions naming templates of the type's"
          + " configuration annotations, serviceFirst on the type with @Logs, compactExample on a"
          + " parameter.",
      "%s"),

  // ---- Integration ----
  INTEGRATION_NAME_UNSAFE(
      "integration-name-unsafe",
      Scope.INTEGRATION,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "The integration name is a plain folder name: letters, digits, `_`, `-` and `.`, starting"
          + " with a letter or digit.",
      "integration name `%s` is not a safe folder name: %s"),

  // ---- metadata.csv ----
  METADATA_UNREADABLE(
      "metadata-unreadable",
      Scope.METADATA,
      FILES,
      DDEV,
      ERROR,
      null,
      "The file can be read as UTF-8 CSV.",
      "cannot read metadata.csv: %s"),
  METADATA_EMPTY_FILE(
      "metadata-empty-file",
      Scope.METADATA,
      FILES,
      DDEV,
      ERROR,
      null,
      "The file is not empty: it has at least the header row.",
      "metadata.csv is empty: it needs at least the header row"),
  METADATA_INVALID_COLUMN(
      "metadata-invalid-column",
      Scope.METADATA,
      FILES,
      DDEV,
      ERROR,
      null,
      "Every header column is one ddev knows.",
      "`%s` is not a metadata.csv column (allowed: %s)"),
  METADATA_MISSING_COLUMN(
      "metadata-missing-column",
      Scope.METADATA,
      FILES,
      DDEV,
      ERROR,
      null,
      "The header has metric_name, metric_type, interval, unit_name, per_unit_name, description,"
          + " orientation, integration and short_name.",
      "the header lacks the column%s %s"),
  METADATA_ROW_WIDTH(
      "metadata-row-width",
      Scope.METADATA,
      FILES,
      DDEV,
      ERROR,
      null,
      "Every row has as many fields as the header.",
      "`%s` has the wrong number of columns: %d field(s) where the header has %d"),
  METADATA_REQUIRED_EMPTY(
      "metadata-required-empty",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "metric_name, metric_type, orientation and integration have a value in every row.",
      "%s is empty"),
  METADATA_NAME_DUPLICATE(
      "metadata-name-duplicate",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A metric name appears once.",
      "metric `%s` is declared more than once (first at %s)"),
  METADATA_NAME_NOT_NORMALIZED(
      "metadata-name-not-normalized",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Metric names are already in Datadog's normalized form: ASCII letters, digits, `_` and `.`,"
          + " starting with a letter, no `_` next to a `.`.",
      "metric name `%s` is not normalized: Datadog would store it as `%s`"),
  METADATA_NAME_PREFIX(
      "metadata-name-prefix",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Metric names start with the integration's metric prefix or an allowed global prefix"
          + " (system., jvm., http., datadog., sftp., process., runtime., otelcol_).",
      "metric `%s` does not start with the metric prefix `%s` or an allowed global prefix"),
  METADATA_PREFIX_MISSING(
      "metadata-prefix-missing",
      Scope.METADATA,
      FILES,
      DDEV,
      ERROR,
      null,
      "A metric prefix is known for the integration (manifest `assets.integration.metrics.prefix`).",
      "no metric prefix is known for `%s`: set assets.integration.metrics.prefix in manifest.json"),
  METADATA_TYPE_INVALID(
      "metadata-type-invalid",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "metric_type is gauge, count or rate (ddev rejects distribution).",
      "`%s` is not a valid metric_type: use gauge, count or rate"),
  METADATA_INTERVAL_NOT_DIGITS(
      "metadata-interval-not-digits",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "interval, when set, is a whole number of seconds.",
      "interval should be a whole number of seconds, found `%s`"),
  METADATA_UNIT_UNKNOWN(
      "metadata-unit-unknown",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "unit_name and per_unit_name, when set, are Datadog unit names.",
      "`%s` is not a valid %s"),
  METADATA_UNIT_TIME_FRACTION(
      "metadata-unit-time-fraction",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "unit_name and per_unit_name are not both time units (use the fraction unit instead).",
      "`%s/%s` is a time per time unit: use the fraction unit instead"),
  METADATA_DESCRIPTION_EMPTY(
      "metadata-description-empty",
      Scope.METADATA,
      BOTH,
      DDEV,
      WARNING,
      ERROR,
      "Every metric has a description.",
      "metric `%s` has no description"),
  METADATA_DESCRIPTION_PIPE(
      "metadata-description-pipe",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A description does not contain `|`.",
      "the description of `%s` contains a `|`"),
  METADATA_NON_ASCII(
      "metadata-non-ascii",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A row with a description has only ASCII characters in every cell.",
      "the row of `%s` contains non-ASCII characters in %s"),
  METADATA_DESCRIPTION_TOO_LONG(
      "metadata-description-too-long",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A description has at most 400 characters.",
      "the description of `%s` has %d characters, more than the maximum of 400"),
  METADATA_ORIENTATION_INVALID(
      "metadata-orientation-invalid",
      Scope.METADATA,
      FILES,
      DDEV,
      ERROR,
      null,
      "orientation is 1, 0 or -1.",
      "`%s` is not a valid orientation: use 1 (higher is better), 0 or -1 (lower is better)"),
  METADATA_INTEGRATION_MISMATCH(
      "metadata-integration-mismatch",
      Scope.METADATA,
      FILES,
      DDEV,
      ERROR,
      null,
      "The integration column is the normalized source_type_name of the manifest.",
      "integration `%s` should be `%s`"),
  METADATA_CURATED_INVALID(
      "metadata-curated-invalid",
      Scope.METADATA,
      BOTH,
      DDEV,
      ERROR,
      null,
      "curated_metric is a `|`-separated list of cpu and memory without repeats.",
      "curated_metric of `%s` %s"),
  METADATA_SHORT_NAME_EMPTY(
      "metadata-short-name-empty",
      Scope.METADATA,
      BOTH,
      STRICT,
      ERROR,
      null,
      "Every metric has a short_name (Datadog's documentation calls it mandatory).",
      "metric `%s` has no short_name"),
  METADATA_SHORT_NAME_DUPLICATE(
      "metadata-short-name-duplicate",
      Scope.METADATA,
      BOTH,
      STRICT,
      WARNING,
      null,
      "Short names are unique (ddev's --check-duplicates).",
      "short_name `%s` is also used by `%s`"),
  METADATA_DESCRIPTION_DUPLICATE(
      "metadata-description-duplicate",
      Scope.METADATA,
      BOTH,
      STRICT,
      WARNING,
      null,
      "Descriptions are unique (ddev's --check-duplicates).",
      "metric `%s` has the same description as `%s`"),
  METADATA_UNIT_PLACEHOLDER(
      "metadata-unit-placeholder",
      Scope.METADATA,
      BOTH,
      STRICT,
      ERROR,
      null,
      "The unit `name` is not used: ddev's list contains it only by accident.",
      "`name` is not a real unit (ddev's unit list contains it by accident)"),
  METADATA_NAME_TOO_LONG(
      "metadata-name-too-long",
      Scope.METADATA,
      BOTH,
      STRICT,
      ERROR,
      null,
      "Metric names have at most 200 characters (Datadog's platform limit).",
      "metric name `%s` has %d characters, more than the maximum of 200"),
  METADATA_NAME_DOTS(
      "metadata-name-dots",
      Scope.METADATA,
      BOTH,
      STRICT,
      ERROR,
      null,
      "Metric names have no empty segment: no `..` and no trailing `.`.",
      "metric name `%s` has an empty segment (`..` or a trailing `.`)"),
  METADATA_NON_ASCII_UNCHECKED(
      "metadata-non-ascii-unchecked",
      Scope.METADATA,
      BOTH,
      STRICT,
      ERROR,
      null,
      "Rows ddev skips for the ASCII check (no description, or a `|` in it) are ASCII too.",
      "the row of `%s` contains non-ASCII characters in %s"),
  METADATA_SAMPLE_TAGS_FORMAT(
      "metadata-sample-tags-format",
      Scope.METADATA,
      BOTH,
      STRICT,
      WARNING,
      null,
      "sample_tags is a comma-separated list of tag keys without spaces or empty items.",
      "sample_tags of `%s` should be tag keys separated by commas, without spaces: `%s`"),
  METADATA_UNSORTED(
      "metadata-unsorted",
      Scope.METADATA,
      FILES,
      STRICT,
      WARNING,
      null,
      "Rows are sorted by metric_name (ddev requires it in integrations-core).",
      "rows are not sorted by metric_name: `%s` comes after `%s`"),
  METADATA_COLUMN_ORDER(
      "metadata-column-order",
      Scope.METADATA,
      FILES,
      STRICT,
      WARNING,
      null,
      "Header columns are in the canonical order ddev writes.",
      "columns are not in the canonical order: %s"),
  METADATA_LINE_ENDINGS(
      "metadata-line-endings",
      Scope.METADATA,
      FILES,
      STRICT,
      WARNING,
      null,
      "Lines end with `\\n` and the last line too.",
      "%s"),

  // ---- service_checks.json ----
  SERVICE_CHECKS_UNREADABLE(
      "service-checks-unreadable",
      Scope.SERVICE_CHECKS,
      FILES,
      DDEV,
      ERROR,
      null,
      "The file is valid JSON.",
      "cannot read service_checks.json: %s"),
  SERVICE_CHECKS_NOT_ARRAY(
      "service-checks-not-array",
      Scope.SERVICE_CHECKS,
      FILES,
      DDEV,
      ERROR,
      null,
      "The top-level value is a list (`[]` when there are no service checks).",
      "the top-level value must be a list, found %s"),
  SERVICE_CHECKS_ENTRY_NOT_OBJECT(
      "service-checks-entry-not-object",
      Scope.SERVICE_CHECKS,
      FILES,
      DDEV,
      ERROR,
      null,
      "Every item of the list is an object.",
      "item %d must be an object, found %s"),
  SERVICE_CHECKS_ATTRIBUTE_INVALID(
      "service-checks-attribute-invalid",
      Scope.SERVICE_CHECKS,
      FILES,
      DDEV,
      ERROR,
      null,
      "An entry has no keys besides agent_version, integration, check, statuses, groups, name and"
          + " description.",
      "attribute `%s` is invalid"),
  SERVICE_CHECKS_ATTRIBUTE_REQUIRED(
      "service-checks-attribute-required",
      Scope.SERVICE_CHECKS,
      FILES,
      DDEV,
      ERROR,
      null,
      "An entry has all seven keys.",
      "attribute `%s` is required"),
  SERVICE_CHECKS_AGENT_VERSION(
      "service-checks-agent-version",
      Scope.SERVICE_CHECKS,
      BOTH,
      DDEV,
      ERROR,
      null,
      "agent_version is a version of three numbers, such as 7.59.0.",
      "%s"),
  SERVICE_CHECKS_CHECK_REQUIRED(
      "service-checks-check-required",
      Scope.SERVICE_CHECKS,
      BOTH,
      DDEV,
      ERROR,
      null,
      "check is a non-empty string.",
      "check must be a non-empty string"),
  SERVICE_CHECKS_CHECK_DUPLICATE(
      "service-checks-check-duplicate",
      Scope.SERVICE_CHECKS,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A check appears once.",
      "service check `%s` is declared more than once (first at %s)"),
  SERVICE_CHECKS_DESCRIPTION_REQUIRED(
      "service-checks-description-required",
      Scope.SERVICE_CHECKS,
      BOTH,
      DDEV,
      ERROR,
      null,
      "description is a non-empty string.",
      "service check `%s` needs a description"),
  SERVICE_CHECKS_GROUPS_LIST(
      "service-checks-groups-list",
      Scope.SERVICE_CHECKS,
      FILES,
      DDEV,
      ERROR,
      null,
      "groups is a list (it may be empty).",
      "groups of `%s` must be a list"),
  SERVICE_CHECKS_INTEGRATION_REQUIRED(
      "service-checks-integration-required",
      Scope.SERVICE_CHECKS,
      FILES,
      DDEV,
      ERROR,
      null,
      "integration is a string.",
      "integration of `%s` must be a string"),
  SERVICE_CHECKS_INTEGRATION_MISMATCH(
      "service-checks-integration-mismatch",
      Scope.SERVICE_CHECKS,
      FILES,
      DDEV,
      ERROR,
      null,
      "integration is the manifest's source_type_name, as is.",
      "%s: integration `%s` must match the manifest's source_type_name `%s`"),
  SERVICE_CHECKS_NAME_REQUIRED(
      "service-checks-name-required",
      Scope.SERVICE_CHECKS,
      BOTH,
      DDEV,
      ERROR,
      null,
      "name is a non-empty string.",
      "service check `%s` needs a name"),
  SERVICE_CHECKS_NAME_DUPLICATE(
      "service-checks-name-duplicate",
      Scope.SERVICE_CHECKS,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A name appears once.",
      "name `%s` is used by more than one service check (first at %s)"),
  SERVICE_CHECKS_STATUSES_REQUIRED(
      "service-checks-statuses-required",
      Scope.SERVICE_CHECKS,
      BOTH,
      DDEV,
      ERROR,
      null,
      "statuses is a non-empty list.",
      "service check `%s` needs a non-empty list of statuses"),
  SERVICE_CHECKS_STATUS_INVALID(
      "service-checks-status-invalid",
      Scope.SERVICE_CHECKS,
      FILES,
      DDEV,
      ERROR,
      null,
      "Every status is ok, warning, critical or unknown.",
      "%s: invalid status `%s`, use ok, warning, critical or unknown"),
  SERVICE_CHECKS_EMPTY_OBJECT(
      "service-checks-empty-object",
      Scope.SERVICE_CHECKS,
      FILES,
      STRICT,
      WARNING,
      null,
      "An integration without service checks writes `[]`, not `{}`.",
      "write `[]` rather than `{}` when there are no service checks"),
  SERVICE_CHECKS_DUPLICATE_ITEM(
      "service-checks-duplicate-item",
      Scope.SERVICE_CHECKS,
      BOTH,
      STRICT,
      WARNING,
      null,
      "statuses and groups list each value once.",
      "%s of `%s` lists `%s` more than once"),
  SERVICE_CHECKS_LAYOUT(
      "service-checks-layout",
      Scope.SERVICE_CHECKS,
      FILES,
      STRICT,
      WARNING,
      null,
      "The file uses the canonical layout: 4-space indentation, the usual key order, a final"
          + " newline.",
      "the file is not in the canonical layout (first difference at line %d)"),

  // ---- spec.yaml ----
  SPEC_UNREADABLE(
      "spec-unreadable",
      Scope.SPEC,
      FILES,
      DDEV,
      ERROR,
      null,
      "spec.yaml is valid YAML.",
      "cannot read spec.yaml: %s"),
  SPEC_STRUCTURE(
      "spec-structure",
      Scope.SPEC,
      FILES,
      DDEV,
      ERROR,
      null,
      "The spec is a mapping with a `files` list and, when given, a string `version`.",
      "%s"),
  SPEC_FILE_INVALID(
      "spec-file-invalid",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Every file is a mapping with a unique string `name`, a unique `example_name` and an"
          + " `options` list.",
      "%s"),
  SPEC_FILE_NAME(
      "spec-file-name",
      Scope.SPEC,
      FILES,
      DDEV,
      ERROR,
      null,
      "A spec with a single file names it `<integration>.yaml`; auto_conf.yaml and"
          + " conf.yaml.default keep their own name as example name.",
      "%s"),
  SPEC_TEMPLATE_UNKNOWN(
      "spec-template-unknown",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Every `template` names an existing template (and element) holding a mapping or a"
          + " non-empty list of mappings.",
      "%s"),
  SPEC_OVERRIDE_UNUSED(
      "spec-override-unused",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Every override of a `template` entry lands on an element of the template.",
      "%s"),
  SPEC_OPTION_INVALID(
      "spec-option-invalid",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Every option is a mapping with a string `name`, attributes of the right types, and a"
          + " `value` or `options` but not both.",
      "%s"),
  SPEC_OPTION_DUPLICATE(
      "spec-option-duplicate",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Option names are unique among siblings (a later hidden option may repeat one).",
      "option `%s` is already defined by option #%d"),
  SPEC_OPTION_DESCRIPTION(
      "spec-option-description",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Every option has a string `description`.",
      "%s"),
  SPEC_OPTION_UNKNOWN_KEY(
      "spec-option-unknown-key",
      Scope.SPEC,
      FILES,
      DDEV,
      ERROR,
      null,
      "Options use only the keys ddev renders (name, description, required, hidden,"
          + " display_priority, deprecation, value, options, ...).",
      "option `%s` has the unknown key `%s`"),
  SPEC_VALUE_UNKNOWN_KEY(
      "spec-value-unknown-key",
      Scope.SPEC,
      FILES,
      DDEV,
      ERROR,
      null,
      "Values use only OpenAPI schema keys plus example, display_default, compact_example and"
          + " require_trusted_provider.",
      "the value of option `%s` has the unknown key `%s`"),
  SPEC_VALUE_INVALID(
      "spec-value-invalid",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A value has a known `type` or an `anyOf` of several types; arrays have `items`; objects"
          + " have well-formed `properties` and `required`; bounds are consistent.",
      "%s: %s"),
  SPEC_EXAMPLE_TYPE(
      "spec-example-type",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "An example has the value's type.",
      "%s: the example of %s value must be %s"),
  SPEC_BOOLEAN_EXAMPLE(
      "spec-boolean-example",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A boolean option has an example.",
      "boolean option `%s` needs an example"),
  SPEC_DESCRIPTION_TOO_LONG(
      "spec-description-too-long",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Every rendered description line has at most 120 characters, unless it contains ` /noqa`.",
      "a description line of %s `%s` is %d character(s) over the limit of 120"),
  SPEC_DEFAULT_TEMPLATES(
      "spec-default-templates",
      Scope.SPEC,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A spec built on the init_config and instances templates also uses one of the default"
          + " templates (init_config/default, .../openmetrics, .../openmetrics_legacy, .../jmx).",
      "%s"),
  SPEC_NAME_MISMATCH(
      "spec-name-mismatch",
      Scope.SPEC,
      FILES,
      STRICT,
      WARNING,
      null,
      "The spec's top-level name is the manifest's source_type_name, as the specs ddev creates"
          + " have it.",
      "the spec's name `%s` differs from the manifest's source_type_name `%s`"),

  SPEC_IMPORT_UNSUPPORTED(
      "spec-import-unsupported",
      Scope.SPEC,
      FILES,
      DDEV,
      ERROR,
      null,
      "`ddassets import` turns into annotations only what the configuration annotations can"
          + " declare back exactly.",
      "%s"),

  // ---- conf.yaml.example ----
  EXAMPLE_OUT_OF_SYNC(
      "example-out-of-sync",
      Scope.EXAMPLE,
      FILES,
      DDEV,
      ERROR,
      null,
      "Each example file is exactly what its spec renders to.",
      "%s"),

  // ---- Configuration declared in sources (@InitConfig, @InstanceConfig, @Param...) ----
  SOURCE_CONFIG_DUPLICATE(
      "source-config-duplicate",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "An integration has at most one @InitConfig, one @InstanceConfig, one @Logs and one"
          + " @AutoConf.",
      "@%s for integration `%s` is already declared by %s"),
  SOURCE_CONFIG_SHAPE(
      "source-config-shape",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "A configuration type is a record, or a class with a constructor taking its instance fields"
          + " in declaration order (the generated loader calls it).",
      "%s"),
  SOURCE_PARAM_TYPE(
      "source-param-type",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "A parameter's Java type has a spec type: String, int, long, double, float, BigDecimal,"
          + " boolean (or their boxes), an enum, a record, List or Set of these, Map<String, ...>,"
          + " or Object with `anyOf`.",
      "parameter `%s` has type %s: %s"),
  SOURCE_YAML_INVALID(
      "source-yaml-invalid",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "YAML written in annotations (examples, defaults, template overrides) parses.",
      "%s is not valid YAML: %s"),
  SOURCE_ATTRIBUTE_INVALID(
      "source-attribute-invalid",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "Configuration attributes fit what they annotate: constraints on matching types, a pattern"
          + " that compiles, no default on a required parameter, log sources with their path or"
          + " port, Autodiscovery examples for existing options.",
      "%s"),
  SOURCE_PARAM_DEFAULT(
      "source-param-default",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "A parameter's default value has its type and meets its constraints (the generated loader"
          + " applies it).",
      "the default of `%s` %s"),

  SOURCE_MANIFEST_BASE(
      "source-manifest-base",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "The base manifest named by @Integration(manifest) or -Addassets.manifest exists and holds a"
          + " JSON object.",
      "%s"),
  MANIFEST_BASE_CONFLICT(
      "manifest-base-conflict",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "A base manifest merged with the code agrees with it: a key the code owns (source_type_name,"
          + " metrics prefix, check and metadata_path, service_checks and configuration spec paths)"
          + " or an annotation sets has the same value in the base file, or is absent from it.",
      "%s is %s in the base manifest (%s) but %s in %s; make the two agree, or remove the key"
          + " from the base manifest"),
  SOURCE_INTEGRATION_KIND(
      "source-integration-kind",
      Scope.SOURCES,
      SOURCES,
      DDEV,
      ERROR,
      null,
      "An API integration (kind = API) declares no Agent configuration (@InitConfig,"
          + " @InstanceConfig, @Logs, @AutoConf: it has no spec.yaml or conf.yaml.example), and"
          + " only an API integration declares @OAuth.",
      "%s"),

  // ---- manifest.json, and the rules that tie it to the other files ----
  MANIFEST_UNREADABLE(
      "manifest-unreadable",
      Scope.MANIFEST,
      FILES,
      DDEV,
      ERROR,
      null,
      "manifest.json is valid JSON with an object at the top.",
      "cannot read manifest.json: %s"),
  MANIFEST_KEY_REQUIRED(
      "manifest-key-required",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "The keys the manifest schema requires are present: manifest_version, app_uuid, app_id,"
          + " display_on_public_website, tile (overview, configuration, support, changelog,"
          + " description, title, media, classifier_tags), author (name, homepage, support_email),"
          + " assets, and assets.integration's source_type_name and service_checks.",
      "`%s` lacks the required key `%s`"),
  MANIFEST_TYPE_INVALID(
      "manifest-type-invalid",
      Scope.MANIFEST,
      FILES,
      DDEV,
      ERROR,
      null,
      "Every known manifest value has the JSON type the schema gives it (strings, booleans,"
          + " integers, objects, lists; metrics.check a string or a list of strings).",
      "`%s` should be %s, found %s"),
  MANIFEST_VERSION(
      "manifest-version",
      Scope.MANIFEST,
      FILES,
      DDEV,
      ERROR,
      null,
      "manifest_version is `2.0.0`.",
      "manifest_version should be `2.0.0`, found `%s`"),
  MANIFEST_VALUE_EMPTY(
      "manifest-value-empty",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "owner, tile.title, tile.description, the author's name and e-mail addresses and"
          + " source_type_name are not empty.",
      "`%s` is empty"),
  MANIFEST_URL_INVALID(
      "manifest-url-invalid",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "author.homepage and every tile.resources url are http:// or https:// URLs.",
      "`%s` should be an http:// or https:// URL, found `%s`"),
  MANIFEST_APP_ID(
      "manifest-app-id",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "app_id is kebab-case: lower-case letters, digits and `-`, starting with a letter, not"
          + " ending with `-`, at most 255 characters.",
      "app_id `%s` is not kebab-case: use lower-case letters, digits and `-`, starting with a"
          + " letter and not ending with `-`"),
  MANIFEST_APP_UUID(
      "manifest-app-uuid",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "app_uuid is a UUID (8-4-4-4-12 hexadecimal digits).",
      "app_uuid `%s` is not a UUID (8-4-4-4-12 hexadecimal digits)"),
  MANIFEST_VENDOR_ID(
      "manifest-vendor-id",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "author.vendor_id, when set, has only lower-case letters and `-`, starting and ending with a"
          + " letter.",
      "vendor_id `%s` should have only lower-case letters and `-`, starting and ending with a"
          + " letter"),
  MANIFEST_TITLE_TOO_LONG(
      "manifest-title-too-long",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "tile.title has at most 50 characters.",
      "tile.title has %d characters, at most 50 are allowed"),
  MANIFEST_DESCRIPTION_TOO_LONG(
      "manifest-description-too-long",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "tile.description has at most 80 characters, 70 for a Marketplace listing (a non-empty"
          + " pricing, a legal_terms eula, or a Category::Marketplace, Offering::Software License"
          + " or Offering::Professional Service tag).",
      "tile.description has %d characters, at most %d are allowed%s"),
  MANIFEST_CLASSIFIER_TAG_FORMAT(
      "manifest-classifier-tag-format",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Classifier tags are `Key::Value` with a known key: Category, Offering, Supported OS,"
          + " Submitted Data Type or Queried Data Type.",
      "classifier tag `%s` is not `Key::Value` with a key among %s"),
  MANIFEST_CLASSIFIER_TAG_UNKNOWN(
      "manifest-classifier-tag-unknown",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      WARNING,
      null,
      "Classifier tags are among those seen in real manifests (Datadog's list is server-side, so"
          + " an unknown value is only a warning).",
      "classifier tag `%s` is not one ddassets knows"),
  MANIFEST_MEDIA_TOO_MANY(
      "manifest-media-too-many",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "tile.media has at most 8 items.",
      "tile.media has %d items, at most 8 are allowed"),
  MANIFEST_MEDIA_INVALID(
      "manifest-media-invalid",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Each media item is an `image` or a `video` with an integer vimeo_id, and at most one item"
          + " is a video.",
      "%s"),
  MANIFEST_MEDIA_FORMAT(
      "manifest-media-format",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Every media image_url names a .png or .jpg file.",
      "image_url `%s` should name a .png or .jpg file"),
  MANIFEST_MEDIA_CAPTION_TOO_LONG(
      "manifest-media-caption-too-long",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "A media caption has at most 300 characters.",
      "the caption has %d characters, at most 300 are allowed"),
  MANIFEST_MEDIA_FILE(
      "manifest-media-file",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "Every media image_url names a file of the integration folder of at most 1,000,000 bytes"
          + " (checked when the folder holds its images).",
      "image_url `%s` %s"),
  MANIFEST_SUPPORT_EMAIL_ASCII(
      "manifest-support-email-ascii",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "author.support_email has only ASCII characters.",
      "support_email `%s` has non-ASCII characters"),
  MANIFEST_DISPLAY_ON_PUBLIC_WEBSITE(
      "manifest-display-on-public-website",
      Scope.MANIFEST,
      FILES,
      DDEV,
      ERROR,
      null,
      "display_on_public_website is a boolean.",
      "display_on_public_website should be true or false, found %s"),
  MANIFEST_LOGS_CATEGORY(
      "manifest-logs-category",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "An integration that collects logs (`# logs:` in conf.yaml.example, a `# log collection` or"
          + " `# logs` heading in README.md) has the classifier tag `Category::Log Collection`, and"
          + " only such an integration has it.",
      "%s"),
  MANIFEST_LOGS_SOURCE_CATEGORY(
      "manifest-logs-source-category",
      Scope.MANIFEST,
      BOTH,
      STRICT,
      ERROR,
      null,
      "An integration whose manifest declares assets.logs.source has the classifier tag"
          + " `Category::Log Collection` (Datadog's reference; ddev looks only at conf.yaml.example"
          + " and README.md).",
      "the manifest declares the logs source `%s` but its classifier tags lack `%s`"),
  MANIFEST_CHECK_METRIC_UNKNOWN(
      "manifest-check-metric-unknown",
      Scope.MANIFEST,
      FILES,
      DDEV,
      ERROR,
      null,
      "Every metric of metrics.check is a row of metadata.csv (metrics billed on in pricing are"
          + " exempt).",
      "metrics.check names `%s`, which is not a metric of metadata.csv"),
  MANIFEST_CHECK_EMPTY(
      "manifest-check-empty",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "An integration whose metadata.csv has rows lists at least one of them in metrics.check (a"
          + " metric emitted on every run).",
      "metrics.check is empty although metadata.csv lists %d metric(s): name one emitted on every"
          + " run"),
  MANIFEST_METADATA_PATH_MISSING(
      "manifest-metadata-path-missing",
      Scope.MANIFEST,
      FILES,
      DDEV,
      ERROR,
      null,
      "An integration with a metadata.csv declares it in metrics.metadata_path.",
      "the integration has a metadata.csv but the manifest declares no"
          + " assets.integration.metrics.metadata_path"),
  MANIFEST_FILE_MISSING(
      "manifest-file-missing",
      Scope.MANIFEST,
      BOTH,
      DDEV,
      ERROR,
      null,
      "The files the manifest names exist: metrics.metadata_path, service_checks.metadata_path,"
          + " tile.changelog and the dashboards, monitors and saved views (checked where the folder"
          + " can tell).",
      "%s `%s` names a file that does not exist"),
  MANIFEST_SPEC_MISSING(
      "manifest-spec-missing",
      Scope.MANIFEST,
      FILES,
      STRICT,
      ERROR,
      null,
      "configuration.spec names an existing file (ddev only falls back to its legacy checks when"
          + " it does not).",
      "configuration.spec `%s` names a file that does not exist"),
  MANIFEST_TITLE_DISPLAY_NAME(
      "manifest-title-display-name",
      Scope.MANIFEST,
      BOTH,
      STRICT,
      WARNING,
      null,
      "tile.title normalizes to the same name as source_type_name (Datadog's reference derives the"
          + " metadata integration column from the title, ddev from source_type_name).",
      "tile.title `%s` normalizes to `%s`, source_type_name `%s` to `%s`: the metadata integration"
          + " column follows source_type_name"),
  MANIFEST_KEY_DOCUMENTED(
      "manifest-key-documented",
      Scope.MANIFEST,
      BOTH,
      STRICT,
      WARNING,
      null,
      "The keys Datadog's reference calls mandatory are present: author.sales_email, and"
          + " assets.integration's source_type_id, auto_install, configuration, events and"
          + " metrics.",
      "`%s` lacks the key `%s`, which Datadog's reference calls mandatory"),
  MANIFEST_RESOURCE_TYPE(
      "manifest-resource-type",
      Scope.MANIFEST,
      FILES,
      STRICT,
      WARNING,
      null,
      "Every tile.resources resource_type is blog, documentation, faq or other.",
      "resource_type `%s` is not blog, documentation, faq or other"),
  MANIFEST_OAUTH_SCOPES(
      "manifest-oauth-scopes",
      Scope.MANIFEST,
      BOTH,
      STRICT,
      ERROR,
      null,
      "An API integration declares its OAuth scopes: a non-empty list of distinct scope names such"
          + " as `metrics_read` (checked on a manifest when it carries oauth.scopes).",
      "%s"),
  MANIFEST_OAUTH_API_KEYS_WRITE(
      "manifest-oauth-api-keys-write",
      Scope.MANIFEST,
      BOTH,
      STRICT,
      ERROR,
      null,
      "An API integration that submits telemetry (metrics, logs, events) requests the"
          + " `api_keys_write` scope.",
      "the integration submits %s but its OAuth scopes lack `api_keys_write`, which creating an"
          + " API key on the user's behalf needs"),
  MANIFEST_API_TELEMETRY(
      "manifest-api-telemetry",
      Scope.MANIFEST,
      BOTH,
      STRICT,
      WARNING,
      null,
      "An API integration submits telemetry: metrics, logs or events.",
      "an API integration must submit telemetry, but none is declared (no metrics, logs source,"
          + " events or Submitted Data Type tag)"),
  MANIFEST_AUTO_INSTALL_API(
      "manifest-auto-install-api",
      Scope.MANIFEST,
      BOTH,
      STRICT,
      WARNING,
      null,
      "An API integration sets auto_install to false (Datadog's reference: integrations configured"
          + " in Datadog's UI, such as OAuth ones, typically do).",
      "auto_install is true for an API integration: set it to false, the integration is installed"
          + " when the user connects an account");

  private final String id;
  private final Scope scope;
  private final Applies applies;
  private final Profile profile;
  private final Severity severity;
  private final Severity strictSeverity;
  private final String summary;
  private final String messageFormat;

  Rule(
      String id,
      Scope scope,
      Applies applies,
      Profile profile,
      Severity severity,
      Severity strictSeverity,
      String summary,
      String messageFormat) {
    this.id = id;
    this.scope = scope;
    this.applies = applies;
    this.profile = profile;
    this.severity = severity;
    this.strictSeverity = strictSeverity;
    this.summary = summary;
    this.messageFormat = messageFormat;
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
    return summary;
  }

  /** Whether the rule runs under the given profile. */
  public boolean isEnabledUnder(Profile active) {
    return profile == Profile.DDEV || active == Profile.STRICT;
  }

  /** The rule's severity under the given profile. */
  public Severity severityUnder(Profile active) {
    return active == Profile.STRICT && strictSeverity != null ? strictSeverity : severity;
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
    return new Finding(this, origin, String.format(Locale.ROOT, messageFormat, args), "");
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
}
