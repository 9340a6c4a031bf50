package io.github.ddassets.bench;

import java.util.Locale;

/**
 * The identity of one synthetic check class.
 *
 * @param name the integration name, for example {@code bench_0007}
 * @param displayName the display name, for example {@code Bench 0007}
 * @param className the simple class name, for example {@code Bench0007Check}
 */
public record CheckId(String name, String displayName, String className) {

  /**
   * The identity of the check class at an index.
   *
   * @param index the class's index, from 0
   * @param digits the zero-padded width of the number
   */
  static CheckId of(int index, int digits) {
    String number = String.format(Locale.ROOT, "%0" + digits + "d", index);
    return new CheckId("bench_" + number, "Bench " + number, "Bench" + number + "Check");
  }
}
