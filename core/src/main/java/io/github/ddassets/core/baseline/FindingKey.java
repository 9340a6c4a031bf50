package io.github.ddassets.core.baseline;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.rules.Finding;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What identifies a finding across edits of its file: where it is, by name rather than by line, and
 * what it is about. A metadata row moved ten lines down, or a manifest key moved up, keeps its key.
 *
 * @param integration the integration's name; empty for a finding of the annotation processor, whose
 *     file already names the declaration
 * @param file the file relative to the integration's folder ({@code metadata.csv}, {@code
 *     assets/service_checks.json}), or the declaration a finding of the processor is on ({@code
 *     com.acme.AcmeCheck.QUEUE_DEPTH})
 * @param rule the rule's id
 * @param subject what the finding is about: the JSON pointer of a JSON value, the metric name and
 *     column of a metadata cell, else the message without line numbers
 */
public record FindingKey(String integration, String file, String rule, String subject)
    implements Comparable<FindingKey> {

  private static final Comparator<FindingKey> ORDER =
      Comparator.comparing(FindingKey::integration)
          .thenComparing(FindingKey::file)
          .thenComparing(FindingKey::rule)
          .thenComparing(FindingKey::subject);

  /** Line numbers in messages ({@code first difference at line 12}) move with the file. */
  private static final Pattern LINE_NUMBER = Pattern.compile("\\b(lines?) \\d+");

  public FindingKey {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
  }

  /**
   * The key of a finding the annotation processor reports: on a declaration, the declaration names
   * it; in a base manifest, its path and JSON pointer.
   */
  public static FindingKey ofBuild(Finding finding) {
    if (finding.origin() instanceof FileOrigin file) {
      String subject = file.pointer().isEmpty() ? subjectOf(finding.message()) : file.pointer();
      return new FindingKey("", file.path(), finding.rule().id(), subject);
    }
    return new FindingKey(
        "", finding.origin().describe(), finding.rule().id(), subjectOf(finding.message()));
  }

  /** A message as a subject: without the line numbers it may mention. */
  public static String subjectOf(String message) {
    return LINE_NUMBER.matcher(message).replaceAll("$1 #");
  }

  @Override
  public int compareTo(FindingKey other) {
    return ORDER.compare(this, other);
  }
}
