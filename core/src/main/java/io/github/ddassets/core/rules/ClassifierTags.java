package io.github.ddassets.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Manifest classifier tags ({@code Key::Value}): the keys Datadog uses, and the tags seen in real
 * manifests. The list of values is not official (Datadog checks them server-side), so rules treat
 * an unknown value as a warning.
 */
public final class ClassifierTags {

  /** The keys a classifier tag may have. */
  public static final List<String> KEYS =
      List.of("Category", "Offering", "Supported OS", "Submitted Data Type", "Queried Data Type");

  /** The separator between key and value. */
  public static final String SEPARATOR = "::";

  /** The tag an integration that collects logs must have. */
  public static final String LOG_COLLECTION = "Category::Log Collection";

  private static final Set<String> KNOWN = load();

  private ClassifierTags() {}

  /** Every tag seen in real manifests, sorted. */
  public static Set<String> known() {
    return KNOWN;
  }

  /** Whether the tag is one seen in real manifests. */
  public static boolean isKnown(String tag) {
    return KNOWN.contains(tag);
  }

  /**
   * Whether the tag has the {@code Key::Value} form with a known key and a value that does not
   * start with {@code :}.
   */
  public static boolean isWellFormed(String tag) {
    int separator = tag.indexOf(SEPARATOR);
    if (separator < 0) {
      return false;
    }
    String value = tag.substring(separator + SEPARATOR.length());
    return KEYS.contains(tag.substring(0, separator)) && !value.isEmpty() && !value.startsWith(":");
  }

  /** The known tag closest in spelling to an unknown one, when one is close enough to suggest. */
  public static Optional<String> closest(String tag) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : KNOWN) {
      int distance =
          EditDistance.between(tag.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(1, tag.length() / 5)
        ? Optional.ofNullable(best)
        : Optional.empty();
  }

  private static Set<String> load() {
    try (InputStream in =
        ClassifierTags.class.getResourceAsStream("/io/github/ddassets/core/classifier-tags.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "classifier-tags.txt is missing from the ddassets-core jar");
      }
      Set<String> tags = new TreeSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          tags.add(line);
        }
      }
      return Collections.unmodifiableSet(tags);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
