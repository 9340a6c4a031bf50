package io.github.ddassets.core.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The findings recorded in a baseline file, as keys with how often each occurred. A run reports
 * only the findings beyond the recorded ones, and says how many recorded ones no longer occur, so
 * that the file can shrink as debt is paid.
 *
 * @param counts how many findings of each key were recorded
 */
public record Baseline(Map<FindingKey, Integer> counts) {

  /** No finding recorded: every finding is new. */
  public static final Baseline EMPTY = new Baseline(Map.of());

  public Baseline {
    counts = Map.copyOf(counts);
  }

  /**
   * The outcome of matching findings against a baseline.
   *
   * @param fresh the findings the baseline does not hold, in their order
   * @param known the findings it holds
   * @param gone how many recorded findings no longer occur
   * @param <T> the findings' type
   */
  public record Match<T>(List<T> fresh, List<T> known, int gone) {
    public Match {
      fresh = List.copyOf(fresh);
      known = List.copyOf(known);
    }
  }

  /** The baseline of these findings. */
  public static Baseline of(List<FindingKey> keys) {
    Map<FindingKey, Integer> counts = new TreeMap<>();
    for (FindingKey key : keys) {
      Integer count = counts.get(key);
      counts.put(key, count == null ? 1 : count + 1);
    }
    return new Baseline(counts);
  }

  /** How many findings it holds. */
  public int size() {
    return sum(counts);
  }

  /**
   * Splits findings into new and recorded ones. A key recorded {@code n} times covers its first
   * {@code n} findings; more findings of that key are new.
   *
   * @param findings the findings of a run, in the order they are printed
   * @param key the key of a finding
   */
  public <T> Match<T> match(List<T> findings, Function<T, FindingKey> key) {
    Map<FindingKey, Integer> left = new HashMap<>(counts);
    List<T> fresh = new ArrayList<>();
    List<T> known = new ArrayList<>();
    for (T finding : findings) {
      FindingKey k = key.apply(finding);
      int remaining = left.getOrDefault(k, 0);
      if (remaining > 0) {
        left.put(k, remaining - 1);
        known.add(finding);
      } else {
        fresh.add(finding);
      }
    }
    return new Match<>(fresh, known, sum(left));
  }

  private static int sum(Map<FindingKey, Integer> counts) {
    int sum = 0;
    for (int count : counts.values()) {
      sum += count;
    }
    return sum;
  }
}
