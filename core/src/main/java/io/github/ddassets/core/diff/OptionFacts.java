package io.github.ddassets.core.diff;

import io.github.ddassets.core.model.Origin;

/**
 * What a release says of one configuration option, after its spec's templates are expanded.
 *
 * @param path the option's place, such as {@code instances.timeout}; options of a file other than
 *     the one rendered to {@code conf.yaml.example} start with that file's name ({@code
 *     auto_conf.yaml:instances.timeout})
 * @param type its value type, such as {@code integer} or {@code array of string}; empty for a
 *     section
 * @param required whether the option must be set
 * @param defaultValue its documented default ({@code display_default}, else {@code default}), or
 *     empty
 * @param description its description
 * @param origin where the option is named
 */
public record OptionFacts(
    String path,
    String type,
    boolean required,
    String defaultValue,
    String description,
    Origin origin) {

  /** What a renamed option keeps: its type and description, when it has one. */
  String renameSignature() {
    return description.isEmpty() ? "" : type + "\u0000" + description;
  }
}
