package io.github.ddassets.core.render;

import io.github.ddassets.core.rules.Finding;
import java.util.List;

/**
 * One example file rendered from a spec, with the problems met while rendering it (the file is
 * rendered as far as possible even then).
 *
 * @param exampleName the file name, such as {@code conf.yaml.example} or {@code auto_conf.yaml}
 * @param text the rendered text
 * @param findings what rendering found wrong
 */
public record RenderedExample(String exampleName, String text, List<Finding> findings) {

  public RenderedExample {
    findings = List.copyOf(findings);
  }
}
