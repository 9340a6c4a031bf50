package io.github.ddassets.core.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** A document over one of the {@link YamlLimits}, at the event where the budget ran out. */
final class YamlBudgetException extends MarkedYAMLException {
  private static final long serialVersionUID = 1L;

  YamlBudgetException(String problem, Mark mark) {
    super(null, null, problem, mark);
  }
}
