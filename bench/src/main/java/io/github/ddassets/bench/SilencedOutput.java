package io.github.ddassets.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.IntSupplier;

/** Runs code with {@code System.out} and {@code System.err} discarded. */
final class SilencedOutput {

  private SilencedOutput() {}

  /** Runs the action with both standard streams discarded and returns its result. */
  static int run(IntSupplier action) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(nowhere);
    System.setErr(nowhere);
    try {
      return action.getAsInt();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
