package io.github.ddassets.core.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A folder that ddassets writes into, and the one place that decides which paths may be written in
 * it: every file that {@code render}, {@code import} and {@code sync} write, and every file they
 * replace, is checked here first.
 *
 * <p>The folder is known by its real path: the part that exists is resolved with {@link
 * Path#toRealPath}, the rest is normalized. So {@code ..}, {@code .}, relative and absolute
 * spellings of one folder are the same folder, and no check ever compares unnormalized text. Links
 * in the folder's own path are followed (an output folder under a symlinked home is common, and the
 * user chose it); links below it are not.
 *
 * <p>A file is named by a path relative to the folder, with {@code /} between folders. The name is
 * refused when it could leave the folder as text (a {@code ..} segment, an absolute path, a drive,
 * a NUL character, a backslash) and, on disk, when a symbolic link stands anywhere between the
 * folder and the file or is the file itself, or when a folder stands where the file goes. A refused
 * name throws {@link IllegalArgumentException}; a refusal on disk throws {@link
 * OutputRefusedException}, whose message names the path in the way.
 *
 * <p>The disk checks run just before each write, and a file is replaced by renaming a new file over
 * it, which replaces a link rather than writing through it.
 */
public final class OutputFolder {

  /** A Windows drive ({@code C:}), which makes a name absolute or drive-relative. */
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");

  private final Path shown;
  private final Path root;

  private OutputFolder(Path shown, Path root) {
    this.shown = shown;
    this.root = root;
  }

