package io.github.ddassets.cli.imports;

import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Applies;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an import does with each error ddev reports in a folder. A defect the annotations can state
 * is carried into the Java as it is, so that the build refuses it where the author fixes it; a
 * defect no annotation can state is left out of the Java, and a note says which file then differs;
 * anything else (a file that cannot be read) stops the import.
 */
final class FolderDefects {

  /**
   * Defects ddev reports that no annotation states: the generated files drop them, which is what
   * ddev asks for, and a note names the file that then differs.
   */
  private static final Set<Rule> LEFT_OUT =
      EnumSet.of(
          Rule.MANIFEST_METADATA_PATH_MISSING,
          Rule.SPEC_OPTION_UNKNOWN_KEY,
          Rule.SPEC_VALUE_UNKNOWN_KEY);

  private final List<Finding> carried = new ArrayList<>();
  private final List<Finding> leftOut = new ArrayList<>();
  private final List<Finding> refusals = new ArrayList<>();

  /** Sorts the errors of a folder. */
  static FolderDefects of(List<Finding> errors) {
    FolderDefects defects = new FolderDefects();
    for (Finding error : errors) {
      if (LEFT_OUT.contains(error.rule())) {
        defects.leftOut.add(error);
      } else if (error.rule().applies() != Applies.FILES) {
        defects.carried.add(error);
      } else {
        defects.refusals.add(
            error.withHint(
                "no annotation can state this: correct it in the folder, then import again"));
      }
    }
    return defects;
  }

  /** Whether a rule's findings are left out of the imported Java rather than carried or refused. */
  static boolean leftOut(Rule rule) {
    return LEFT_OUT.contains(rule);
  }

  /** The defects the imported Java states, which the build will refuse. */
  List<Finding> carried() {
    return List.copyOf(carried);
  }

  /** The defects the imported Java leaves out. */
  List<Finding> leftOut() {
    return List.copyOf(leftOut);
  }

  /** The errors that stop the import, each with what to do. */
  List<Finding> refusals() {
    return List.copyOf(refusals);
  }

  /** Every defect the import reports as a warning: carried or left out. */
  List<Finding> reported() {
    List<Finding> all = new ArrayList<>(carried);
    all.addAll(leftOut);
    return all;
  }

  /** The places of the spec keys the import leaves out. */
  Set<Origin> droppedSpecKeys() {
    return Set.copyOf(
        leftOut.stream()
            .filter(
                finding ->
                    finding.rule() == Rule.SPEC_OPTION_UNKNOWN_KEY
                        || finding.rule() == Rule.SPEC_VALUE_UNKNOWN_KEY)
            .map(Finding::origin)
            .toList());
  }

  /** One note per left-out defect: the file that differs and how. */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    for (Finding finding : leftOut) {
      notes.add(
          switch (finding.rule()) {
            case MANIFEST_METADATA_PATH_MISSING ->
                "metadata.csv is not generated: the manifest declares no"
                    + " assets.integration.metrics.metadata_path, and ddev refuses a metadata.csv"
                    + " it does not declare";
            default ->
                "spec.yaml: "
                    + finding.message()
                    + ", which no @Param attribute states and ddev refuses: the generated"
                    + " spec.yaml leaves it out (conf.yaml.example never showed it)";
          });
    }
    return notes;
  }
}
