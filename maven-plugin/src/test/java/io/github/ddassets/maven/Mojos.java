package io.github.ddassets.maven;

import java.io.File;

/** Sets a mojo's parameters as Maven would for a sample module. */
final class Mojos {

  private Mojos() {}

  /** The defaults of the committed-copy goals, with the build started in the module's folder. */
  static void configure(CommittedCopyMojo mojo, SampleModule module, RecordingLog log) {
    mojo.project = module.project;
    mojo.executionRoot = module.root.toString();
    mojo.pluginCoordinates = SampleModule.COORDINATES;
    mojo.assets = module.root.resolve("assets").toFile();
    mojo.classesDirectory = new File(module.project.getBuild().getOutputDirectory());
    mojo.setLog(log);
  }
}
