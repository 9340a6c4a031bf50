package test;

/** How the check authenticates. */
public enum AcmeMode {
  BASIC,
  DIGEST
}
