package test;

import io.github.ddassets.annotations.*;

@Integration(name = "acme", displayName = "Acme")
public final class AcmeCheck {

  /** Bytes waiting in the queue. */
  @Metric(type = MetricType.GAUGE, unit = "byte")
  public static final String QUEUE_DEPTH = "acme.queue.depth";

  /** Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`. */
  @ServiceCheck(name = "Acme can connect", agentVersion = "7.59.0")
  public static final String CAN_CONNECT = "acme.can_connect";
}
