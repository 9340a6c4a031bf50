package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.Origin;
import java.util.Objects;

/**
 * An integration as declared in code ({@code @Integration}), before defaults are applied.
 *
 * @param name the folder and check name
 * @param displayName the {@code source_type_name}, or empty for the default (the name)
 * @param metricPrefix the metric prefix, or empty for the default (the name and a dot)
 * @param origin the declaration
 * @param fileLayout how its files are laid out ({@code @Layout} flags)
 */
public record IntegrationDeclaration(
    String name,
    String displayName,
    String metricPrefix,
    Origin origin,
    FileLayout fileLayout) {

  public IntegrationDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(metricPrefix, "metricPrefix");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(fileLayout, "fileLayout");
  }

  /** An integration whose files have ddassets' own layout. */
  public IntegrationDeclaration(
      String name, String displayName, String metricPrefix, Origin origin) {
    this(name, displayName, metricPrefix, origin, FileLayout.DEFAULT);
  }

  /**
   * How the integration's files are laid out where a hand-written folder differs from the default
   * ({@code @Layout} flags on the check class).
   *
   * @param declarationOrder metadata.csv rows in declaration order rather than sorted by name
   * @param sampleTagsColumn the {@code sample_tags} column even when no metric has sample tags
   * @param unnamedSpec the manifest's {@code configuration} left as the base manifest has it
   *     ({@code {}}) rather than naming the generated spec.yaml
   * @param emptyServiceChecksObject a service_checks.json without service checks written as
   *     {@code {}} rather than {@code []}
   */
  public record FileLayout(
      boolean declarationOrder,
      boolean sampleTagsColumn,
      boolean unnamedSpec,
      boolean emptyServiceChecksObject) {

    /** ddassets' own layout. */
    public static final FileLayout DEFAULT = new FileLayout(false, false, false, false);

    /** A layout whose service_checks.json, when empty, is an empty list. */
    public FileLayout(boolean declarationOrder, boolean sampleTagsColumn, boolean unnamedSpec) {
      this(declarationOrder, sampleTagsColumn, unnamedSpec, false);
    }
  }

  /** The display name with its default applied. */
  public String effectiveDisplayName() {
    return displayName.isEmpty() ? name : displayName;
  }

  /** The metric prefix with its default applied. */
  public String effectiveMetricPrefix() {
    return metricPrefix.isEmpty() ? name + "." : metricPrefix;
  }

  /** The identity the integration's files are checked against. */
  public IntegrationIdentity identity() {
    return new IntegrationIdentity(name, effectiveDisplayName(), effectiveMetricPrefix(), origin);
  }
}
