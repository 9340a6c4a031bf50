package io.github.ddassets.core.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.ConfigSection;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.ManifestDeclaration;
import io.github.ddassets.core.declare.MetricDeclaration;
import io.github.ddassets.core.declare.MetricKind;
import io.github.ddassets.core.declare.Owned;
import io.github.ddassets.core.declare.ParamDeclaration;
import io.github.ddassets.core.declare.ParamType;
import io.github.ddassets.core.declare.ServiceCheckDeclaration;
import io.github.ddassets.core.declare.TemplateDeclaration;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Builds a small fixed integration once, to be run on a background thread while the compiler is
 * busy with its own work. A compilation runs most of ddassets' code exactly once; run first here,
 * its classes are loaded and initialised, its call sites linked and the built-in templates it uses
 * decoded by the time the real build needs them. The outcome is dropped: nothing it does is seen by
 * the real build but the time it saves. BuildWarmUpTest keeps the integration free of findings, so
 * that its build runs to the end.
 */
public final class BuildWarmUp {

  private static final String CHECK = "ddassets.warmup.WarmUpCheck";
  private static final Origin ORIGIN = FileOrigin.of("ddassets-warm-up");
  private static final Origin QUEUE_DEPTH = FileOrigin.at("ddassets-warm-up", 1, 1);
  private static final Origin REQUESTS = FileOrigin.at("ddassets-warm-up", 2, 1);

  private BuildWarmUp() {}

  /**
   * Checks the fixed integration's configuration under the strict profile, with the given templates
   * and rules and no other setting of the real build's (no baseline, no base manifest): what a
   * compilation's first round runs.
   *
   * @return its configuration, for the processor to warm up loader generation with
   */
  public static List<ConfiguredIntegration> configure(ConfigTemplates templates, RuleSet rules) {
    return new AssetBuild(settings(templates), BaseManifestSource.NONE, rules)
        .configurations(declarations())
        .configured();
  }

  /** Builds all of the fixed integration's files, as a compilation's last round does. */
  public static void build(ConfigTemplates templates, RuleSet rules) {
    new AssetBuild(settings(templates), BaseManifestSource.NONE, rules).build(declarations());
  }

  /** The settings of the warm-up build (package-private for tests). */
  static BuildSettings settings(ConfigTemplates templates) {
    return new BuildSettings(Profile.STRICT, "", templates, "keep", Optional.empty());
  }

  /** The fixed integration's declarations (package-private for tests). */
  static Declarations declarations() {
    IntegrationDeclaration integration =
        new IntegrationDeclaration("warm_up", "Warm Up", "warm_up.", ORIGIN);
    return new Declarations(
        Map.of(CHECK, List.of(integration)),
        List.of(
            owned(metric(QUEUE_DEPTH, "warm_up.queue.depth", MetricKind.GAUGE, "message")),
            owned(metric(REQUESTS, "warm_up.requests", MetricKind.COUNT, "request"))),
        List.of(
            owned(
                new ServiceCheckDeclaration(
                    "warm_up.can_connect",
                    "Can connect",
                    List.of("ok", "critical"),
                    List.of("host"),
                    "Returns CRITICAL when the service cannot be reached, OK otherwise.",
                    "7.40.0",
                    ORIGIN,
                    ORIGIN))),
        List.of(
            owned(
                new ConfigDeclaration(
                    ConfigSection.INIT_CONFIG,
                    CHECK + ".Init",
                    List.of(param("timeout", integer(), Optional.of("10"), Optional.of("10"))),
                    List.of(template("init_config/default")),
                    ORIGIN)),
            owned(
                new ConfigDeclaration(
                    ConfigSection.INSTANCES,
                    CHECK + ".Instance",
                    List.of(
                        param("host", string(), Optional.of("localhost"), Optional.empty()),
                        param("port", integer(), Optional.of("8080"), Optional.of("8080"))),
                    List.of(template("instances/default")),
                    ORIGIN))),
        List.of(),
        List.of(),
        Map.of(CHECK, manifest()),
        Set.of(QUEUE_DEPTH),
        List.of());
  }

