package io.github.ddassets.core.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a committed copy of the generated files honest: brings it up to date (sync), or says how it
 * differs (verify), so that a build can fail with a diff when the copy is stale.
 *
 * <p>{@code manifest.fragment.json} is a build product only: it is neither synced nor verified.
 * When the build generates {@code manifest.json}, the committed copy must equal it byte for byte,
 * like every other file. When it does not (the repository keeps a hand-written manifest), verify
 * compares the committed manifest's owned keys with the fragment and names each differing JSON
 * pointer, and sync leaves the manifest alone.
 */
public final class CommittedCopies {

  /**
   * One thing to tell the user.
   *
   * @param error whether it fails the build (else it is a note)
   * @param text the message
   * @param stale whether it says a committed file is stale, which a sync fixes
   */
  public record Message(boolean error, String text, boolean stale) {

    Message(boolean error, String text) {
      this(error, text, false);
    }
  }

  private final Optional<Path> sync;
  private final Optional<Path> verify;
  private final String syncSetting;

  /**
   * @param sync the folder to bring up to date, if any
   * @param verify the folder to compare with, if any
   * @param syncSetting how the user asks for a sync, as messages name it (such as {@code
   *     -Addassets.sync}); a stale copy's message tells to set it to the folder
   */
  public CommittedCopies(Optional<Path> sync, Optional<Path> verify, String syncSetting) {
    this.sync = sync;
    this.verify = verify;
    this.syncSetting = syncSetting;
  }

  /**
   * Syncs and verifies the committed copies of one integration's files.
   *
   * @param generated the integration's files, the fragment included
   * @param fragment the keys the code owns
   * @return the notes and errors, in order
   */
  public List<Message> apply(GeneratedFiles generated, ObjectNode fragment) {
    List<Message> messages = new ArrayList<>();
    GeneratedFiles committedView = generated.without(GeneratedFiles.FRAGMENT);
    boolean handWritten = !committedView.files().containsKey(GeneratedFiles.MANIFEST);
    if (sync.isPresent()) {
      sync(sync.get(), committedView, messages);
    }
    if (verify.isPresent()) {
      verify(verify.get(), committedView, messages);
      if (handWritten) {
        verifyHandWritten(verify.get(), generated.integration(), fragment, messages);
      }
    }
    return messages;
  }

  private static void sync(Path folder, GeneratedFiles generated, List<Message> messages) {
    try {
      List<String> written = new CommittedAssets(folder).sync(generated);
      if (!written.isEmpty()) {
        messages.add(
            new Message(
                false, "ddassets: updated " + String.join(", ", written) + " in " + folder));
      }
    } catch (IOException e) {
      messages.add(
          new Message(
              true,
              "[sync] cannot write the generated files to "
                  + folder
                  + ": "
                  + TextFiles.describe(e)));
    }
  }

  private void verify(Path folder, GeneratedFiles generated, List<Message> messages) {
    List<Drift> drifts;
    try {
      drifts = new CommittedAssets(folder).drift(generated);
    } catch (IOException e) {
      messages.add(
          new Message(
              true,
              "[verify] cannot read the committed files in "
                  + folder
                  + ": "
                  + TextFiles.describe(e)));
      return;
    }
    for (Drift drift : drifts) {
      messages.add(new Message(true, "[verify] " + drift.describe(folder.toString()), true));
    }
  }

  /**
   * What to do about stale committed files, said once for a whole build rather than once per file:
   * present when any of the messages says a file is stale.
   *
   * @param messages every message of the build's committed copies
   */
  public Optional<String> hint(List<Message> messages) {
    if (verify.isEmpty() || !anyStale(messages)) {
      return Optional.empty();
    }
    return Optional.of(
        "To update the committed copy, build once with "
            + syncSetting
            + "="
            + verify.get()
            + ", or run the sync goal of ddassets-maven-plugin");
  }

  private static boolean anyStale(List<Message> messages) {
    for (Message message : messages) {
      if (message.stale()) {
        return true;
      }
    }
    return false;
  }

  /** A hand-written manifest, if committed, agrees with the keys the code owns. */
  private static void verifyHandWritten(
      Path folder, String integration, ObjectNode fragment, List<Message> messages) {
    for (ManifestDisagreement disagreement :
        new CommittedAssets(folder).manifestDisagreements(integration, fragment)) {
      messages.add(new Message(true, "[verify] " + disagreement.describe(folder.toString())));
    }
  }
}
