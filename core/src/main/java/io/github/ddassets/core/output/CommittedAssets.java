package io.github.ddassets.core.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.github.ddassets.core.manifest.FragmentDifference;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestFragment;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.Parsed;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The copy of generated files that a repository commits, in a folder that holds one sub-folder per
 * integration ({@code <root>/<integration>/metadata.csv}...): checking it against the generated
 * files, and bringing it up to date.
 */
public final class CommittedAssets {

  /** How many diff lines a drift message shows at most. */
  static final int MAX_DIFF_LINES = 40;

  private final Path given;
  private final Path root;

  /**
   * @param root the folder holding one folder per integration
   */
  public CommittedAssets(Path root) {
    this.given = root;
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * The generated files whose committed copy is missing or different. Line endings of the committed
   * copy are ignored, so a checkout with CRLF line ends still matches.
   *
   * @throws IOException when a committed file exists but cannot be read
   */
  public List<Drift> drift(GeneratedFiles generated) throws IOException {
    List<Drift> drifts = new ArrayList<>();
    for (Map.Entry<String, String> file : generated.files().entrySet()) {
      Path committed = target(generated.integration(), file.getKey());
      String shown = generated.integration() + "/" + file.getKey();
      if (!Files.isRegularFile(committed)) {
        drifts.add(new Drift(file.getKey(), shown, true, ""));
        continue;
      }
      String actual = TextFiles.universalNewlines(TextFiles.readUtf8(committed));
      if (!actual.equals(file.getValue())) {
        drifts.add(
            new Drift(file.getKey(), shown, false, unifiedDiff(shown, actual, file.getValue())));
      }
    }
    return drifts;
  }

  /**
   * Everything that keeps the committed copy of one integration from matching a build, one sentence
   * per problem, naming the committed folder as {@code shownFolder}: each generated file whose copy
   * is missing or differs, with a unified diff ({@code manifest.fragment.json} aside: it is a build
   * product, never committed), and, when the build wrote no manifest.json, each way a committed
   * hand-written manifest disagrees with the keys the code owns. Empty when the copy is up to date.
   *
   * @param generated the integration's generated files, the fragment included
   * @param shownFolder how messages name this folder
   */
  public List<String> problems(GeneratedFiles generated, String shownFolder) {
    GeneratedFiles committedView = generated.without(GeneratedFiles.FRAGMENT);
    List<String> problems = new ArrayList<>();
    try {
      for (Drift drift : drift(committedView)) {
        problems.add(drift.describe(shownFolder));
      }
    } catch (IOException e) {
      problems.add(
          "cannot read the committed files in " + shownFolder + ": " + TextFiles.describe(e));
    }
    if (!committedView.files().containsKey(GeneratedFiles.MANIFEST)) {
      fragment(generated)
          .ifPresent(
              fragment ->
                  manifestDisagreements(generated.integration(), fragment.root()).stream()
                      .map(disagreement -> disagreement.describe(shownFolder))
                      .forEach(problems::add));
    }
    return problems;
  }

  /** The generated fragment, when there is one that reads as a JSON object. */
  private static Optional<Manifest> fragment(GeneratedFiles generated) {
    String text = generated.files().get(GeneratedFiles.FRAGMENT);
    return text == null
        ? Optional.empty()
        : ManifestReader.parse(text, generated.integration() + "/" + GeneratedFiles.FRAGMENT)
            .value();
  }

  /**
   * How a committed, hand-written manifest.json disagrees with the keys the code owns (the
   * fragment), one item per differing JSON pointer; empty when it agrees or when no manifest is
   * committed.
   */
  public List<ManifestDisagreement> manifestDisagreements(String integration, ObjectNode fragment) {
    Path file = target(integration, GeneratedFiles.MANIFEST);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    String shown = integration + "/" + GeneratedFiles.MANIFEST;
    Parsed<Manifest> parsed = ManifestReader.read(file, shown);
    if (parsed.value().isEmpty()) {
      return List.of(new ManifestDisagreement(shown, ": " + parsed.findings().get(0).text()));
    }
    Manifest manifest = parsed.value().get();
    List<ManifestDisagreement> disagreements = new ArrayList<>();
    for (FragmentDifference difference : ManifestFragment.compare(manifest.root(), fragment)) {
      disagreements.add(
          new ManifestDisagreement(
              manifest.origin(difference.pointer()).describe(),
              " disagrees with the code: " + difference.describe()));
    }
    return disagreements;
  }

  /**
   * Writes every generated file whose committed copy differs (as {@link #drift} compares them, so a
   * CRLF checkout is left alone), each through a temporary file so that no file is ever left
   * half-written. Returns the relative paths written.
   *
   * <p>Every write stays inside the committed folder, as {@link OutputFolder} decides: the folder
   * itself may be reached through a link, but a link below it (an integration's folder, a
   * sub-folder or a file) is refused, never followed, and so is a folder where a file goes. Every
   * file is checked before the first one is written, so a refusal leaves the copy as it was.
   *
   * @throws OutputRefusedException when a link or a folder is in the way; its message names it
   * @throws IOException when a file cannot be written
   */
  public List<String> sync(GeneratedFiles generated) throws IOException {
    OutputFolder folder = OutputFolder.of(given);
    Map<String, String> stale = new LinkedHashMap<>();
    for (Map.Entry<String, String> file : generated.files().entrySet()) {
      target(generated.integration(), file.getKey());
      String name = generated.integration() + "/" + file.getKey();
      Path target = folder.check(name);
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
          || !holds(target, file.getValue())) {
        stale.put(name, file.getValue());
      }
    }
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, String> file : stale.entrySet()) {
      folder.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
      written.add(file.getKey());
    }
    return written;
  }

  /** Whether a committed file holds the text, line endings aside; an unreadable one does not. */
  private static boolean holds(Path committed, String text) {
    try {
      return TextFiles.universalNewlines(TextFiles.readUtf8(committed)).equals(text);
    } catch (IOException e) {
      return false;
    }
  }

  /** A file's path in the integration's committed folder, refusing a name that leaves it. */
  private Path target(String integration, String relativePath) {
    Optional<String> problem = OutputFolder.problem(relativePath);
    Path target = root.resolve(integration).resolve(relativePath).normalize();
    if (problem.isPresent() || !target.startsWith(root.resolve(integration))) {
      throw new IllegalArgumentException(
          "refusing to write outside "
              + root
              + ": "
              + relativePath
              + problem.map(reason -> " (" + reason + ")").orElse(""));
    }
    return target;
  }

  /** The lines of a text; a final line break does not start another line. */
  private static List<String> lines(String text) {
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return Arrays.asList(body.split("\n", -1));
  }

  /** A unified diff from the committed text to the generated one, cut to its first lines. */
  static String unifiedDiff(String name, String committed, String generated) {
    List<String> from = lines(committed);
    List<String> to = lines(generated);
    Patch<String> patch = DiffUtils.diff(from, to);
    List<String> lines =
        new ArrayList<>(
            UnifiedDiffUtils.generateUnifiedDiff(
                "committed/" + name, "generated/" + name, from, patch, 2));
    if (committed.endsWith("\n") != generated.endsWith("\n")) {
      lines.add("(only one of the two files ends with a newline)");
    }
    if (lines.size() > MAX_DIFF_LINES) {
      List<String> cut = new ArrayList<>(lines.subList(0, MAX_DIFF_LINES));
      cut.add("... (" + (lines.size() - MAX_DIFF_LINES) + " more diff lines)");
      lines = cut;
    }
    return String.join("\n", lines);
  }
}
