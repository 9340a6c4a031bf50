package io.github.ddassets.core.render;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.LoadedSpec;
import io.github.ddassets.core.config.SpecLoader;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.List;

/** Reads, loads and renders a spec text in one go: what {@code ddassets render} does. */
public final class SpecRendering {

  private SpecRendering() {}

  /**
   * The outcome of rendering a spec.
   *
   * @param spec the loaded spec
   * @param examples the rendered example files
   * @param findings every finding: reading, loading and rendering
   */
  public record Result(LoadedSpec spec, List<RenderedExample> examples, List<Finding> findings) {}

  /** Renders a spec text whose integration is {@code integration}. */
  public static Result render(
      String text, String displayPath, String integration, ConfigTemplates templates) {
    YamlNode document;
    try {
      document = YamlReader.read(text, displayPath);
    } catch (YamlSyntaxException e) {
      Finding finding = Rule.SPEC_UNREADABLE.at(e.origin(), e.getMessage());
      return new Result(
          new LoadedSpec(java.util.Optional.empty(), List.of(finding)),
          List.of(),
          List.of(finding));
    }
    LoadedSpec spec = new SpecLoader(templates).load(document, integration);
    List<RenderedExample> examples = ExampleRenderer.pyYaml().render(spec);
    List<Finding> findings = new ArrayList<>(spec.findings());
    examples.forEach(example -> findings.addAll(example.findings()));
    return new Result(spec, examples, findings);
  }
}
