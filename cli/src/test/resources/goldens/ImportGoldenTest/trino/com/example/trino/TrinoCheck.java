package com.example.trino;

import io.github.ddassets.annotations.Author;
import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.JmxAttribute;
import io.github.ddassets.annotations.JmxRule;
import io.github.ddassets.annotations.Layout;
import io.github.ddassets.annotations.Listing;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.MetricType;
import io.github.ddassets.annotations.OptBoolean;
import io.github.ddassets.annotations.Orientation;
import io.github.ddassets.annotations.Tile;

/**
 * The {@code trino} integration: its metrics, service checks and manifest.
 */
@Integration(
    name = "trino",
    displayName = "Trino",
    manifest = "com/example/trino/trino.manifest.json"
)
@Listing(
    appId = "trino",
    appUuid = "5d6fa7f8-e827-408c-9cf1-8f2bd64b45d3",
    owner = "agent-integrations",
    displayOnPublicWebsite = OptBoolean.TRUE,
    sourceTypeId = 10282L,
    autoInstall = OptBoolean.TRUE,
    createsEvents = OptBoolean.FALSE,
    tile = @Tile(
        title = "Trino",
        description = "Collects performance and usage stats on Trino clusters",
        classifierTags = {
            "Supported OS::Linux",
            "Supported OS::macOS",
            "Supported OS::Windows",
            "Offering::Integration"}),
    author = @Author(
        name = "Community",
        homepage = "https://github.com/DataDog/integrations-extras",
        supportEmail = "help@datadoghq.com",
        salesEmail = "help@datadoghq.com")
)
@Layout(
    metricsInDeclarationOrder = true
)
@JmxRule(
    bean = "trino.execution:name=QueryManager",
    attributes = {
        @JmxAttribute(
            name = "AbandonedQueries.OneMinute.Count",
            alias = "trino.execution.abandoned_queries.one_minute.count"),
        @JmxAttribute(
            name = "AbandonedQueries.OneMinute.Rate",
            alias = "trino.execution.abandoned_queries.one_minute.rate"),
        @JmxAttribute(
            name = "AbandonedQueries.TotalCount",
            alias = "trino.execution.abandoned_queries.total_count"),
        @JmxAttribute(
            name = "CanceledQueries.OneMinute.Count",
            alias = "trino.execution.canceled_queries.one_minute.count"),
        @JmxAttribute(
            name = "CanceledQueries.OneMinute.Rate",
            alias = "trino.execution.canceled_queries.one_minute.rate"),
        @JmxAttribute(
            name = "CanceledQueries.TotalCount",
            alias = "trino.execution.canceled_queries.total_count"),
        @JmxAttribute(
            name = "CompletedQueries.OneMinute.Count",
            alias = "trino.execution.completed_queries.one_minute.count"),
        @JmxAttribute(
            name = "CompletedQueries.OneMinute.Rate",
            alias = "trino.execution.completed_queries.one_minute.rate"),
        @JmxAttribute(
            name = "CompletedQueries.TotalCount",
            alias = "trino.execution.completed_queries.total_count"),
        @JmxAttribute(
            name = "ConsumedCpuTimeSecs.OneMinute.Count",
            alias = "trino.execution.consumed_cpu_time_secs.one_minute.count"),
        @JmxAttribute(
            name = "ConsumedCpuTimeSecs.OneMinute.Rate",
            alias = "trino.execution.consumed_cpu_time_secs.one_minute.rate"),
        @JmxAttribute(
            name = "ConsumedCpuTimeSecs.TotalCount",
            alias = "trino.execution.consumed_cpu_time_secs.total_count"),
        @JmxAttribute(
            name = "CpuInputByteRate.AllTime.Avg",
            alias = "trino.execution.cpu_input_byte_rate.all_time.avg"),
        @JmxAttribute(
            name = "CpuInputByteRate.AllTime.P75",
            alias = "trino.execution.cpu_input_byte_rate.all_time.p75"),
        @JmxAttribute(
            name = "CpuInputByteRate.AllTime.P95",
            alias = "trino.execution.cpu_input_byte_rate.all_time.p95"),
        @JmxAttribute(
            name = "CpuInputByteRate.OneMinute.Avg",
            alias = "trino.execution.cpu_input_byte_rate.one_minute.avg"),
        @JmxAttribute(
            name = "CpuInputByteRate.OneMinute.Count",
            alias = "trino.execution.cpu_input_byte_rate.one_minute.count"),
        @JmxAttribute(
            name = "CpuInputByteRate.OneMinute.Max",
            alias = "trino.execution.cpu_input_byte_rate.one_minute.max"),
        @JmxAttribute(
            name = "CpuInputByteRate.OneMinute.Min",
            alias = "trino.execution.cpu_input_byte_rate.one_minute.min"),
        @JmxAttribute(
            name = "CpuInputByteRate.OneMinute.P75",
            alias = "trino.execution.cpu_input_byte_rate.one_minute.p75"),
        @JmxAttribute(
            name = "CpuInputByteRate.OneMinute.P95",
            alias = "trino.execution.cpu_input_byte_rate.one_minute.p95"),
        @JmxAttribute(
            name = "CpuInputByteRate.OneMinute.Total",
            alias = "trino.execution.cpu_input_byte_rate.one_minute.total"),
        @JmxAttribute(
            name = "ExecutionTime.AllTime.Avg",
            alias = "trino.execution.execution_time.all_time.avg"),
        @JmxAttribute(
            name = "ExecutionTime.AllTime.Count",
            alias = "trino.execution.execution_time.all_time.count"),
        @JmxAttribute(
            name = "ExecutionTime.AllTime.Max",
            alias = "trino.execution.execution_time.all_time.max"),
        @JmxAttribute(
            name = "ExecutionTime.AllTime.Min",
            alias = "trino.execution.execution_time.all_time.min"),
        @JmxAttribute(
            name = "ExecutionTime.AllTime.P75",
            alias = "trino.execution.execution_time.all_time.p75"),
        @JmxAttribute(
            name = "ExecutionTime.AllTime.P95",
            alias = "trino.execution.execution_time.all_time.p95"),
        @JmxAttribute(
            name = "ExecutionTime.OneMinute.Avg",
            alias = "trino.execution.execution_time.one_minute.avg"),
        @JmxAttribute(
            name = "ExecutionTime.OneMinute.Max",
            alias = "trino.execution.execution_time.one_minute.max"),
        @JmxAttribute(
            name = "ExecutionTime.OneMinute.Min",
            alias = "trino.execution.execution_time.one_minute.min"),
        @JmxAttribute(
            name = "ExecutionTime.OneMinute.P75",
            alias = "trino.execution.execution_time.one_minute.p75"),
        @JmxAttribute(
            name = "ExecutionTime.OneMinute.P95",
            alias = "trino.execution.execution_time.one_minute.p95"),
        @JmxAttribute(
            name = "ExternalFailures.OneMinute.Count",
            alias = "trino.execution.external_failures.one_minute.count"),
        @JmxAttribute(
            name = "ExternalFailures.OneMinute.Rate",
            alias = "trino.execution.external_failures.one_minute.rate"),
        @JmxAttribute(
            name = "ExternalFailures.TotalCount",
            alias = "trino.execution.external_failures.total_count"),
        @JmxAttribute(
            name = "FailedQueries.OneMinute.Count",
            alias = "trino.execution.failed_queries.one_minute.count"),
        @JmxAttribute(
            name = "FailedQueries.OneMinute.Rate",
            alias = "trino.execution.failed_queries.one_minute.rate"),
        @JmxAttribute(
            name = "FailedQueries.TotalCount",
            alias = "trino.execution.failed_queries.total_count"),
        @JmxAttribute(
            name = "InsufficientResourcesFailures.OneMinute.Count",
            alias = "trino.execution.insufficient_resources_failures.one_minute.count"),
        @JmxAttribute(
            name = "InsufficientResourcesFailures.OneMinute.Rate",
            alias = "trino.execution.insufficient_resources_failures.one_minute.rate"),
        @JmxAttribute(
            name = "InsufficientResourcesFailures.TotalCount",
            alias = "trino.execution.insufficient_resources_failures.total_count"),
        @JmxAttribute(
            name = "InternalFailures.OneMinute.Count",
            alias = "trino.execution.internal_failures.one_minute.count"),
        @JmxAttribute(
            name = "InternalFailures.OneMinute.Rate",
            alias = "trino.execution.internal_failures.one_minute.rate"),
        @JmxAttribute(
            name = "InternalFailures.TotalCount",
            alias = "trino.execution.internal_failures.total_count"),
        @JmxAttribute(
            name = "QueuedQueries",
            alias = "trino.execution.queued_queries"),
        @JmxAttribute(
            name = "RunningQueries",
            alias = "trino.execution.running_queries"),
        @JmxAttribute(
            name = "StartedQueries.OneMinute.Count",
            alias = "trino.execution.started_queries.one_minute.count"),
        @JmxAttribute(
            name = "StartedQueries.OneMinute.Rate",
            alias = "trino.execution.started_queries.one_minute.rate"),
        @JmxAttribute(
            name = "StartedQueries.TotalCount",
            alias = "trino.execution.started_queries.total_count"),
        @JmxAttribute(
            name = "UserErrorFailures.OneMinute.Count",
            alias = "trino.execution.user_error_failures.one_minute.count"),
        @JmxAttribute(
            name = "UserErrorFailures.OneMinute.Rate",
            alias = "trino.execution.user_error_failures.one_minute.rate"),
        @JmxAttribute(
            name = "UserErrorFailures.TotalCount",
            alias = "trino.execution.user_error_failures.total_count"),
        @JmxAttribute(
            name = "WallInputBytesRate.OneMinute.Avg",
            alias = "trino.execution.wall_input_bytes_rate.one_minute.avg"),
        @JmxAttribute(
            name = "WallInputBytesRate.OneMinute.Max",
            alias = "trino.execution.wall_input_bytes_rate.one_minute.max"),
        @JmxAttribute(
            name = "WallInputBytesRate.OneMinute.Min",
            alias = "trino.execution.wall_input_bytes_rate.one_minute.min"),
        @JmxAttribute(
            name = "WallInputBytesRate.OneMinute.P75",
            alias = "trino.execution.wall_input_bytes_rate.one_minute.p75"),
        @JmxAttribute(
            name = "WallInputBytesRate.OneMinute.P95",
            alias = "trino.execution.wall_input_bytes_rate.one_minute.p95")}
)
@JmxRule(
    bean = "trino.execution.executor:name=TaskExecutor",
    attributes = {
        @JmxAttribute(
            name = "BlockedSplits",
            alias = "trino.execution.executor.blocked_splits"),
        @JmxAttribute(
            name = "ProcessorExecutor.QueuedTaskCount",
            alias = "trino.execution.executor.processor_executor.queued_task_count"),
        @JmxAttribute(
            name = "RunningSplits",
            alias = "trino.execution.executor.running_splits"),
        @JmxAttribute(
            name = "TotalSplits",
            alias = "trino.execution.executor.total_splits"),
        @JmxAttribute(
            name = "WaitingSplits",
            alias = "trino.execution.executor.waiting_splits")}
)
@JmxRule(
    domain = "trino.memory",
    attributes = {
        @JmxAttribute(
            name = "AssignedQueries",
            alias = "trino.memory.assigned_queries"),
        @JmxAttribute(
            name = "BlockedNodes",
            alias = "trino.memory.blocked_nodes"),
        @JmxAttribute(
            name = "FreeDistributedBytes",
            alias = "trino.memory.free_distributed_bytes"),
        @JmxAttribute(name = "Nodes", alias = "trino.memory.nodes"),
        @JmxAttribute(
            name = "ReservedDistributedBytes",
            alias = "trino.memory.reserved_distributed_bytes"),
        @JmxAttribute(
            name = "ReservedRevocableDistributedBytes",
            alias = "trino.memory.reserved_revocable_distributed_bytes"),
        @JmxAttribute(
            name = "TotalDistributedBytes",
            alias = "trino.memory.total_distributed_bytes")}
)
public final class TrinoCheck {
  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      shortName = "abandoned queries one minute count",
      description = "Abandoned queries - one minute count."
  )
  public static final String EXECUTION_ABANDONED_QUERIES_ONE_MINUTE_COUNT = "trino.execution.abandoned_queries.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      perUnit = "second",
      interval = 10,
      shortName = "abandoned queries one minute rate",
      description = "Abandoned queries - one minute rate."
  )
  public static final String EXECUTION_ABANDONED_QUERIES_ONE_MINUTE_RATE = "trino.execution.abandoned_queries.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      shortName = "abandoned queries total count",
      description = "Abandoned queries - total count."
  )
  public static final String EXECUTION_ABANDONED_QUERIES_TOTAL_COUNT = "trino.execution.abandoned_queries.total_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "canceled queries one minute count",
      description = "Canceled queries - one minute count."
  )
  public static final String EXECUTION_CANCELED_QUERIES_ONE_MINUTE_COUNT = "trino.execution.canceled_queries.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "canceled queries one minute rate",
      description = "Canceled queries - one minute queries per second."
  )
  public static final String EXECUTION_CANCELED_QUERIES_ONE_MINUTE_RATE = "trino.execution.canceled_queries.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "canceled queries total count",
      description = "Canceled queries - total count."
  )
  public static final String EXECUTION_CANCELED_QUERIES_TOTAL_COUNT = "trino.execution.canceled_queries.total_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      shortName = "completed queries one minute count",
      description = "Completed queries - one minute count."
  )
  public static final String EXECUTION_COMPLETED_QUERIES_ONE_MINUTE_COUNT = "trino.execution.completed_queries.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      perUnit = "second",
      interval = 10,
      shortName = "completed queries one minute rate",
      description = "Completed queries - one minute queries per second."
  )
  public static final String EXECUTION_COMPLETED_QUERIES_ONE_MINUTE_RATE = "trino.execution.completed_queries.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      shortName = "completed queries total count",
      description = "Completed queries - total count."
  )
  public static final String EXECUTION_COMPLETED_QUERIES_TOTAL_COUNT = "trino.execution.completed_queries.total_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "consumed cpu time secs one minute count",
      description = "CPU (processing) time consumed - one minute count (seconds)."
  )
  public static final String EXECUTION_CONSUMED_CPU_TIME_SECS_ONE_MINUTE_COUNT = "trino.execution.consumed_cpu_time_secs.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "consumed cpu time secs one minute rate",
      description = "CPU (processing) time consumed - one minute rate."
  )
  public static final String EXECUTION_CONSUMED_CPU_TIME_SECS_ONE_MINUTE_RATE = "trino.execution.consumed_cpu_time_secs.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "consumed cpu time secs total count",
      description = "CPU (processing) time consumed - total count (seconds)."
  )
  public static final String EXECUTION_CONSUMED_CPU_TIME_SECS_TOTAL_COUNT = "trino.execution.consumed_cpu_time_secs.total_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate all time avg",
      description = "Distribution of query input data rates (cpu) - all time average bytes per second."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ALL_TIME_AVG = "trino.execution.cpu_input_byte_rate.all_time.avg";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate all time p75",
      description = "Distribution of query input data rates (cpu) - all time bytes per second - p75."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ALL_TIME_P75 = "trino.execution.cpu_input_byte_rate.all_time.p75";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate all time p95",
      description = "Distribution of query input data rates (cpu) - all time bytes per second - p95."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ALL_TIME_P95 = "trino.execution.cpu_input_byte_rate.all_time.p95";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate avg",
      description = "Distribution of query input data rates (cpu) - one minute average bytes per second."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ONE_MINUTE_AVG = "trino.execution.cpu_input_byte_rate.one_minute.avg";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate count",
      description = "Distribution of query input data rates (cpu) - one minute count."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ONE_MINUTE_COUNT = "trino.execution.cpu_input_byte_rate.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate max",
      description = "Distribution of query input data rates (cpu) - one minute max bytes per second."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ONE_MINUTE_MAX = "trino.execution.cpu_input_byte_rate.one_minute.max";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate min",
      description = "Distribution of query input data rates (cpu) - one minute min bytes per second."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ONE_MINUTE_MIN = "trino.execution.cpu_input_byte_rate.one_minute.min";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate p75",
      description = "Distribution of query input data rates (cpu) - one minute bytes per second - p75."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ONE_MINUTE_P75 = "trino.execution.cpu_input_byte_rate.one_minute.p75";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate p95",
      description = "Distribution of query input data rates (cpu) - one minute bytes per second - p95."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ONE_MINUTE_P95 = "trino.execution.cpu_input_byte_rate.one_minute.p95";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "cpu input byte rate total",
      description = "Distribution of query input data rates (cpu) - one minute total bytes per second."
  )
  public static final String EXECUTION_CPU_INPUT_BYTE_RATE_ONE_MINUTE_TOTAL = "trino.execution.cpu_input_byte_rate.one_minute.total";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time all time avg",
      description = "Query execution time (millisecond) - all time average."
  )
  public static final String EXECUTION_EXECUTION_TIME_ALL_TIME_AVG = "trino.execution.execution_time.all_time.avg";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time all time count",
      description = "Query execution time (millisecond) - all time count."
  )
  public static final String EXECUTION_EXECUTION_TIME_ALL_TIME_COUNT = "trino.execution.execution_time.all_time.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time all time max",
      description = "Query execution time (millisecond) - all time max."
  )
  public static final String EXECUTION_EXECUTION_TIME_ALL_TIME_MAX = "trino.execution.execution_time.all_time.max";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time all time min",
      description = "Query execution time (millisecond) - all time min."
  )
  public static final String EXECUTION_EXECUTION_TIME_ALL_TIME_MIN = "trino.execution.execution_time.all_time.min";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time all time p75",
      description = "Query execution time (millisecond) - all time - p75."
  )
  public static final String EXECUTION_EXECUTION_TIME_ALL_TIME_P75 = "trino.execution.execution_time.all_time.p75";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time all time p95",
      description = "Query execution time (millisecond) - all time - p95."
  )
  public static final String EXECUTION_EXECUTION_TIME_ALL_TIME_P95 = "trino.execution.execution_time.all_time.p95";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time one minute avg",
      description = "Query execution time (millisecond) - one minute average."
  )
  public static final String EXECUTION_EXECUTION_TIME_ONE_MINUTE_AVG = "trino.execution.execution_time.one_minute.avg";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time one minute max",
      description = "Query execution time (millisecond) - one minute max."
  )
  public static final String EXECUTION_EXECUTION_TIME_ONE_MINUTE_MAX = "trino.execution.execution_time.one_minute.max";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time one minute min",
      description = "Query execution time (millisecond) - one minute min."
  )
  public static final String EXECUTION_EXECUTION_TIME_ONE_MINUTE_MIN = "trino.execution.execution_time.one_minute.min";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time one minute p75",
      description = "Query execution time (millisecond) - one minute p75."
  )
  public static final String EXECUTION_EXECUTION_TIME_ONE_MINUTE_P75 = "trino.execution.execution_time.one_minute.p75";

  @Metric(
      type = MetricType.GAUGE,
      unit = "millisecond",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "execution time one minute p95",
      description = "Query execution time (millisecond) - one minute p95."
  )
  public static final String EXECUTION_EXECUTION_TIME_ONE_MINUTE_P95 = "trino.execution.execution_time.one_minute.p95";

  @Metric(
      type = MetricType.GAUGE,
      unit = "split",
      interval = 10,
      shortName = "executor blocked splits",
      description = "Blocked splits count."
  )
  public static final String EXECUTION_EXECUTOR_BLOCKED_SPLITS = "trino.execution.executor.blocked_splits";

  @Metric(
      type = MetricType.GAUGE,
      unit = "split",
      interval = 10,
      shortName = "executor running splits",
      description = "Running splits count."
  )
  public static final String EXECUTION_EXECUTOR_RUNNING_SPLITS = "trino.execution.executor.running_splits";

  @Metric(
      type = MetricType.GAUGE,
      unit = "split",
      interval = 10,
      shortName = "executor total splits",
      description = "Total splits count."
  )
  public static final String EXECUTION_EXECUTOR_TOTAL_SPLITS = "trino.execution.executor.total_splits";

  @Metric(
      type = MetricType.GAUGE,
      unit = "split",
      interval = 10,
      shortName = "executor waiting splits",
      description = "Waiting splits count."
  )
  public static final String EXECUTION_EXECUTOR_WAITING_SPLITS = "trino.execution.executor.waiting_splits";

  @Metric(
      type = MetricType.GAUGE,
      unit = "task",
      interval = 10,
      shortName = "executor queued tasks",
      description = "Queued task count."
  )
  public static final String EXECUTION_EXECUTOR_PROCESSOR_EXECUTOR_QUEUED_TASK_COUNT = "trino.execution.executor.processor_executor.queued_task_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "external failures one minute count",
      description = "Failed queries (external) - one minute count."
  )
  public static final String EXECUTION_EXTERNAL_FAILURES_ONE_MINUTE_COUNT = "trino.execution.external_failures.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "external failures one minute rate",
      description = "Failed queries (external) - one minute failures per second."
  )
  public static final String EXECUTION_EXTERNAL_FAILURES_ONE_MINUTE_RATE = "trino.execution.external_failures.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "external failures total count",
      description = "Failed queries (external) - total count."
  )
  public static final String EXECUTION_EXTERNAL_FAILURES_TOTAL_COUNT = "trino.execution.external_failures.total_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "failed queries one minute count",
      description = "Failed queries - one minute count."
  )
  public static final String EXECUTION_FAILED_QUERIES_ONE_MINUTE_COUNT = "trino.execution.failed_queries.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "failed queries one minute rate",
      description = "Failed queries - one minute queries per second."
  )
  public static final String EXECUTION_FAILED_QUERIES_ONE_MINUTE_RATE = "trino.execution.failed_queries.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "failed queries total count",
      description = "Failed queries - total count."
  )
  public static final String EXECUTION_FAILED_QUERIES_TOTAL_COUNT = "trino.execution.failed_queries.total_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "internal failures one minute count",
      description = "Failed queries (internal) - one minute count."
  )
  public static final String EXECUTION_INTERNAL_FAILURES_ONE_MINUTE_COUNT = "trino.execution.internal_failures.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "internal failures one minute rate",
      description = "Failed queries (internal) - one minute queries per second."
  )
  public static final String EXECUTION_INTERNAL_FAILURES_ONE_MINUTE_RATE = "trino.execution.internal_failures.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "internal failures total count",
      description = "Failed queries (internal) - total count."
  )
  public static final String EXECUTION_INTERNAL_FAILURES_TOTAL_COUNT = "trino.execution.internal_failures.total_count";

  @Metric(
      type = MetricType.GAUGE,
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "insufficient resources failures one minute count",
      description = "Insufficient resources failures one minute count."
  )
  public static final String EXECUTION_INSUFFICIENT_RESOURCES_FAILURES_ONE_MINUTE_COUNT = "trino.execution.insufficient_resources_failures.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "insufficient resources failures one minute rate",
      description = "Insufficient resources failures one minute failures per second."
  )
  public static final String EXECUTION_INSUFFICIENT_RESOURCES_FAILURES_ONE_MINUTE_RATE = "trino.execution.insufficient_resources_failures.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "insufficient resources failures total count",
      description = "Insufficient resources failures total count."
  )
  public static final String EXECUTION_INSUFFICIENT_RESOURCES_FAILURES_TOTAL_COUNT = "trino.execution.insufficient_resources_failures.total_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      shortName = "running queries",
      description = "Active queries."
  )
  public static final String EXECUTION_RUNNING_QUERIES = "trino.execution.running_queries";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      shortName = "started queries one minute count",
      description = "Queries started - one minute count."
  )
  public static final String EXECUTION_STARTED_QUERIES_ONE_MINUTE_COUNT = "trino.execution.started_queries.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      perUnit = "second",
      interval = 10,
      shortName = "started queries one minute rate",
      description = "Queries started - one minute queries per second."
  )
  public static final String EXECUTION_STARTED_QUERIES_ONE_MINUTE_RATE = "trino.execution.started_queries.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      shortName = "started queries total count",
      description = "Queries started - total count."
  )
  public static final String EXECUTION_STARTED_QUERIES_TOTAL_COUNT = "trino.execution.started_queries.total_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "user error failures one minute count",
      description = "Failed queries (user error) - one minute count."
  )
  public static final String EXECUTION_USER_ERROR_FAILURES_ONE_MINUTE_COUNT = "trino.execution.user_error_failures.one_minute.count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      perUnit = "second",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "user error failures one minute rate",
      description = "Failed queries (user error) - one minute queries per second."
  )
  public static final String EXECUTION_USER_ERROR_FAILURES_ONE_MINUTE_RATE = "trino.execution.user_error_failures.one_minute.rate";

  @Metric(
      type = MetricType.GAUGE,
      unit = "query",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      shortName = "user error failures total count",
      description = "Failed queries (user error) - total count."
  )
  public static final String EXECUTION_USER_ERROR_FAILURES_TOTAL_COUNT = "trino.execution.user_error_failures.total_count";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      shortName = "input data rate one minute avg",
      description = "Input data rate (bytes) - one minute average."
  )
  public static final String EXECUTION_WALL_INPUT_BYTES_RATE_ONE_MINUTE_AVG = "trino.execution.wall_input_bytes_rate.one_minute.avg";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      shortName = "input data rate one minute max",
      description = "Input data rate (bytes) - one minute max."
  )
  public static final String EXECUTION_WALL_INPUT_BYTES_RATE_ONE_MINUTE_MAX = "trino.execution.wall_input_bytes_rate.one_minute.max";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      shortName = "input data rate one minute min",
      description = "Input data rate (bytes) - one minute min."
  )
  public static final String EXECUTION_WALL_INPUT_BYTES_RATE_ONE_MINUTE_MIN = "trino.execution.wall_input_bytes_rate.one_minute.min";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      shortName = "input data rate one minute p75",
      description = "Input data rate (bytes) - one minute p75."
  )
  public static final String EXECUTION_WALL_INPUT_BYTES_RATE_ONE_MINUTE_P75 = "trino.execution.wall_input_bytes_rate.one_minute.p75";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      perUnit = "second",
      interval = 10,
      shortName = "input data rate one minute p95",
      description = "Input data rate (bytes) - one minute p95."
  )
  public static final String EXECUTION_WALL_INPUT_BYTES_RATE_ONE_MINUTE_P95 = "trino.execution.wall_input_bytes_rate.one_minute.p95";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      description = "Memory (assigned queries)."
  )
  public static final String MEMORY_ASSIGNED_QUERIES = "trino.memory.assigned_queries";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      description = "Memory (blocked nodes)."
  )
  public static final String MEMORY_BLOCKED_NODES = "trino.memory.blocked_nodes";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      description = "Memory (free distributed bytes)."
  )
  public static final String MEMORY_FREE_DISTRIBUTED_BYTES = "trino.memory.free_distributed_bytes";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      description = "Memory (nodes)."
  )
  public static final String MEMORY_NODES = "trino.memory.nodes";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      emittedEveryRun = true,
      description = "Memory (reserved distributed bytes)."
  )
  public static final String MEMORY_RESERVED_DISTRIBUTED_BYTES = "trino.memory.reserved_distributed_bytes";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      description = "Memory (reserved revocable distributed bytes)."
  )
  public static final String MEMORY_RESERVED_REVOCABLE_DISTRIBUTED_BYTES = "trino.memory.reserved_revocable_distributed_bytes";

  @Metric(
      type = MetricType.GAUGE,
      unit = "byte",
      interval = 10,
      orientation = Orientation.LOWER_IS_BETTER,
      description = "Memory (total distributed bytes)."
  )
  public static final String MEMORY_TOTAL_DISTRIBUTED_BYTES = "trino.memory.total_distributed_bytes";

  private TrinoCheck() {
  }
}
