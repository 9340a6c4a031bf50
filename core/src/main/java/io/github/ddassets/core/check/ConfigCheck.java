package io.github.ddassets.core.check;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.DefaultTemplates;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.TextLines;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.Layout;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code ddev validate config} check of one integration folder: the spec loads and renders
 * without findings, uses the default templates, and each example file on disk is exactly what the
 * spec renders to. It runs through the spec renderer, so it lives here rather than in the rule
 * catalogue; callers reach it through {@link FolderCheck}.
 */
final class ConfigCheck {

  private final ConfigTemplates templates;
  private final boolean compareExamples;
  private final DisplayPaths displayPaths;

  /**
   * @param templates the templates specs are resolved with
   * @param compareExamples whether example files are compared with the rendering; only meaningful
   *     with the templates the files were rendered with
   * @param displayPaths how to name files in findings
   */
  ConfigCheck(ConfigTemplates templates, boolean compareExamples, DisplayPaths displayPaths) {
    this.templates = templates;
    this.compareExamples = compareExamples;
    this.displayPaths = displayPaths;
  }

  /** Whether the folder has a configuration spec to check. */
  static boolean hasSpec(IntegrationFolder folder) {
    return Files.isRegularFile(folder.spec());
  }

  /** Every finding of the folder's spec and examples; none when it has no spec. */
  List<Finding> check(IntegrationFolder folder) {
    Path specFile = folder.spec();
    if (!Files.isRegularFile(specFile)) {
      return List.of();
    }
    String shown = displayPaths.of(specFile);
    String text;
    try {
      text = TextFiles.readUtf8(specFile);
    } catch (IOException e) {
      return List.of(Rule.SPEC_UNREADABLE.at(TextFiles.origin(e, shown), TextFiles.describe(e)));
    }
    List<Finding> findings = new ArrayList<>();
    defaultTemplates(text, shown).ifPresent(findings::add);
    SpecRendering.Result result = SpecRendering.render(text, shown, folder.name(), templates);
    findings.addAll(result.findings());
    // As ddev: a spec that does not load compares nothing; an example with rendering problems
    // is not compared, the others are.
    if (compareExamples && result.spec().findings().isEmpty()) {
      for (RenderedExample example : result.examples()) {
        if (example.findings().isEmpty()) {
          compare(folder, example).ifPresent(findings::add);
        }
      }
    }
    return findings;
  }

  /** ddev's default-template rule, checked on the spec's text as ddev does. */
  static Optional<Finding> defaultTemplates(String text, String shown) {
    String section = DefaultTemplates.sectionMissingDefault(text);
    if (section == null) {
      return Optional.empty();
    }
    return Optional.of(
        Rule.SPEC_DEFAULT_TEMPLATES.at(
            FileOrigin.of(shown),
            "the "
                + section
                + " section uses no default template: add `- template: "
                + section
                + "/default` (or the openmetrics, openmetrics_legacy or jmx one)"));
  }

  private Optional<Finding> compare(IntegrationFolder folder, RenderedExample example) {
    Path file = folder.example(example.exampleName());
    String shown = displayPaths.of(file);
    if (!Files.isRegularFile(file)) {
      if (folder.layout() == Layout.FLAT) {
        // A flat folder holds copies of some of an integration's files, not all of them.
        return Optional.empty();
      }
      return Optional.of(
          Rule.EXAMPLE_OUT_OF_SYNC.at(
              FileOrigin.of(shown),
              example.exampleName() + " is missing: render it from the spec"));
    }
    String actual;
    try {
      actual = TextFiles.universalNewlines(TextFiles.readUtf8(file));
    } catch (IOException e) {
      return Optional.of(
          Rule.EXAMPLE_OUT_OF_SYNC.at(
              TextFiles.origin(e, shown),
              "cannot read " + example.exampleName() + ": " + TextFiles.describe(e)));
    }
    if (actual.equals(example.text())) {
      return Optional.empty();
    }
    int line = TextLines.firstDifference(actual, example.text());
    return Optional.of(
        Rule.EXAMPLE_OUT_OF_SYNC.at(
            FileOrigin.at(shown, line, 1),
            example.exampleName()
                + " is not in sync with the spec (first difference at line "
                + line
                + ")"));
  }
}
