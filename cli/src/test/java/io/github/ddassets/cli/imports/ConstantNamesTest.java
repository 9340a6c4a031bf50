package io.github.ddassets.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstantNamesTest {

  @Test
  void prefix_isStripped_andWordsJoinedInUpperCase() {
    ConstantNames names = new ConstantNames();

    assertThat(names.allocate("jvm.heap.used", "jvm.", "METRIC")).isEqualTo("HEAP_USED");
    assertThat(names.allocate("jvm.gc.pauseTime", "jvm.", "METRIC")).isEqualTo("GC_PAUSE_TIME");
    assertThat(names.allocate("jvm.threads-live..count", "jvm.", "METRIC"))
        .isEqualTo("THREADS_LIVE_COUNT");
  }

  @Test
  void collisions_getTheFirstFreeSuffix_inCallOrder() {
    ConstantNames names = new ConstantNames();

    assertThat(names.allocate("acme.queue.depth", "acme.", "METRIC")).isEqualTo("QUEUE_DEPTH");
    assertThat(names.allocate("acme.queue_depth", "acme.", "METRIC")).isEqualTo("QUEUE_DEPTH_2");
    assertThat(names.allocate("acme.queue-depth", "acme.", "METRIC")).isEqualTo("QUEUE_DEPTH_3");
    assertThat(names.allocate("acme.queue.depth", "acme.", "CHECK")).isEqualTo("QUEUE_DEPTH_4");
  }

  @Test
  void digitsAndEmptyNames_getTheFallback() {
    ConstantNames names = new ConstantNames();

    assertThat(names.allocate("acme.5xx", "acme.", "METRIC")).isEqualTo("METRIC_5XX");
    assertThat(names.allocate("acme.", "acme.", "METRIC")).isEqualTo("ACME");
    assertThat(names.allocate("...", "", "CHECK")).isEqualTo("CHECK");
    assertThat(names.allocate("other.metric", "acme.", "METRIC")).isEqualTo("OTHER_METRIC");
  }

  @Test
  void checkClassNames_comeFromTheIntegrationName() {
    assertThat(CheckClassNames.checkClass("acme")).isEqualTo("AcmeCheck");
    assertThat(CheckClassNames.checkClass("acme_cloud")).isEqualTo("AcmeCloudCheck");
    assertThat(CheckClassNames.checkClass("f5-distributed-cloud"))
        .isEqualTo("F5DistributedCloudCheck");
    assertThat(CheckClassNames.checkClass("1e")).isEqualTo("Integration1eCheck");
    assertThat(CheckClassNames.isPackageName("com.acme.checks")).isTrue();
    assertThat(CheckClassNames.isPackageName("com.acme.1st")).isFalse();
    assertThat(CheckClassNames.isPackageName("com.class")).isFalse();
    assertThat(CheckClassNames.isPackageName("")).isFalse();
  }

  @Test
  void javadoc_holdsOnlyWhatTheProcessorReadsBackUnchanged() {
    assertThat(Descriptions.javadocSafe("Messages waiting in the queue.")).isTrue();
    assertThat(Descriptions.javadocSafe("Uses `code`, a < b & more.")).isTrue();
    // The processor reads Javadoc HTML as markup (tags dropped, entities decoded).
    assertThat(Descriptions.javadocSafe("Uses <b>HTML</b>.")).isFalse();
    assertThat(Descriptions.javadocSafe("Tom &amp; Jerry.")).isFalse();
    assertThat(Descriptions.javadocSafe("Two  spaces.")).isFalse();
    assertThat(Descriptions.javadocSafe("Two\\nlines.")).isTrue();
    assertThat(Descriptions.javadocSafe("Two\nlines.")).isFalse();
    assertThat(Descriptions.javadocSafe(" Leading space.")).isFalse();
    assertThat(Descriptions.javadocSafe("@since a tag")).isFalse();
    assertThat(Descriptions.javadocSafe("An {@code inline} tag.")).isFalse();
    assertThat(Descriptions.javadocSafe("Ends a comment */ here.")).isFalse();
    assertThat(Descriptions.javadocSafe("A unicode escape \\u0041.")).isFalse();
  }
}
