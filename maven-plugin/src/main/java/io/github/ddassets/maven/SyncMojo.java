package io.github.ddassets.maven;

import io.github.ddassets.core.output.CommittedAssets;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Brings the committed copy of the generated asset files up to date: {@code mvn ddassets:sync}.
 *
 * <p>Writes every generated file whose committed copy is missing or differs (line endings aside),
 * each through a temporary file so that none is ever left half-written, and lists what it wrote.
 * {@code manifest.fragment.json} is a build product and is not copied; a hand-written {@code
 * manifest.json} is left alone. The files are read from the class output, so run the goal after a
 * build that compiled the module ({@code mvn verify} failing on a stale copy leaves them there).
 *
 * <p>A committed integration folder that the code no longer declares (a renamed or deleted
 * integration) is reported, and removed with {@code -Dddassets.prune=true}.
 */
@Mojo(name = "sync", threadSafe = true)
public class SyncMojo extends CommittedCopyMojo {

  /** The user property of {@link #prune}. */
  static final String PRUNE = "ddassets.prune";

  /**
   * Removes the committed integration folders that the code no longer declares. Only folders
   * directly inside {@code assets} that hold asset files are removed; symbolic links are deleted,
   * never followed.
   */
  @Parameter(property = PRUNE, defaultValue = "false")
  boolean prune;

  @Override
  void run(ModuleFolder module, Path committed, List<GeneratedFiles> generated)
      throws MojoExecutionException {
    String shown = module.show(committed);
    CommittedAssets copy = new CommittedAssets(committed);
    List<String> written = new ArrayList<>();
    for (GeneratedFiles files : generated) {
      try {
        written.addAll(copy.sync(files.without(GeneratedFiles.FRAGMENT)));
      } catch (IOException e) {
        report(written, module, committed);
        throw new MojoExecutionException(
            "Cannot write the files of "
                + files.integration()
                + " to "
                + shown
                + ": "
                + TextFiles.describe(e));
      }
    }
    report(written, module, committed);
    MavenCommand command = command();
    for (String name : undeclared(committed, generated, module)) {
      String folder = module.show(committed.resolve(name));
      if (prune) {
        remove(committed, name, folder);
      } else {
        getLog()
            .warn(
                folder
                    + " holds an integration the code no longer declares (renamed or deleted): to"
                    + " remove it, run: "
                    + command.line(List.of(command.goal("sync"), "-D" + PRUNE + "=true")));
      }
    }
    if (written.isEmpty()) {
      getLog().info("The committed copy in " + shown + " was already up to date.");
    } else {
      getLog()
          .info(
              "Updated "
                  + written.size()
                  + (written.size() == 1 ? " file" : " files")
                  + " in "
                  + shown
                  + ".");
    }
  }

  @Override
  String rerun(MavenCommand command) {
    return command.line(List.of("clean", "compile", command.goal("sync")));
  }

  /** Lists the files written, as paths relative to the module. */
  private void report(List<String> written, ModuleFolder module, Path committed) {
    written.forEach(path -> getLog().info("Updated " + module.show(committed.resolve(path))));
  }

  private void remove(Path committed, String name, String folder) throws MojoExecutionException {
    try {
      UndeclaredFolders.remove(committed, name);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot remove " + folder + ": " + TextFiles.describe(e));
    }
    getLog()
        .info("Removed " + folder + ": the code no longer declares an integration " + name + ".");
  }
}
