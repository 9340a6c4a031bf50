package io.github.ddassets.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Datadog's unit names, as accepted by ddev in metadata.csv. */
public final class Units {

  /** The unit that is in ddev's list only because a CSV header was copied into it. */
  public static final String PLACEHOLDER = "name";

  /** Units that ddev refuses to see divided by one another (use a fraction instead). */
  public static final Set<String> TIME_UNITS =
      Set.of("nanosecond", "microsecond", "millisecond", "second", "minute", "hour", "day", "week");

  private static final Set<String> NAMES = load();

  private Units() {}

  /** Every accepted unit name, sorted. */
  public static Set<String> names() {
    return NAMES;
  }

  /** Whether ddev accepts this unit name. */
  public static boolean isKnown(String unit) {
    return NAMES.contains(unit);
  }

  /**
   * The known unit an unknown one most likely means: the unit it abbreviates ({@code sec} is a
   * {@code second}, not the nearer {@code set}), else the unit closest in spelling, when one is
   * close enough to suggest.
   */
  public static Optional<String> closest(String unit) {
    Optional<String> abbreviated = UnitAbbreviations.unitFor(unit);
    if (abbreviated.isPresent()) {
      return abbreviated;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : NAMES) {
      int distance = EditDistance.between(unit, name);
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(1, unit.length() / 3)
        ? Optional.ofNullable(best)
        : Optional.empty();
  }

  private static Set<String> load() {
    try (InputStream in = Units.class.getResourceAsStream("/io/github/ddassets/core/units.txt")) {
      if (in == null) {
        throw new IllegalStateException("units.txt is missing from the ddassets-core jar");
      }
      Set<String> names = new TreeSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          names.add(line);
        }
      }
      return Collections.unmodifiableSet(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
