package io.github.ddassets.cli;

import io.github.ddassets.cli.imports.CheckClassNames;
import io.github.ddassets.cli.imports.ImportResult;
import io.github.ddassets.cli.imports.ImportWriter;
import io.github.ddassets.cli.imports.IntegrationImporter;
import io.github.ddassets.core.check.FindingPrinter;
import io.github.ddassets.core.check.OutputFormat;
import io.github.ddassets.core.check.Summary;
import io.github.ddassets.core.check.ValidatedFinding;
import io.github.ddassets.core.output.OutputRefusedException;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddassets import}: turns a hand-written integration folder into annotated Java. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Write the annotated Java that declares an integration folder: a check class with"
          + " @Integration, one @Metric constant per metadata.csv row and one @ServiceCheck"
          + " constant per service_checks.json entry, the manifest keys the annotations cannot"
          + " hold in a base manifest beside it, and configuration records from spec.yaml.",
      "FOLDER is an integration folder (repository layout, or all files side by side). It is"
          + " validated first (profile ddev): an error the annotations can state is imported as"
          + " it is and printed as a warning, since the build will refuse it until it is fixed in"
          + " the Java; a spec key ddev does not know is left out; a folder that cannot be read is"
          + " not imported and nothing is written."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the sources were written",
      "1:the folder cannot be imported; nothing was written",
      "2:usage error",
      "3:the sources were written, with the errors ddev reports in the folder (see the warnings)"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--package",
      required = true,
      paramLabel = "PACKAGE",
      description = "The Java package of the generated sources, such as com.acme.checks.")
  String javaPackage;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "The source root to write into, such as src/main/java; files already there with the"
              + " same names are replaced.")
  Path out;

  @Option(
      names = "--class",
      paramLabel = "NAME",
      description =
          "The check class's simple name (default: from the folder's name, acme_cloud →"
              + " AcmeCloudCheck).")
  String className;

  @Option(
      names = "--javadoc",
      description =
          "Write descriptions as the constants' Javadoc instead of description attributes (when"
              + " the processor reads them back unchanged).")
  boolean javadoc;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "ddev's spec templates folder, to check the spec with (default: built-in).")
  Path templates;

  @Option(
      names = "--repo-config",
      paramLabel = "FILE",
      description =
          "The repository's .ddev/config.toml, for the metric prefix of an integration without"
              + " manifest (found next to FOLDER when not given).")
  Path repoConfig;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "How findings are printed: text, json or github (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Parameters(paramLabel = "FOLDER", description = "The integration folder.")
  String folder;

  @Override
  public Integer call() {
    if (!CheckClassNames.isPackageName(javaPackage)) {
      throw usage("--package " + javaPackage + " is not a Java package name");
    }
    if (className != null && !SourceVersion.isIdentifier(className)
        || className != null && SourceVersion.isKeyword(className)) {
      throw usage("--class " + className + " is not a Java class name");
    }
    Path path = Path.of(folder);
    Optional<IntegrationFolder> detected = IntegrationFolder.detect(path);
    if (detected.isEmpty()) {
      throw usage(
          folder
              + " is not an integration folder (no manifest.json, metadata.csv, service_checks.json"
              + " or spec.yaml)");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw usage("--out " + out + " is not a folder");
    }
    IntegrationImporter importer =
        new IntegrationImporter(
            TemplateOption.templates(templates, spec.commandLine()),
            RepoConfigOption.overrides(repoConfig, path, spec.commandLine()),
            javadoc);
    DisplayPaths displayPaths = new DisplayPaths(path, folder);
    ImportResult result =
        importer.importFolder(
            detected.get(), displayPaths, javaPackage, Optional.ofNullable(className));
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (result.refused()) {
      List<ValidatedFinding> findings =
          result.findings().stream()
              .map(finding -> ValidatedFinding.of(finding, Severity.ERROR))
              .toList();
      Summary summary = Summary.of(Profile.DDEV, 1, findings);
      FindingPrinter.forFormat(format).print(findings, summary, stdout);
      stdout.flush();
      err.println(summary.line());
      err.println("Nothing was written: fix the errors, then import again.");
      return 1;
    }
    List<Path> written;
    try {
      written = ImportWriter.write(out, result.files());
    } catch (OutputRefusedException e) {
      // Something in --out stands in the way (a link, a folder): the output path is wrong.
      throw usage(e.getMessage() + ". Nothing was written.");
    } catch (IOException e) {
      err.println("ddassets: cannot write into " + out + ": " + TextFiles.describe(e));
      return 1;
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    List<ValidatedFinding> defects =
        result.defects().stream()
            .map(finding -> ValidatedFinding.of(finding, Severity.WARNING))
            .toList();
    if (!defects.isEmpty()) {
      FindingPrinter.forFormat(format).print(defects, Summary.of(Profile.DDEV, 1, defects), stdout);
    }
    result.notes().forEach(note -> err.println("note: " + note));
    Path root = out.toAbsolutePath().normalize();
    for (Path file : written) {
      stdout.println(out.resolve(root.relativize(file)).toString().replace('\\', '/'));
    }
    stdout.flush();
    err.println(
        "Imported " + detected.get().name() + ": " + written.size() + " files written in " + out);
    if (defects.isEmpty()) {
      return 0;
    }
    err.println(
        defects.size()
            + (defects.size() == 1 ? " error" : " errors")
            + " that ddev reports in the folder came along (printed above as warnings): the build"
            + " refuses those the Java states until they are fixed there; the notes say what was"
            + " left out.");
    return DEFECTS_IMPORTED;
  }

  /** The exit status of an import that wrote the sources of a folder with ddev errors. */
  static final int DEFECTS_IMPORTED = 3;

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
