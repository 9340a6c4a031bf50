package io.github.ddassets.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerSetupTest {

  @TempDir Path classes;

  private final MavenProject project = new MavenProject();

  @Test
  void processorPath_inThePluginConfiguration_isFound() throws Exception {
    compiler(
        "3.14.0",
        "<configuration><annotationProcessorPaths><path>"
            + "<groupId>io.github.ddassets</groupId><artifactId>ddassets-processor</artifactId>"
            + "</path></annotationProcessorPaths></configuration>");

    CompilerSetup setup = CompilerSetup.of(project, classes);

    assertThat(setup).isEqualTo(new CompilerSetup("3.14.0", true, false, false, false));
  }

  @Test
  void settingsOfTheCompileExecution_count() throws Exception {
    Plugin plugin = compiler("3.1", null);
    PluginExecution execution = new PluginExecution();
    execution.setId("default-compile");
    execution.setConfiguration(
        Xpp3DomBuilder.build(
            new StringReader(
                "<configuration><compilerArgs><arg>-proc:none</arg></compilerArgs>"
                    + "</configuration>")));
    plugin.addExecution(execution);

    CompilerSetup setup = CompilerSetup.of(project, classes);

    assertThat(setup.compilerVersion()).isEqualTo("3.1");
    assertThat(setup.processingOff()).isTrue();
    assertThat(setup.processorPath()).isFalse();
  }

  @Test
  void procNone_andAPlainProcessorDependency_andCompiledClasses_areFound() throws Exception {
    compiler("3.14.0", "<configuration><proc>none</proc></configuration>");
    Dependency dependency = new Dependency();
    dependency.setGroupId("io.github.ddassets");
    dependency.setArtifactId("ddassets-processor");
    project.getDependencies().add(dependency);
    Files.createDirectories(classes.resolve("com/acme"));
    Files.write(classes.resolve("com/acme/AcmeCheck.class"), new byte[] {1});

    CompilerSetup setup = CompilerSetup.of(project, classes);

    assertThat(setup).isEqualTo(new CompilerSetup("3.14.0", false, true, true, true));
  }

  @Test
  void noCompilerPlugin_knowsNoVersion() throws IOException {
    CompilerSetup setup = CompilerSetup.of(project, classes.resolve("missing"));

    assertThat(setup).isEqualTo(new CompilerSetup("", false, false, false, false));
  }

  private Plugin compiler(String version, String configuration)
      throws IOException, XmlPullParserException {
    Plugin plugin = new Plugin();
    plugin.setGroupId("org.apache.maven.plugins");
    plugin.setArtifactId("maven-compiler-plugin");
    plugin.setVersion(version);
    if (configuration != null) {
      plugin.setConfiguration(Xpp3DomBuilder.build(new StringReader(configuration)));
    }
    project.getBuild().addPlugin(plugin);
    return plugin;
  }
}
