package io.github.ddassets.core.diff;

import io.github.ddassets.core.model.Excerpt;
import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.List;

/** The changes found in one integration, as the comparisons of each subject add them. */
final class Changes {

  private final String integration;
  private final List<Change> list = new ArrayList<>();

  Changes(String integration) {
    this.integration = integration;
  }

  /** Adds a change. */
  void add(
      Subject subject,
      String name,
      String aspect,
      Impact impact,
      String before,
      String after,
      String message,
      Origin origin) {
    list.add(
        new Change(integration, subject, name, aspect, impact, before, after, message, origin));
  }

  /** Adds a change of one value of a subject that exists in both releases, when it differs. */
  void value(
      Subject subject,
      String name,
      String aspect,
      Impact impact,
      String before,
      String after,
      Origin origin) {
    if (before.equals(after)) {
      return;
    }
    add(
        subject,
        name,
        aspect,
        impact,
        before,
        after,
        subject.label()
            + " `"
            + name
            + "`: "
            + aspect.replace('-', ' ')
            + " changed from "
            + shown(before)
            + " to "
            + shown(after),
        origin);
  }

  /** Adds the rename of an item: breaking, pointing at its new name. */
  void renamed(Subject subject, String before, String after, Origin origin) {
    add(
        subject,
        before,
        "renamed",
        Impact.BREAKING,
        before,
        after,
        subject.label() + " `" + before + "` was renamed to `" + after + "`",
        origin);
  }

  /** Adds the removal of an item: breaking, pointing at it in the old release. */
  void removed(Subject subject, String name, Origin origin) {
    add(
        subject,
        name,
        "removed",
        Impact.BREAKING,
        name,
        "",
        subject.label() + " `" + name + "` was removed",
        origin);
  }

  /** Adds a new item: additive. */
  void added(Subject subject, String name, Origin origin) {
    add(
        subject,
        name,
        "added",
        Impact.ADDITIVE,
        "",
        name,
        subject.label() + " `" + name + "` was added",
        origin);
  }

  /** A value as messages quote it: in backticks, or {@code none} when empty. */
  static String shown(String value) {
    return value.isEmpty() ? "none" : "`" + Excerpt.of(value, 60) + "`";
  }

  List<Change> list() {
    return list;
  }
}
