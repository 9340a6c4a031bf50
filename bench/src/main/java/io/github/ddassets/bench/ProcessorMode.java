package io.github.ddassets.bench;

/** How javac gets the ddassets processor in the runs that use it. */
public enum ProcessorMode {
  /**
   * {@code -processorpath}: javac loads the processor in a fresh class loader for every
   * compilation, as Maven's {@code annotationProcessorPaths} and Gradle do. The default.
   */
  PATH,
  /**
   * {@code CompilationTask.setProcessors}: one class loader for the whole benchmark, so the
   * processor's code is loaded and JIT-compiled once. A lower bound of the processor's cost.
   */
  INSTANCE
}
