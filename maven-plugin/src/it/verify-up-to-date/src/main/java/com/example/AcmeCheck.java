package com.example;

import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.MetricType;
import io.github.ddassets.annotations.ServiceCheck;

/** A check small enough for a build test: one metric, one service check. */
@Integration(name = "acme", displayName = "Acme")
public final class AcmeCheck {

  /** Messages waiting in the queue. */
  @Metric(type = MetricType.GAUGE, unit = "message")
  public static final String QUEUE_DEPTH = "acme.queue.depth";

  /** Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`. */
  @ServiceCheck(name = "Acme can connect", agentVersion = "7.59.0")
  public static final String CAN_CONNECT = "acme.can_connect";

  private AcmeCheck() {}
}
