package io.github.ddassets.processor;

import javax.annotation.processing.ProcessingEnvironment;

/** Which compiler runs the processor, for the few places where hosts behave differently. */
final class Hosts {

  private Hosts() {}

  /**
   * Whether the host is javac (its environment is {@code
   * com.sun.tools.javac.processing.JavacProcessingEnvironment}); any other host, such as Eclipse's
   * ECJ, gets the cautious behaviour.
   */
  static boolean isJavac(ProcessingEnvironment environment) {
    return environment.getClass().getName().startsWith("com.sun.tools.javac.");
  }
}
