package io.github.ddassets.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * A module on disk, as the mojos see it: its POM's folder, the files the processor generated into
 * its class output, and a committed copy beside them.
 */
final class SampleModule {

  static final String METADATA =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
          + "integration,short_name,curated_metric\n"
          + "acme.queue.depth,gauge,,message,,Messages waiting in the queue.,0,acme,queue depth,\n";
  static final String SERVICE_CHECKS = "[]\n";
  static final String FRAGMENT =
      "{\"assets\": {\"integration\": {\"metrics\": {\"prefix\": \"acme.\"}}}}";
  static final String COORDINATES = "io.github.ddassets:ddassets-maven-plugin:1.2.3";

  final Path root;
  final MavenProject project;

  SampleModule(Path root) {
    this.root = root;
    project = new MavenProject();
    project.setFile(root.resolve("pom.xml").toFile());
    project.getBuild().setOutputDirectory(root.resolve("target/classes").toString());
    Plugin plugin = new Plugin();
    plugin.setGroupId("io.github.ddassets");
    plugin.setArtifactId("ddassets-maven-plugin");
    project.getBuild().addPlugin(plugin);
  }

  /** Writes what the processor would generate for integration {@code name}. */
  SampleModule generated(String name) throws IOException {
    Path folder = root.resolve("target/classes/META-INF/datadog").resolve(name);
    write(folder.resolve("metadata.csv"), METADATA.replace("acme", name));
    write(folder.resolve("assets/service_checks.json"), SERVICE_CHECKS);
    write(folder.resolve("manifest.fragment.json"), FRAGMENT.replace("acme", name));
    return this;
  }

  /** Writes a committed file, relative to the module's folder. */
  SampleModule committed(String relativePath, String text) throws IOException {
    write(root.resolve(relativePath), text);
    return this;
  }

  /** A committed copy equal to what {@link #generated} writes for {@code name}. */
  SampleModule upToDate(String name) throws IOException {
    committed("assets/" + name + "/metadata.csv", METADATA.replace("acme", name));
    return committed("assets/" + name + "/assets/service_checks.json", SERVICE_CHECKS);
  }

  /** Reads a file relative to the module's folder. */
  String read(String relativePath) throws IOException {
    return Files.readString(root.resolve(relativePath));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