  /**
   * The output folder at a path, which need not exist yet.
   *
   * @param folder the folder as the user named it; messages name paths below it this way
   * @throws IOException when the existing part of the path cannot be resolved
   */
  public static OutputFolder of(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath();
    // The longest part that exists is resolved by the file system, which reads `..` after a link
    // as the link's target's parent; only the names that do not exist yet are normalized as text.
    Deque<Path> missing = new ArrayDeque<>();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      missing.addFirst(existing.getFileName());
      existing = existing.getParent();
    }
    Path root = existing == null ? absolute : existing.toRealPath();
    for (Path name : missing) {
      root = root.resolve(name);
    }
    return new OutputFolder(folder, root.normalize());
  }

  /** The folder's real, absolute path. */
  public Path root() {
    return root;
  }

  /**
   * Why a name cannot name a file inside an output folder, as text alone; empty when it can.
   *
   * @param name a path relative to the folder, with {@code /} between folders
   */
  public static Optional<String> problem(String name) {
    Optional<NameProblem> problem = nameProblem(name);
    return problem.isPresent() ? Optional.ofNullable(problem.get().reason()) : Optional.empty();
  }

  /**
   * The path of a file in the folder, checked as text only (see {@link #problem}).
   *
   * @param name a path relative to the folder, with {@code /} between folders
   * @throws IllegalArgumentException when the name could leave the folder or names no file in it
   */
  public Path resolve(String name) {
    Optional<NameProblem> problem = nameProblem(name);
    if (problem.isPresent()) {
      throw problem.get().leaves()
          ? outside(name)
          : new IllegalArgumentException(
              name
                  + " cannot name a file in the output folder "
                  + shown
                  + ": "
                  + problem.get().reason());
    }
    Path relative;
    try {
      relative = root.getFileSystem().getPath(name);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          name + " cannot name a file in the output folder " + shown + ": " + e.getReason(), e);
    }
    Path target = root.resolve(relative).normalize();
    // The text checks keep the name inside already; this holds the file system's own reading of
    // the name to the same promise.
    if (!target.startsWith(root) || target.equals(root)) {
      throw outside(name);
    }
    return target;
  }

  /**
   * The path of a file in the folder, checked as text and on disk: no component between the folder
   * and the file, nor the file itself, is a link, and the file, if it exists, is a regular file.
   *
   * @param name a path relative to the folder, with {@code /} between folders
   * @throws IllegalArgumentException when the name could leave the folder
   * @throws OutputRefusedException when a link, or a folder where the file goes, is in the way
   * @throws IOException when a component cannot be looked at
   */
  public Path check(String name) throws IOException {
    Path target = resolve(name);
    requireFolderRoot();
    Path current = root;
    for (Path segment : root.relativize(target)) {
      current = current.resolve(segment);
      BasicFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return target; // nothing exists below a missing component
      }
      Optional<String> link = link(attributes);
      if (link.isPresent()) {
        throw refused(
            current,
            "refusing to write "
                + show(target)
                + ": "
                + (current.equals(target) ? "it" : show(current))
                + " is "
                + link.get()
                + ", and ddassets never follows links inside the output folder "
                + shown);
      }
      if (current.equals(target)) {
        if (attributes.isDirectory()) {
          throw refused(
              current,
              "refusing to write "
                  + show(target)
                  + ": a folder stands there, and ddassets never deletes a folder to write a"
                  + " file; move it away first");
        }
        if (!attributes.isRegularFile()) {
          throw refused(
              current,
              "refusing to write "
                  + show(target)
                  + ": it is not a regular file (a device, pipe or socket)");
        }
      } else if (!attributes.isDirectory()) {
        // A file where a folder should be: nothing exists below it, and creating the folder fails
        // with a message saying so.
        return target;
      }
    }
    return target;
  }

  /**
   * Creates a folder inside the output folder and every folder above it, up to and including the
   * output folder itself, one at a time, refusing a link or a file on the way.
   *
   * @param folder the folder, the output folder itself or a path inside it (as {@link #resolve}
   *     returns them)
   * @throws OutputRefusedException when a link or a file stands where a folder goes
   * @throws IOException when a folder cannot be created
   */
  public void createFolders(Path folder) throws IOException {
    if (!folder.startsWith(root)) {
      throw new IllegalArgumentException(folder + " is outside the output folder " + shown);
    }
    requireFolderRoot();
    // The output folder's own path may hold links (see the class comment): create it as given.
    Files.createDirectories(root);
    if (folder.equals(root)) {
      return;
    }
    Path current = root;
    for (Path segment : root.relativize(folder)) {
      current = current.resolve(segment);
      try {
        Files.createDirectory(current);
        continue;
      } catch (FileAlreadyExistsException e) {
        // Something is there already (createDirectory never follows a link): look at what.
      }
      BasicFileAttributes attributes =
          Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      Optional<String> link = link(attributes);
      if (link.isPresent()) {
        throw refused(
            current,
            "refusing to write into "
                + show(current)
                + ": it is "
                + link.get()
                + ", and ddassets never follows links inside the output folder "
                + shown);
      }
      if (!attributes.isDirectory()) {
        throw refused(current, "cannot write into " + show(current) + ": it is not a folder");
      }
    }
  }

  /**
   * Writes a file, replacing the file of that name: the bytes go to a temporary file beside it,
   * which is then renamed over it, so that no file is ever left half-written and a link that
   * appeared in the meantime is replaced, not followed.
   *
   * @param name a path relative to the folder, with {@code /} between folders
   * @param bytes the content
   * @return the written file's real path
   * @throws IllegalArgumentException when the name could leave the folder
   * @throws OutputRefusedException when a link, a folder or a file is in the way
   * @throws IOException when the file cannot be written
   */
  public Path write(String name, byte[] bytes) throws IOException {
    Path target = check(name);
    Path parent = target.getParent();
    createFolders(parent);
    Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, bytes);
      moveOver(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  /**
   * Renames a file to a path, replacing what is there, atomically where the file system can.
   *
   * @param from the file
   * @param to its new path
   * @throws IOException when the file cannot be moved
   */
  public static void moveOver(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Refuses an output folder that exists but is not a folder (a file, a dangling link). */
  private void requireFolderRoot() throws OutputRefusedException {
    if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(root)) {
      throw refused(root, "cannot write into " + shown + ": it is not a folder");
    }
  }

  /** What kind of link the attributes describe, if they describe one. */
  private static Optional<String> link(BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink()) {
      return Optional.of("a symbolic link");
    }
    // A Windows junction is a folder that is also "other" (a reparse point): a link all the same.
    if (attributes.isDirectory() && attributes.isOther()) {
      return Optional.of("a junction (a link to a folder)");
    }
    return Optional.empty();
  }

  /** A path inside the folder, as the user's spelling of the folder names it. */
  private Path show(Path inside) {
    return inside.equals(root) ? shown : shown.resolve(root.relativize(inside));
  }

  private OutputRefusedException refused(Path inside, String message) {
    return new OutputRefusedException(show(inside), message);
  }

  private IllegalArgumentException outside(String name) {
    return new IllegalArgumentException(name + " is outside the output folder " + shown);
  }

  /**
   * Why a name cannot name a file inside an output folder.
   *
   * @param reason the reason, as a clause ("it is an absolute path")
   * @param leaves whether the name points outside the folder, rather than being malformed
   */
  private record NameProblem(String reason, boolean leaves) {}

  private static Optional<NameProblem> nameProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of(new NameProblem("it is empty", false));
    }
    if (name.indexOf('\0') >= 0) {
      return Optional.of(new NameProblem("it contains a NUL character", false));
    }
    if (name.startsWith("/") || name.startsWith("\\")) {
      return Optional.of(new NameProblem("it is an absolute path", true));
    }
    if (DRIVE.matcher(name).find()) {
      return Optional.of(new NameProblem("it names a drive", true));
    }
    // Names use `/` on every platform; a backslash would be a folder separator on Windows only.
    if (name.indexOf('\\') >= 0) {
      return Optional.of(new NameProblem("it contains a backslash", false));
    }
    // `..` is refused even where it stays inside (`a/../b`): no name ddassets writes needs it.
    int depth = 0;
    boolean climbs = false;
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..")) {
        climbs = true;
        if (--depth < 0) {
          return Optional.of(new NameProblem("it climbs out with `..`", true));
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        depth++;
      }
    }
    if (climbs) {
      return Optional.of(new NameProblem("it contains `..`", false));
    }
    return depth > 0
        ? Optional.empty()
        : Optional.of(new NameProblem("it names the output folder itself", false));
  }
}
