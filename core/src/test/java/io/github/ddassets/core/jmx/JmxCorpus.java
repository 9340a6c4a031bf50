package io.github.ddassets.core.jmx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The thirteen real JMX integrations of ../shared: nine of integrations-core, four of extras. */
final class JmxCorpus {

  static final List<String> CORE =
      List.of(
          "activemq", "hive", "hivemq", "ignite", "jboss_wildfly", "presto", "solr", "sonarqube",
          "weblogic");
  static final List<String> EXTRAS = List.of("hbase_master", "hbase_regionserver", "resin", "trino");

  private JmxCorpus() {}

  /** The integration folders, core first, each in name order. */
  static List<Path> folders(Path shared) {
    List<Path> folders = new ArrayList<>();
    CORE.forEach(name -> folders.add(shared.resolve("corpus/jmx-core").resolve(name)));
    EXTRAS.forEach(name -> folders.add(shared.resolve("corpus/integrations-extras").resolve(name)));
    return folders;
  }
}
