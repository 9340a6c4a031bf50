package io.github.ddassets.core.render;

/** The three ways ddev's example renderer asks PyYAML to dump a value. */
interface ExampleYaml {

  /** {@code safe_dump(value, default_flow_style=False, sort_keys=False)}. */
  String block(Object value);

  /** {@code safe_dump(value, default_flow_style=True, default_style='"', sort_keys=False)}. */
  String flowDoubleQuoted(Object value);

  /** {@code safe_dump(value, default_flow_style=True, width=inf, sort_keys=False)}. */
  String flowOneLine(Object value);
}
