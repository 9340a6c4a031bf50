package io.github.ddassets.cli;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddassets render}: turns a spec.yaml into its example files, as ddev does. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render the example configuration files (conf.yaml.example, auto_conf.yaml...) of a"
          + " spec.yaml.",
      "A spec with findings is still rendered as far as possible; the findings go to stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:rendered without findings", "1:the spec has errors", "2:usage error"})
final class RenderCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "ddev's spec templates folder, looked up before ddassets' built-in templates.")
  Path templates;

  @Option(
      names = "--integration",
      paramLabel = "NAME",
      description =
          "The integration's name (it names the expected config file); by default the folder that"
              + " holds the spec (the integration folder for assets/configuration/spec.yaml).")
  String integration;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write each example file into DIR instead of printing it.")
  Path out;

  @Parameters(paramLabel = "SPEC", description = "The spec.yaml file.")
  Path specFile;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(specFile)) {
      throw new CommandLine.ParameterException(spec.commandLine(), specFile + " is not a file");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    String shown = specFile.toString();
    String text;
    try {
      text = TextFiles.readUtf8(specFile);
    } catch (IOException e) {
      stderr.println(
          TextFiles.origin(e, shown).describe()
              + ": error: cannot read the spec: "
              + TextFiles.describe(e));
      return 1;
    }
    SpecRendering.Result result =
        SpecRendering.render(
            text,
            shown,
            integrationName(),
            TemplateOption.templates(templates, spec.commandLine()));
    for (RenderedExample example : result.examples()) {
      if (out == null) {
        if (result.examples().size() > 1) {
          stdout.println("# ==> " + example.exampleName() + " <==");
        }
        stdout.print(example.text());
      } else {
        write(example, stderr);
      }
    }
    stdout.flush();
    Report report = Report.of(Profile.DDEV, result.findings());
    for (Report.Item item : report.items()) {
      stderr.println(
          location(item.finding()) + ": " + item.severity().id() + ": " + item.finding().text());
    }
    return report.hasErrors() ? 1 : 0;
  }

  private String integrationName() {
    if (integration != null) {
      return integration;
    }
    Path absolute = specFile.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (folder != null
        && folder.endsWith(Path.of("assets", "configuration"))
        && folder.getParent().getParent() != null) {
      folder = folder.getParent().getParent();
    }
    return folder == null || folder.getFileName() == null
        ? "conf"
        : folder.getFileName().toString();
  }

  private void write(RenderedExample example, PrintWriter stderr) {
    Path target = out.resolve(example.exampleName()).normalize();
    if (!target.startsWith(out.normalize())) {
      stderr.println("refusing to write " + example.exampleName() + " outside " + out);
      return;
    }
    try {
      Files.createDirectories(out);
      Files.writeString(target, example.text(), StandardCharsets.UTF_8);
      stderr.println("wrote " + target);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot write " + target + ": " + TextFiles.describe(e));
    }
  }

  private static String location(Finding finding) {
    return finding.origin() instanceof FileOrigin file
        ? file.describe()
        : finding.origin().describe();
  }
}
