package io.github.ddassets.example;

/**
 * The JVM the end-to-end test monitors: it does nothing but stay alive, for at most ten minutes so
 * that a test run killed before its cleanup leaves no process behind for long.
 */
public final class IdleJvm {

  private IdleJvm() {}

  /** Sleeps until killed, or ten minutes. */
  public static void main(String[] args) throws InterruptedException {
    System.out.println("idle");
    Thread.sleep(600_000L);
  }
}
