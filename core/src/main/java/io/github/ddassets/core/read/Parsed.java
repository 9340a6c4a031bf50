package io.github.ddassets.core.read;

import io.github.ddassets.core.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What a reader produced: the model when the file could be understood, and the findings reading
 * raised (a malformed file gives no model and one finding with its position).
 *
 * @param value the model, or empty when the file could not be read
 * @param findings problems met while reading
 * @param <T> the model type
 */
public record Parsed<T>(Optional<T> value, List<Finding> findings) {

  public Parsed {
    findings = List.copyOf(findings);
  }

  /** A successful read. */
  public static <T> Parsed<T> of(T value) {
    return new Parsed<>(Optional.of(value), List.of());
  }

  /** A failed read. */
  public static <T> Parsed<T> failed(Finding finding) {
    return new Parsed<>(Optional.empty(), List.of(finding));
  }
}
