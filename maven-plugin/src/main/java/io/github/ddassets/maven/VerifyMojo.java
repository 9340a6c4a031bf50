package io.github.ddassets.maven;

import io.github.ddassets.core.output.CommittedAssets;
import io.github.ddassets.core.output.GeneratedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the committed copy of the generated asset files is stale.
 *
 * <p>The files the annotation processor wrote into the class output ({@code
 * META-INF/datadog/<integration>/}) are compared with the committed copy, file by file; line
 * endings of the committed copy are ignored. {@code manifest.fragment.json} is a build product and
 * is not compared. When the build writes no {@code manifest.json}, a committed hand-written one
 * must agree with the keys the code owns. A committed integration folder that the code no longer
 * declares (a renamed or deleted integration) fails the build too.
 *
 * <p>The failure shows a unified diff of each stale file and ends with the command that brings the
 * copy up to date ({@code mvn ddassets:sync}). Bound to the {@code verify} phase, the goal compares
 * whether or not javac recompiled anything in this build, unlike the processor's {@code
 * ddassets.verify} option.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends CommittedCopyMojo {

  @Override
  void run(ModuleFolder module, Path committed, List<GeneratedFiles> generated)
      throws MojoExecutionException, MojoFailureException {
    String shown = module.show(committed);
    MavenCommand command = command();
    if (!Files.isDirectory(committed)) {
      throw new MojoFailureException(
          "There is no committed copy of the generated asset files: "
              + shown
              + " is not a folder.\nTo create it, run: "
              + command.line(List.of(command.goal("sync"))));
    }
    List<String> problems = new ArrayList<>();
    CommittedAssets copy = new CommittedAssets(committed);
    for (GeneratedFiles files : generated) {
      problems.addAll(copy.problems(files, shown));
    }
    List<String> undeclared = undeclared(committed, generated, module);
    for (String name : undeclared) {
      problems.add(
          module.show(committed.resolve(name))
              + " holds an integration the code no longer declares (renamed or deleted).");
    }
    String names =
        generated.stream().map(GeneratedFiles::integration).collect(Collectors.joining(", "));
    if (problems.isEmpty()) {
      getLog().info("The committed copy in " + shown + " is up to date (" + names + ").");
      return;
    }
    throw new MojoFailureException(failure(shown, names, problems, command, !undeclared.isEmpty()));
  }

  @Override
  String rerun(MavenCommand command) {
    return command.line(List.of("clean", "verify"));
  }

  /** The failure: each problem, then one line telling how to fix them all. */
  private static String failure(
      String shown, String names, List<String> problems, MavenCommand command, boolean prune) {
    StringBuilder message =
        new StringBuilder("The committed copy in ")
            .append(shown)
            .append(" does not match the generated files of ")
            .append(names)
            .append(" (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem):" : " problems):");
    problems.forEach(problem -> message.append("\n").append(problem));
    List<String> sync = new ArrayList<>(List.of(command.goal("sync")));
    if (prune) {
      sync.add("-D" + SyncMojo.PRUNE + "=true");
    }
    message
        .append("\nTo update the committed copy")
        .append(prune ? " and remove the folders of undeclared integrations" : "")
        .append(", run: ")
        .append(command.line(sync));
    return message.toString();
  }
}