  /** A listing, as {@code @Listing} declares one: a complete manifest.json is generated. */
  private static ManifestDeclaration manifest() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    List<ManifestDeclaration.Value> values =
        List.of(
            value(ManifestPointers.APP_UUID, json.textNode("0b6f7f2e-2f3c-4a6e-9a53-1c2d3e4f5a6b")),
            value(ManifestPointers.INTEGRATION + "/source_type_id", json.numberNode(90000002)),
            value(ManifestPointers.TILE_TITLE, json.textNode("Warm Up")),
            value(ManifestPointers.TILE_DESCRIPTION, json.textNode("Watch a warm-up service.")),
            value(
                ManifestPointers.TILE_CLASSIFIER_TAGS,
                json.arrayNode()
                    .add("Category::Languages")
                    .add("Offering::Integration")
                    .add("Supported OS::Linux")),
            value(ManifestPointers.AUTHOR + "/name", json.textNode("ddassets")),
            value(ManifestPointers.AUTHOR + "/homepage", json.textNode("https://example.com")),
            value(ManifestPointers.AUTHOR_SUPPORT_EMAIL, json.textNode("help@example.com")),
            value(ManifestPointers.AUTHOR + "/sales_email", json.textNode("sales@example.com")));
    List<ManifestDeclaration.Value> defaults =
        List.of(
            value(ManifestPointers.MANIFEST_VERSION, json.textNode("2.0.0")),
            value(ManifestPointers.APP_ID, json.textNode("warm-up")),
            value(ManifestPointers.DISPLAY_ON_PUBLIC_WEBSITE, json.booleanNode(false)),
            value(ManifestPointers.AUTO_INSTALL, json.booleanNode(true)),
            value(ManifestPointers.CREATES_EVENTS, json.booleanNode(false)),
            value(ManifestPointers.TILE + "/overview", json.textNode("README.md#Overview")),
            value(ManifestPointers.TILE + "/configuration", json.textNode("README.md#Setup")),
            value(ManifestPointers.TILE + "/support", json.textNode("README.md#Support")),
            value(ManifestPointers.TILE_CHANGELOG, json.textNode("CHANGELOG.md")),
            value(ManifestPointers.TILE_MEDIA, json.arrayNode()));
    return new ManifestDeclaration(
        ORIGIN, false, "", true, true, false, values, defaults, Optional.empty());
  }

  private static ManifestDeclaration.Value value(String pointer, JsonNode value) {
    return new ManifestDeclaration.Value(pointer, value, Map.of(pointer, ORIGIN), pointer);
  }

  private static <T> Owned<T> owned(T declaration) {
    return new Owned<>(CHECK, false, ORIGIN, declaration);
  }

  private static TemplateDeclaration template(String name) {
    return new TemplateDeclaration(name, false, List.of(), ORIGIN);
  }

  private static MetricDeclaration metric(
      Origin origin, String name, MetricKind kind, String unit) {
    return new MetricDeclaration(
        name,
        kind,
        unit,
        "",
        0,
        0,
        "",
        List.of(),
        List.of(),
        "The " + unit + "s of the warm-up integration.",
        origin,
        origin);
  }

  private static ParamDeclaration param(
      String name, ParamType type, Optional<String> example, Optional<String> defaultValue) {
    return new ParamDeclaration(
        name,
        "",
        "An option of the warm-up integration.",
        false,
        type,
        new ParamDeclaration.Values(example, defaultValue, Optional.empty()),
        ParamDeclaration.Display.DEFAULT,
        type.equals(integer())
            ? new ParamDeclaration.Constraints(
                List.of(), "", OptionalDouble.of(1), OptionalDouble.empty(), List.of())
            : ParamDeclaration.Constraints.NONE,
        ORIGIN);
  }

  private static ParamType string() {
    return new ParamType.ScalarType(ParamType.Scalar.STRING, "java.lang.String");
  }

  private static ParamType integer() {
    return new ParamType.ScalarType(ParamType.Scalar.INTEGER, "int");
  }
}
