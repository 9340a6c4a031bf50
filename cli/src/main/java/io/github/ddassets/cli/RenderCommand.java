package io.github.ddassets.cli;

import io.github.ddassets.core.config.ExampleNames;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.output.OutputFolder;
import io.github.ddassets.core.output.OutputRefusedException;
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
import java.util.List;
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
    OutputFolder folder = out == null ? null : outputFolder();
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
    if (folder != null) {
      checkTargets(folder, result.examples());
    }
    for (RenderedExample example : result.examples()) {
      if (out == null) {
        if (result.examples().size() > 1) {
          stdout.println("# ==> " + example.exampleName() + " <==");
        }
        stdout.print(example.text());
      } else {
        write(folder, example, stderr);
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

  /** The --out folder, checked before anything is rendered. */
  private OutputFolder outputFolder() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw usage("--out " + out + " is not a folder");
    }
    try {
      return OutputFolder.of(out);
    } catch (IOException e) {
      throw usage("cannot use --out " + out + ": " + TextFiles.describe(e));
    }
  }

  /** Refuses a link or a folder in the way of any example file before the first is written. */
  private void checkTargets(OutputFolder folder, List<RenderedExample> examples) {
    for (RenderedExample example : examples) {
      if (writable(example)) {
        try {
          folder.check(example.exampleName());
        } catch (OutputRefusedException e) {
          throw usage(e.getMessage() + ". Nothing was written.");
        } catch (IOException e) {
          throw usage("cannot write " + shown(example) + ": " + TextFiles.describe(e));
        }
      }
    }
  }

  /**
   * Whether the example's name is a plain file name. When it is not, the spec's loader reported it,
   * located at the example_name, as spec-file-invalid: such a name is never a path to write.
   */
  private static boolean writable(RenderedExample example) {
    return ExampleNames.problem(example.exampleName()).isEmpty();
  }

  private Path shown(RenderedExample example) {
    return out.resolve(example.exampleName()).normalize();
  }

  private void write(OutputFolder folder, RenderedExample example, PrintWriter stderr) {
    if (!writable(example)) {
      return;
    }
    Path shown = shown(example);
    try {
      folder.write(example.exampleName(), example.text().getBytes(StandardCharsets.UTF_8));
      stderr.println("wrote " + shown);
    } catch (OutputRefusedException e) {
      throw usage(e.getMessage());
    } catch (IOException e) {
      throw usage("cannot write " + shown + ": " + TextFiles.describe(e));
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static String location(Finding finding) {
    return finding.origin() instanceof FileOrigin file
        ? file.describe()
        : finding.origin().describe();
  }
}
