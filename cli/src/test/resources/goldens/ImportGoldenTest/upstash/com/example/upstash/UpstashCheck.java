package com.example.upstash;

import io.github.ddassets.annotations.Author;
import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.IntegrationKind;
import io.github.ddassets.annotations.Layout;
import io.github.ddassets.annotations.Listing;
import io.github.ddassets.annotations.Media;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.MetricType;
import io.github.ddassets.annotations.OptBoolean;
import io.github.ddassets.annotations.Tile;

/**
 * The {@code upstash} integration: its metrics, service checks and manifest.
 */
@Integration(
    name = "upstash",
    displayName = "Upstash",
    kind = IntegrationKind.API,
    manifest = "com/example/upstash/upstash.manifest.json"
)
@Listing(
    appId = "upstash",
    appUuid = "fe1f17e3-11a4-4e44-b819-8781ebcc86f8",
    owner = "integrations-developer-platform",
    displayOnPublicWebsite = OptBoolean.TRUE,
    sourceTypeId = 10412L,
    autoInstall = OptBoolean.TRUE,
    createsEvents = OptBoolean.FALSE,
    tile = @Tile(
        title = "Upstash",
        description = "Visualize metrics for Upstash resources",
        uninstallation = "README.md#Uninstallation",
        classifierTags = {
            "Supported OS::Linux",
            "Supported OS::Windows",
            "Supported OS::macOS",
            "Offering::Integration",
            "Category::Cloud",
            "Category::AI/ML",
            "Category::Data Stores",
            "Submitted Data Type::Metrics"},
        media = {
            @Media(
                caption = "Upstash Redis Database Metrics",
                imageUrl = "images/upstash-redis-overview-dashboard.png"),
            @Media(
                caption = "Upstash QStash Metrics",
                imageUrl = "images/upstash-qstash-overview-dashboard.png")}),
    author = @Author(
        name = "Upstash",
        homepage = "https://upstash.com",
        supportEmail = "support@upstash.com",
        salesEmail = "sales@upstash.com")
)
@Layout(
    metricsInDeclarationOrder = true
)
public final class UpstashCheck {
  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "data size",
      sampleTags = {"team", "database"},
      description = "The size of total data that you stored."
  )
  public static final String DB_TOTALDATASIZE = "upstash.db.totaldatasize";

  @Metric(
      type = MetricType.RATE,
      unit = "miss",
      interval = 60,
      shortName = "total misses",
      sampleTags = {"team", "database"},
      description = "Miss rate of read requests."
  )
  public static final String DB_MISSRATE = "upstash.db.missrate";

  @Metric(
      type = MetricType.RATE,
      unit = "hit",
      interval = 60,
      shortName = "total hits",
      sampleTags = {"team", "database"},
      description = "Hit rate of read requests."
  )
  public static final String DB_HITRATE = "upstash.db.hitrate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 60,
      shortName = "write latency",
      sampleTags = {"team", "database"},
      description = "Write latency details p99 in ms."
  )
  public static final String DB_WRITELATENCYP99 = "upstash.db.writelatencyp99";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 60,
      shortName = "read latency",
      sampleTags = {"team", "database"},
      description = "Read latency details p99 in ms."
  )
  public static final String DB_READLATENCYP99 = "upstash.db.readlatencyp99";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily bandwith",
      sampleTags = {"team", "database"},
      description = "Daily bandwidth usage."
  )
  public static final String DB_DAILYBANDWIDTH = "upstash.db.dailybandwidth";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "monthly cost",
      sampleTags = {"team", "database"},
      description = "Monthly cost of database."
  )
  public static final String DB_MONTHLYCOST = "upstash.db.monthlycost";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily processed commands",
      sampleTags = {"team", "database"},
      description = "Number of daily processed commands."
  )
  public static final String DB_DAILYPROCESSEDCOMMANDS = "upstash.db.dailyprocessedcommands";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily write commands",
      sampleTags = {"team", "database"},
      description = "Number of daily write commands."
  )
  public static final String DB_DAILYWRITECOMMANDS = "upstash.db.dailywritecommands";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily read commands",
      sampleTags = {"team", "database"},
      description = "Number of daily read commands."
  )
  public static final String DB_DAILYREADCOMMANDS = "upstash.db.dailyreadcommands";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "throughput",
      sampleTags = {"team", "database"},
      description = "Database throughput metric."
  )
  public static final String DB_THROUGHPUT = "upstash.db.throughput";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "read per second",
      sampleTags = {"team", "database"},
      description = "Read per second metric."
  )
  public static final String DB_READPERSECOND = "upstash.db.readpersecond";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "write per second",
      sampleTags = {"team", "database"},
      description = "Write per second metric."
  )
  public static final String DB_WRITEPERSECOND = "upstash.db.writepersecond";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "keyspace",
      sampleTags = {"team", "database"},
      description = "Database keyspace metric."
  )
  public static final String DB_KEYSPACE = "upstash.db.keyspace";

  @Metric(
      type = MetricType.GAUGE,
      unit = "connection",
      interval = 60,
      shortName = "connections",
      sampleTags = {"team", "database"},
      description = "Database connection count."
  )
  public static final String DB_CONNECTIONS = "upstash.db.connections";

  @Metric(
      type = MetricType.GAUGE,
      unit = "connection",
      interval = 60,
      shortName = "rest connections",
      sampleTags = {"team", "database"},
      description = "Database rest connection count."
  )
  public static final String DB_RESTCONNECTIONS = "upstash.db.restconnections";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "data size",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] The size of total data that you stored."
  )
  public static final String KAFKACLUSTER_DAILY_STORAGE = "upstash.kafkacluster.daily_storage";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster total throughput",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Kafka Cluster Total throughput metric."
  )
  public static final String KAFKACLUSTER_TOTAL_THROUGHPUT = "upstash.kafkacluster.total_throughput";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster consume throughput",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Kafka Cluster Consume throughput metric."
  )
  public static final String KAFKACLUSTER_CONSUME_THROUGHPUT = "upstash.kafkacluster.consume_throughput";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster produce throughput",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Kafka Cluster Produce throughput metric."
  )
  public static final String KAFKACLUSTER_PRODUCE_THROUGHPUT = "upstash.kafkacluster.produce_throughput";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster monthly cost",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Number of monthly cost per Kafka Cluster."
  )
  public static final String KAFKACLUSTER_MONTHLY_COST = "upstash.kafkacluster.monthly_cost";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster consumed messages",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Number of daily consumed messages per Kafka Cluster."
  )
  public static final String KAFKACLUSTER_CONSUMED_DAILY_MESSAGES = "upstash.kafkacluster.consumed_daily_messages";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster produced messages",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Number of daily produced messages to Kafka Cluster."
  )
  public static final String KAFKACLUSTER_PRODUCED_DAILY_MESSAGES = "upstash.kafkacluster.produced_daily_messages";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster consumed messages monthly",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Number of monthly consumed messages per Kafka Cluster."
  )
  public static final String KAFKACLUSTER_CONSUMED_MONTHLY_MESSAGES = "upstash.kafkacluster.consumed_monthly_messages";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster produced messages monthly",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Number of monthly produced messages to Kafka Cluster."
  )
  public static final String KAFKACLUSTER_PRODUCED_MONTHLY_MESSAGES = "upstash.kafkacluster.produced_monthly_messages";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster replication",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Replication count of certain Kafka Cluster."
  )
  public static final String KAFKACLUSTER_REPLICATION = "upstash.kafkacluster.replication";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster topic count",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Topic count of certain Kafka Cluster."
  )
  public static final String KAFKACLUSTER_TOPIC_COUNT = "upstash.kafkacluster.topic_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "kafka cluster partition count",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] Partition count of Kafka Cluster."
  )
  public static final String KAFKACLUSTER_PARTITIONS_COUNT = "upstash.kafkacluster.partitions_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "data size",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] The size of total data that you stored."
  )
  public static final String TOPIC_DAILY_PRODUCED = "upstash.topic.daily_produced";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "data size",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] The size of total data consumed by certain Kafka topic."
  )
  public static final String TOPIC_DAILY_CONSUMED = "upstash.topic.daily_consumed";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily byte",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] The amount of byte transmitted by certain Kafka topics."
  )
  public static final String TOPIC_DAILY_BYTES = "upstash.topic.daily_bytes";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "topic produced byte",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] The amount of byte produced by certain Kafka topics."
  )
  public static final String TOPIC_MONTHLY_PRODUCED = "upstash.topic.monthly_produced";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "topic consumed byte",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] The amount of byte consumed by certain Kafka topics."
  )
  public static final String TOPIC_MONTHLY_CONSUMED = "upstash.topic.monthly_consumed";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "topic monthly total byte",
      sampleTags = {"team", "topic", "kafkacluster"},
      description = "[Deprecated] The amount of byte transmitted for certain Kafka topics."
  )
  public static final String TOPIC_MONTHLY_BYTES = "upstash.topic.monthly_bytes";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily messages",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily requests."
  )
  public static final String QSTASH_DAILY_MESSAGES = "upstash.qstash.daily_messages";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily delivered",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily delivered messages."
  )
  public static final String QSTASH_DAILY_DELIVERED = "upstash.qstash.daily_delivered";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily canceled",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily canceled messages."
  )
  public static final String QSTASH_DAILY_CANCELED = "upstash.qstash.daily_canceled";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily error",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily error messages."
  )
  public static final String QSTASH_DAILY_ERROR = "upstash.qstash.daily_error";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily retry",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily retries."
  )
  public static final String QSTASH_DAILY_RETRY = "upstash.qstash.daily_retry";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily failed",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily failed messages."
  )
  public static final String QSTASH_DAILY_FAILED = "upstash.qstash.daily_failed";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily workflow runs",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily workflow runs."
  )
  public static final String QSTASH_DAILY_WORKFLOW_RUNS = "upstash.qstash.daily_workflow_runs";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily workflow steps",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily workflow steps."
  )
  public static final String QSTASH_DAILY_WORKFLOW_STEPS = "upstash.qstash.daily_workflow_steps";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily workflow run success",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily successful workflow runs."
  )
  public static final String QSTASH_DAILY_WORKFLOW_RUN_SUCCESS = "upstash.qstash.daily_workflow_run_success";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily workflow run canceled",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily canceled workflow runs."
  )
  public static final String QSTASH_DAILY_WORKFLOW_RUN_CANCELED = "upstash.qstash.daily_workflow_run_canceled";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily workflow run failed",
      sampleTags = {"team", "type", "region"},
      description = "Number of daily failed workflow runs."
  )
  public static final String QSTASH_DAILY_WORKFLOW_RUN_FAILED = "upstash.qstash.daily_workflow_run_failed";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "daily bandwidth used",
      sampleTags = {"team", "type", "region"},
      description = "Daily bandwidth usage."
  )
  public static final String QSTASH_DAILY_BANDWIDTH_USED = "upstash.qstash.daily_bandwidth_used";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "schedule count",
      sampleTags = {"team", "type", "region"},
      description = "Number of active schedules."
  )
  public static final String QSTASH_SCHEDULE_COUNT = "upstash.qstash.schedule_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "topic count",
      sampleTags = {"team", "type", "region"},
      description = "Number of active topics."
  )
  public static final String QSTASH_TOPIC_COUNT = "upstash.qstash.topic_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "queue count",
      sampleTags = {"team", "type", "region"},
      description = "Number of active queues."
  )
  public static final String QSTASH_QUEUE_COUNT = "upstash.qstash.queue_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "dlq message count",
      sampleTags = {"team", "type", "region"},
      description = "Number of messages in DLQ."
  )
  public static final String QSTASH_DLQ_MESSAGE_COUNT = "upstash.qstash.dlq_message_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "unit",
      interval = 60,
      shortName = "integration status",
      emittedEveryRun = true,
      description = "The healthcheck metrics for upstash integration."
  )
  public static final String METADATA_METRIC_PUBLISH = "upstash.metadata.metric_publish";

  private UpstashCheck() {
  }
}
