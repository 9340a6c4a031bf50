package io.github.ddassets.core.diff;

import static io.github.ddassets.core.diff.Impact.ADDITIVE;
import static io.github.ddassets.core.diff.Impact.BREAKING;
import static io.github.ddassets.core.diff.Impact.NOTABLE;
import static io.github.ddassets.core.diff.Subject.OPTION;

import java.util.Map;

/**
 * Compares the configuration options of two releases. A configuration file written for the old
 * release must still load: an option it may set must still exist with the same type, and it must
 * not miss one that became required.
 */
final class OptionComparison implements KeyedComparison.Handler<OptionFacts> {

  private final Changes changes;

  private OptionComparison(Changes changes) {
    this.changes = changes;
  }

  static void compare(
      Map<String, OptionFacts> before, Map<String, OptionFacts> after, Changes changes) {
    new KeyedComparison<>(OptionFacts::renameSignature)
        .compare(before, after, new OptionComparison(changes));
  }

  @Override
  public void kept(OptionFacts before, OptionFacts after) {
    String path = after.path();
    changes.value(OPTION, path, "type", BREAKING, before.type(), after.type(), after.origin());
    if (!before.required() && after.required()) {
      changes.add(
          OPTION,
          path,
          "required",
          BREAKING,
          "optional",
          "required",
          "option `" + path + "` is now required",
          after.origin());
    } else if (before.required() && !after.required()) {
      changes.add(
          OPTION,
          path,
          "optional",
          ADDITIVE,
          "required",
          "optional",
          "option `" + path + "` is no longer required",
          after.origin());
    }
    changes.value(
        OPTION,
        path,
        "default",
        NOTABLE,
        before.defaultValue(),
        after.defaultValue(),
        after.origin());
    changes.value(
        OPTION,
        path,
        "description",
        NOTABLE,
        before.description(),
        after.description(),
        after.origin());
  }

  @Override
  public void renamed(OptionFacts before, OptionFacts after) {
    changes.renamed(OPTION, before.path(), after.path(), after.origin());
  }

  @Override
  public void removed(OptionFacts before) {
    changes.removed(OPTION, before.path(), before.origin());
  }

  @Override
  public void added(OptionFacts after) {
    // A new option that must be set breaks every existing configuration file, which lacks it.
    boolean required = after.required();
    changes.add(
        OPTION,
        after.path(),
        required ? "added-required" : "added",
        required ? BREAKING : ADDITIVE,
        "",
        after.path(),
        "option `" + after.path() + "` was added" + (required ? " as required" : ""),
        after.origin());
  }
}
