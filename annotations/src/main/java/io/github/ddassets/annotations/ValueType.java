package io.github.ddassets.annotations;

/** A spec value type, for the {@link Param#anyOf()} of a parameter that accepts several shapes. */
public enum ValueType {
  /** {@code type: string}. */
  STRING,
  /** {@code type: integer}. */
  INTEGER,
  /** {@code type: number}. */
  NUMBER,
  /** {@code type: boolean}. */
  BOOLEAN,
  /** {@code type: array} of strings. */
  LIST_OF_STRINGS,
  /** {@code type: array} of integers. */
  LIST_OF_INTEGERS,
  /** {@code type: array} of mappings. */
  LIST_OF_MAPPINGS,
  /** {@code type: object}: a mapping with any keys. */
  MAPPING
}
