package io.github.ddassets.example;

import java.io.IOException;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** The JMX server of one configured instance: where it is, and how to read a sample from it. */
final class JmxTarget {

  private final String url;
  private final String described;
  private final String user;
  private final String password;

  private JmxTarget(String url, String described, String user, String password) {
    this.url = url;
    this.described = described;
    this.user = user;
    this.password = password;
  }

  /** The target of an instance: its {@code jmx_url} when set, else its host and port. */
  static JmxTarget of(JvmRuntimeCheck.Instance instance) {
    if (instance.jmxUrl() != null && !instance.jmxUrl().isBlank()) {
      return new JmxTarget(
          instance.jmxUrl(), instance.jmxUrl(), instance.user(), instance.password());
    }
    String address = instance.host() + ":" + instance.port();
    return new JmxTarget(
        "service:jmx:rmi:///jndi/rmi://" + address + "/jmxrmi",
        address,
        instance.user(),
        instance.password());
  }

  /** The target as a person reads it: {@code host:port}, or the JMX URL. */
  String describe() {
    return described;
  }

  /** The value of the {@code jmx_server} tag. */
  String tagValue() {
    return described;
  }

  /**
   * Connects, reads one sample and disconnects. Connecting runs on its own thread so that a JMX
   * server that accepts the connection but never answers cannot hold the check past the timeout.
   */
  RuntimeSample read(Duration timeout) throws UnreachableException {
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "jmx-" + described);
              thread.setDaemon(true);
              return thread;
            });
    Future<RuntimeSample> sample = executor.submit(this::connectAndRead);
    try {
      return sample.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      sample.cancel(true);
      throw new UnreachableException(
          "cannot read " + described + ": no answer within " + timeout.toSeconds() + "s");
    } catch (ExecutionException e) {
      throw new UnreachableException(
          "cannot read " + described + ": " + Failures.reason(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreachableException("cannot read " + described + ": interrupted");
    } finally {
      executor.shutdownNow();
    }
  }

  private RuntimeSample connectAndRead() throws IOException, JMException {
    JMXServiceURL serviceUrl;
    try {
      serviceUrl = new JMXServiceURL(url);
    } catch (MalformedURLException e) {
      throw new IOException("invalid JMX URL `" + url + "`: " + e.getMessage());
    }
    Map<String, Object> environment = new HashMap<>();
    if (user != null) {
      environment.put(JMXConnector.CREDENTIALS, new String[] {user, password});
    }
    try (JMXConnector connector = JMXConnectorFactory.connect(serviceUrl, environment)) {
      MBeanServerConnection connection = connector.getMBeanServerConnection();
      return RuntimeSample.read(connection);
    }
  }

  /** The JVM could not be reached or read; the message says why, in one line. */
  static final class UnreachableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreachableException(String message) {
      super(message.replace('\n', ' '));
    }
  }
}
