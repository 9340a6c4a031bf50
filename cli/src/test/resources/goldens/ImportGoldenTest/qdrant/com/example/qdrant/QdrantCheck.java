package com.example.qdrant;

import io.github.ddassets.annotations.Author;
import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.Layout;
import io.github.ddassets.annotations.Listing;
import io.github.ddassets.annotations.Media;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.MetricType;
import io.github.ddassets.annotations.OptBoolean;
import io.github.ddassets.annotations.ServiceCheck;
import io.github.ddassets.annotations.Tile;

/**
 * The {@code qdrant} integration: its metrics, service checks and manifest.
 */
@Integration(
    name = "qdrant",
    displayName = "Qdrant",
    manifest = "com/example/qdrant/qdrant.manifest.json"
)
@Listing(
    appId = "qdrant",
    appUuid = "bee8e975-219c-4673-83c0-9fa68b973298",
    owner = "integrations-developer-platform",
    displayOnPublicWebsite = OptBoolean.TRUE,
    sourceTypeId = 18715225L,
    autoInstall = OptBoolean.TRUE,
    createsEvents = OptBoolean.FALSE,
    tile = @Tile(
        title = "Qdrant",
        description = "A high-performance vector search engine/database.",
        classifierTags = {
            "Supported OS::Linux",
            "Supported OS::Windows",
            "Supported OS::macOS",
            "Category::AI/ML",
            "Offering::Integration",
            "Submitted Data Type::Metrics"},
        media = {
            @Media(
                caption = "A Qdrant Monitoring Dashboard for Datadog",
                imageUrl = "images/qdrant_dash.png"),
            @Media(
                caption = "REST metrics from the Qdrant Datadog dashboard",
                imageUrl = "images/qdrant_rest.png"),
            @Media(
                caption = "cluster metrics from the Qdrant Datadog dashboard",
                imageUrl = "images/qdrant_cluster.png"),
            @Media(
                caption = "gRPC metrics from the Qdrant Datadog dashboard",
                imageUrl = "images/qdrant_grpc.png")}),
    author = @Author(
        name = "Qdrant Team",
        homepage = "https://qdrant.tech/",
        supportEmail = "info@qdrant.com",
        salesEmail = "support@qdrant.com")
)
@Layout(
    metricsInDeclarationOrder = true
)
public final class QdrantCheck {
  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant app status recovery mode",
      description = "If Qdrant is currently started in recovery mode"
  )
  public static final String APP_STATUS_RECOVERY_MODE = "qdrant.app.status.recovery.mode";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collections total",
      description = "Number of collections"
  )
  public static final String COLLECTIONS_TOTAL = "qdrant.collections.total";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collections vector total",
      description = "Total number of vectors in all collections"
  )
  public static final String COLLECTIONS_VECTOR_TOTAL = "qdrant.collections.vector.total";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collections full total",
      description = "Number of full collections"
  )
  public static final String COLLECTIONS_FULL_TOTAL = "qdrant.collections.full.total";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collections aggregrated total",
      description = "Number of aggregated collections"
  )
  public static final String COLLECTIONS_AGGREGATED_TOTAL = "qdrant.collections.aggregated.total";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant rest responses total couter",
      description = "Total number of responses through REST API"
  )
  public static final String REST_RESPONSES_COUNT = "qdrant.rest.responses.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant rest responses fail total",
      description = "Total number of failed responses through REST API"
  )
  public static final String REST_RESPONSES_FAIL_COUNT = "qdrant.rest.responses.fail.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "second",
      shortName = "qdrant rest responses avg duration seconds",
      description = "Average response duration in REST API"
  )
  public static final String REST_RESPONSES_AVG_DURATION_SECONDS = "qdrant.rest.responses.avg.duration.seconds";

  @Metric(
      type = MetricType.GAUGE,
      unit = "second",
      shortName = "qdrant rest responses min duration seconds",
      description = "Minimum response duration in REST API"
  )
  public static final String REST_RESPONSES_MIN_DURATION_SECONDS = "qdrant.rest.responses.min.duration.seconds";

  @Metric(
      type = MetricType.GAUGE,
      unit = "second",
      shortName = "qdrant rest responses max duration seconds",
      description = "Maximum response duration in REST API"
  )
  public static final String REST_RESPONSES_MAX_DURATION_SECONDS = "qdrant.rest.responses.max.duration.seconds";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant grpc responses total",
      description = "Total number of responses through gRPC API"
  )
  public static final String GRPC_RESPONSES_COUNT = "qdrant.grpc.responses.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant grpc responses fail total",
      description = "Total number of failed responses through gRPC API"
  )
  public static final String GRPC_RESPONSES_FAIL_COUNT = "qdrant.grpc.responses.fail.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "second",
      shortName = "qdrant grpc responses average duration seconds",
      description = "Average response duration in gRPC API"
  )
  public static final String GRPC_RESPONSES_AVG_DURATION_SECONDS = "qdrant.grpc.responses.avg.duration.seconds";

  @Metric(
      type = MetricType.GAUGE,
      unit = "second",
      shortName = "qdrant grpc responses min duration seconds",
      description = "Minimum response duration in gRPC API"
  )
  public static final String GRPC_RESPONSES_MIN_DURATION_SECONDS = "qdrant.grpc.responses.min.duration.seconds";

  @Metric(
      type = MetricType.GAUGE,
      unit = "second",
      shortName = "qdrant grpc responses max duration seconds",
      description = "Maximum response duration in gRPC API"
  )
  public static final String GRPC_RESPONSES_MAX_DURATION_SECONDS = "qdrant.grpc.responses.max.duration.seconds";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant cluster enabled",
      description = "Whether the cluster support is enabled"
  )
  public static final String CLUSTER_ENABLED = "qdrant.cluster.enabled";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant cluster peers total",
      description = "Total number of cluster peers"
  )
  public static final String CLUSTER_PEERS_TOTAL = "qdrant.cluster.peers.total";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant cluster term",
      emittedEveryRun = true,
      description = "Current cluster term"
  )
  public static final String CLUSTER_TERM_COUNT = "qdrant.cluster.term.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant cluster commit",
      description = "Index of last committed operation cluster peer is aware of"
  )
  public static final String CLUSTER_COMMIT_COUNT = "qdrant.cluster.commit.count";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant cluster pending operations",
      description = "\tTotal number of pending operations for cluster peer"
  )
  public static final String CLUSTER_PENDING_OPERATIONS_TOTAL = "qdrant.cluster.pending.operations.total";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant cluster voter",
      description = "Whether the cluster peer is a voter or learner"
  )
  public static final String CLUSTER_VOTER = "qdrant.cluster.voter";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant memory active bytes",
      description = "Total number of bytes in active pages allocated by the application"
  )
  public static final String MEMORY_ACTIVE_BYTES = "qdrant.memory.active.bytes";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant memory allocated bytes",
      description = "Total number of bytes allocated by the application"
  )
  public static final String MEMORY_ALLOCATED_BYTES = "qdrant.memory.allocated.bytes";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant memory metadata bytes",
      description = "Total number of bytes dedicated to metadata"
  )
  public static final String MEMORY_METADATA_BYTES = "qdrant.memory.metadata.bytes";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant memory resident bytes",
      description = "Maximum number of bytes in physically resident data pages mapped"
  )
  public static final String MEMORY_RESIDENT_BYTES = "qdrant.memory.resident.bytes";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant memory retained bytes",
      description = "Total number of bytes in virtual memory mappings"
  )
  public static final String MEMORY_RETAINED_BYTES = "qdrant.memory.retained.bytes";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collection hardware metric cpu",
      description = "[Deprecated] CPU measurements of a collection. Use qdrant.collection.hardware.metric.cpu.count instead."
  )
  public static final String COLLECTION_HARDWARE_METRIC_CPU = "qdrant.collection.hardware.metric.cpu";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant collection hardware metric cpu count",
      description = "CPU measurements of a collection"
  )
  public static final String COLLECTION_HARDWARE_METRIC_CPU_COUNT = "qdrant.collection.hardware.metric.cpu.count";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collection vectors",
      description = "Number of vectors grouped by vector name"
  )
  public static final String COLLECTION_VECTORS = "qdrant.collection.vectors";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collection active replicas min",
      description = "Minimum number of active replicas across all shards"
  )
  public static final String COLLECTION_ACTIVE_REPLICAS_MIN = "qdrant.collection.active.replicas.min";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collection active replicas max",
      description = "Maximum number of active replicas across all shards"
  )
  public static final String COLLECTION_ACTIVE_REPLICAS_MAX = "qdrant.collection.active.replicas.max";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collection running optimizations",
      description = "Number of currently running optimization tasks per collection"
  )
  public static final String COLLECTION_RUNNING_OPTIMIZATIONS = "qdrant.collection.running.optimizations";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collection points",
      description = "Approximate number of points per collection"
  )
  public static final String COLLECTION_POINTS = "qdrant.collection.points";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant collection dead replicas",
      description = "Total number of shard replicas in non-active state"
  )
  public static final String COLLECTION_DEAD_REPLICAS = "qdrant.collection.dead.replicas";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant snapshot creation running",
      description = "Number of snapshot creations that are currently running"
  )
  public static final String SNAPSHOT_CREATION_RUNNING = "qdrant.snapshot.creation.running";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant snapshot recovery running",
      description = "Number of snapshot recovery operations currently running"
  )
  public static final String SNAPSHOT_RECOVERY_RUNNING = "qdrant.snapshot.recovery.running";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant snapshot created count",
      description = "Total number of snapshots created"
  )
  public static final String SNAPSHOT_CREATED_COUNT = "qdrant.snapshot.created.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant rest responses duration seconds count",
      description = "Total count of responses for histogram buckets"
  )
  public static final String REST_RESPONSES_DURATION_SECONDS_COUNT = "qdrant.rest.responses.duration.seconds.count";

  @Metric(
      type = MetricType.COUNT,
      unit = "second",
      shortName = "qdrant rest responses duration seconds sum",
      description = "Total sum of response durations in seconds"
  )
  public static final String REST_RESPONSES_DURATION_SECONDS_SUM = "qdrant.rest.responses.duration.seconds.sum";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant rest responses duration seconds bucket",
      description = "Response duration histogram buckets"
  )
  public static final String REST_RESPONSES_DURATION_SECONDS_BUCKET = "qdrant.rest.responses.duration.seconds.bucket";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant collection hardware metric payload io read count",
      description = "Total IO payload read metrics of a collection"
  )
  public static final String COLLECTION_HARDWARE_METRIC_PAYLOAD_IO_READ_COUNT = "qdrant.collection.hardware.metric.payload.io.read.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant collection hardware metric payload index io read count",
      description = "Total IO payload index read metrics of a collection"
  )
  public static final String COLLECTION_HARDWARE_METRIC_PAYLOAD_INDEX_IO_READ_COUNT = "qdrant.collection.hardware.metric.payload.index.io.read.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant collection hardware metric payload index io write count",
      description = "Total IO payload index write metrics of a collection"
  )
  public static final String COLLECTION_HARDWARE_METRIC_PAYLOAD_INDEX_IO_WRITE_COUNT = "qdrant.collection.hardware.metric.payload.index.io.write.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant collection hardware metric payload io write count",
      description = "Total IO payload write metrics of a collection"
  )
  public static final String COLLECTION_HARDWARE_METRIC_PAYLOAD_IO_WRITE_COUNT = "qdrant.collection.hardware.metric.payload.io.write.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant collection hardware metric vector io read count",
      description = "Total IO vector read metrics of a collection"
  )
  public static final String COLLECTION_HARDWARE_METRIC_VECTOR_IO_READ_COUNT = "qdrant.collection.hardware.metric.vector.io.read.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant collection hardware metric vector io write count",
      description = "Total IO vector write metrics of a collection"
  )
  public static final String COLLECTION_HARDWARE_METRIC_VECTOR_IO_WRITE_COUNT = "qdrant.collection.hardware.metric.vector.io.write.count";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant process threads",
      description = "Count of active threads"
  )
  public static final String PROCESS_THREADS = "qdrant.process.threads";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant process open mmaps",
      description = "Count of open memory-mapped files"
  )
  public static final String PROCESS_OPEN_MMAPS = "qdrant.process.open.mmaps";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant system max mmaps",
      description = "System-wide limit of open memory-mapped files"
  )
  public static final String SYSTEM_MAX_MMAPS = "qdrant.system.max.mmaps";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant process open fds",
      description = "Count of currently open file descriptors"
  )
  public static final String PROCESS_OPEN_FDS = "qdrant.process.open.fds";

  @Metric(
      type = MetricType.GAUGE,
      shortName = "qdrant process max fds",
      description = "Limit for open file descriptors"
  )
  public static final String PROCESS_MAX_FDS = "qdrant.process.max.fds";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant process minor page faults",
      description = "Count of minor page faults which didn't cause a disk access"
  )
  public static final String PROCESS_MINOR_PAGE_FAULTS_COUNT = "qdrant.process.minor.page.faults.count";

  @Metric(
      type = MetricType.COUNT,
      shortName = "qdrant process major page faults",
      description = "Count of disk accesses caused by a memory-mapped page fault"
  )
  public static final String PROCESS_MAJOR_PAGE_FAULTS_COUNT = "qdrant.process.major.page.faults.count";

  @ServiceCheck(
      name = "Qdrant OpenMetrics endpoint health",
      groups = {"host", "endpoint"},
      agentVersion = "7.53.0",
      description = "Returns `CRITICAL` if the Agent is unable to connect to the Qdrant OpenMetrics endpoint, otherwise returns `OK`."
  )
  public static final String OPENMETRICS_HEALTH = "qdrant.openmetrics.health";

  @ServiceCheck(
      name = "Qdrant readyz HTTP check",
      groups = {"host", "qdrant_readyz_url"},
      agentVersion = "7.53.0",
      description = "Returns `OK` if /readyz endpoint returns a 200 response, otherwise returns `CRITICAL`."
  )
  public static final String READYZ_STATUS = "qdrant.readyz.status";

  @ServiceCheck(
      name = "Qdrant livez HTTP check",
      groups = {"host", "qdrant_livez_url"},
      agentVersion = "7.53.0",
      description = "Returns `OK` if /livez endpoint returns a 200 response, otherwise returns `CRITICAL`."
  )
  public static final String LIVEZ_STATUS = "qdrant.livez.status";

  private QdrantCheck() {
  }
}
