package io.github.ddassets.cli;

import io.github.ddassets.core.output.CommittedAssets;
import io.github.ddassets.core.output.GeneratedFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code ddassets verify}: fails when the committed copy of the generated files is stale, as the
 * processor's {@code ddassets.verify} option does.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check that the committed copy of generated asset files is up to date.",
      "GENERATED is a build's class output (target/classes), its META-INF/datadog folder or one"
          + " integration's generated folder; COMMITTED holds one folder per integration"
          + " (COMMITTED/acme/metadata.csv...).",
      "Each stale file is shown with a unified diff of its first differences; line endings of"
          + " the committed copy are ignored. When the build writes only manifest.fragment.json,"
          + " a committed hand-written manifest.json must agree with it on the keys the code owns."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the committed copy is up to date",
      "1:a committed file is missing or differs",
      "2:usage error"
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin CopyArguments folders;

  @Override
  public Integer call() {
    List<GeneratedFiles> all = GeneratedInput.read(folders.generated, spec.commandLine());
    if (!Files.isDirectory(folders.committed)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), folders.committed + " is not a folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    CommittedAssets copy = new CommittedAssets(folders.committed);
    String folder = folders.committed.toString();
    List<String> problems = new ArrayList<>();
    for (GeneratedFiles files : all) {
      problems.addAll(copy.problems(files, folder));
    }
    problems.forEach(problem -> out.println("error: [verify] " + problem));
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    String checked = all.size() + (all.size() == 1 ? " integration" : " integrations");
    if (problems.isEmpty()) {
      err.println("Checked " + checked + ": the committed copy in " + folder + " is up to date.");
      return 0;
    }
    err.println(
        "Checked "
            + checked
            + ": "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in "
            + folder
            + ".");
    err.println(
        "To update the committed copy: ddassets sync "
            + folders.generated
            + " "
            + folders.committed);
    return 1;
  }
}
