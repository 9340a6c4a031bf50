package io.github.ddassets.cli;

import io.github.ddassets.core.output.CommittedAssets;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code ddassets sync}: brings the committed copy of the generated files up to date, as the
 * processor's {@code ddassets.sync} option does.
 */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Bring the committed copy of generated asset files up to date.",
      "GENERATED and COMMITTED are as for verify. Only files that differ are written, each"
          + " replaced atomically. manifest.fragment.json is a build product and is not copied; a"
          + " hand-written manifest.json is left alone."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the committed copy is up to date",
      "1:a file could not be written",
      "2:usage error"
    })
final class SyncCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin CopyArguments folders;

  @Override
  public Integer call() {
    List<GeneratedFiles> all = GeneratedInput.read(folders.generated, spec.commandLine());
    CommittedAssets copy = new CommittedAssets(folders.committed);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> written = new ArrayList<>();
    for (GeneratedFiles files : all) {
      try {
        written.addAll(copy.sync(files.without(GeneratedFiles.FRAGMENT)));
      } catch (IOException e) {
        written.forEach(path -> out.println("updated " + path));
        out.flush();
        err.println(
            "ddassets: cannot write the files of "
                + files.integration()
                + " to "
                + folders.committed
                + ": "
                + TextFiles.describe(e));
        return 1;
      }
    }
    written.forEach(path -> out.println("updated " + path));
    out.flush();
    err.println(
        written.isEmpty()
            ? "The committed copy in " + folders.committed + " was already up to date."
            : "Updated "
                + written.size()
                + (written.size() == 1 ? " file" : " files")
                + " in "
                + folders.committed
                + ".");
    return 0;
  }
}
