package io.github.ddassets.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the figures depend on: processor, cores, memory, operating system, JDK and JVM options.
 *
 * @param cpu the processor model, or "unknown"
 * @param cores the processors available to the JVM
 * @param ramBytes the physical memory, or 0 if unknown
 * @param os the operating system name, version and architecture
 * @param jdk the JDK vendor, version and home
 * @param maxHeapBytes the JVM's maximum heap
 * @param gc the garbage collectors in use
 * @param jvmArguments the JVM's options
 */
public record MachineInfo(
    String cpu,
    int cores,
    long ramBytes,
    String os,
    String jdk,
    long maxHeapBytes,
    String gc,
    List<String> jvmArguments) {

  /** The facts of this JVM and machine. */
  static MachineInfo current() {
    return new MachineInfo(
        cpuModel().orElse("unknown"),
        Runtime.getRuntime().availableProcessors(),
        physicalMemory(),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " ("
            + System.getProperty("os.arch")
            + ")",
        System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.runtime.version")
            + " at "
            + System.getProperty("java.home"),
        Runtime.getRuntime().maxMemory(),
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", ")),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  private static long physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return 0;
  }

  /** The model name from {@code /proc/cpuinfo} (Linux), if readable. */
  private static Optional<String> cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(cpuinfo)) {
      return lines
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
