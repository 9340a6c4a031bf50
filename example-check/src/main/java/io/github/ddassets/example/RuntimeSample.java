package io.github.ddassets.example;

import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

/**
 * The figures of a JVM read once over JMX. A figure the JVM does not know is negative, as the
 * management beans report it.
 *
 * @param heapUsed heap in use, in bytes
 * @param heapCommitted heap committed, in bytes
 * @param heapMax maximum heap, in bytes
 * @param nonHeapUsed non-heap memory in use, in bytes
 * @param nonHeapCommitted non-heap memory committed, in bytes
 * @param collectors the garbage collectors, sorted by name
 * @param threads live threads
 * @param daemonThreads live daemon threads
 * @param peakThreads peak live threads
 * @param loadedClasses classes loaded now
 * @param unloadedClasses classes unloaded since the start
 * @param cpuLoad recent CPU load of the process, from 0 to 1
 * @param uptimeSeconds time since the start, in seconds
 */
record RuntimeSample(
    long heapUsed,
    long heapCommitted,
    long heapMax,
    long nonHeapUsed,
    long nonHeapCommitted,
    List<Collector> collectors,
    int threads,
    int daemonThreads,
    int peakThreads,
    int loadedClasses,
    long unloadedClasses,
    double cpuLoad,
    double uptimeSeconds) {

  private static final String OPERATING_SYSTEM = ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME;

  /**
   * One garbage collector.
   *
   * @param name its name, such as {@code G1 Young Generation}
   * @param collections collections since the start
   * @param timeMillis time spent collecting since the start, in milliseconds
   */
  record Collector(String name, long collections, long timeMillis) {

    /**
     * The name as a tag value: lower case, runs of other characters than letters and digits as _.
     */
    String tagValue() {
      return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
  }

  /** Reads the figures through the platform management beans of a (remote) JVM. */
  static RuntimeSample read(MBeanServerConnection connection) throws IOException, JMException {
    MemoryMXBean memory =
        ManagementFactory.newPlatformMXBeanProxy(
            connection, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    ThreadMXBean threads =
        ManagementFactory.newPlatformMXBeanProxy(
            connection, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
    ClassLoadingMXBean classes =
        ManagementFactory.newPlatformMXBeanProxy(
            connection, ManagementFactory.CLASS_LOADING_MXBEAN_NAME, ClassLoadingMXBean.class);
    RuntimeMXBean runtime =
        ManagementFactory.newPlatformMXBeanProxy(
            connection, ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
    MemoryUsage heap = memory.getHeapMemoryUsage();
    MemoryUsage nonHeap = memory.getNonHeapMemoryUsage();
    return new RuntimeSample(
        heap.getUsed(),
        heap.getCommitted(),
        heap.getMax(),
        nonHeap.getUsed(),
        nonHeap.getCommitted(),
        collectors(connection),
        threads.getThreadCount(),
        threads.getDaemonThreadCount(),
        threads.getPeakThreadCount(),
        classes.getLoadedClassCount(),
        classes.getUnloadedClassCount(),
        cpuLoad(connection),
        runtime.getUptime() / 1000.0);
  }

  private static List<Collector> collectors(MBeanServerConnection connection)
      throws IOException, JMException {
    ObjectName pattern =
        new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*");
    List<Collector> collectors = new ArrayList<>();
    for (ObjectName name : connection.queryNames(pattern, null)) {
      GarbageCollectorMXBean collector =
          ManagementFactory.newPlatformMXBeanProxy(
              connection, name.getCanonicalName(), GarbageCollectorMXBean.class);
      collectors.add(
          new Collector(
              collector.getName(), collector.getCollectionCount(), collector.getCollectionTime()));
    }
    collectors.sort((a, b) -> a.name().compareTo(b.name()));
    return List.copyOf(collectors);
  }

  /**
   * The process CPU load, an attribute of HotSpot's operating-system bean that the standard
   * interface lacks; read by name so that the check needs no {@code com.sun.management} type.
   */
  private static double cpuLoad(MBeanServerConnection connection) throws IOException, JMException {
    Object value = connection.getAttribute(new ObjectName(OPERATING_SYSTEM), "ProcessCpuLoad");
    return value instanceof Number number ? number.doubleValue() : -1;
  }
}
