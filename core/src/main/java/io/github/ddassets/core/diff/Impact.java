package io.github.ddassets.core.diff;

import java.util.Locale;

/** How a change between two releases affects the users of the older one. */
public enum Impact {
  /**
   * Something users rely on stops working: a dashboard, monitor or configuration file written for
   * the old release no longer matches the new one.
   */
  BREAKING,
  /** Still works, but reads or behaves differently: worth a line in the release notes. */
  NOTABLE,
  /** Something new, which no existing user depends on. */
  ADDITIVE;

  /** The lower-case name shown in output, such as {@code breaking}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
