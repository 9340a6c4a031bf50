package io.github.ddassets.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The capturing groups of a {@code bean_regex} that are alternations of literal texts, such as
 * {@code (cache\.hit-count|cache\.miss-count)}: the values each group can take. Only such groups
 * let a {@code $N} placeholder be resolved without a JVM.
 */
final class RegexGroups {

  private static final String META = ".[]{}()*+?^$|\\";

  private RegexGroups() {}

  /**
   * For each capturing group, in number order, its literal alternatives; an empty list for a group
   * that is not an alternation of literals. An unbalanced pattern gives no group.
   */
  static List<List<String>> literalAlternatives(String regex) {
    List<int[]> spans = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        boolean capturing = i + 1 >= regex.length() || regex.charAt(i + 1) != '?';
        open.add(capturing ? spans.size() : -1);
        if (capturing) {
          spans.add(new int[] {i + 1, -1});
        }
      } else if (c == ')') {
        if (open.isEmpty()) {
          return List.of();
        }
        int group = open.remove(open.size() - 1);
        if (group >= 0) {
          spans.get(group)[1] = i;
        }
      }
    }
    if (!open.isEmpty()) {
      return List.of();
    }
    List<List<String>> groups = new ArrayList<>();
    for (int[] span : spans) {
      groups.add(alternatives(regex.substring(span[0], span[1])));
    }
    return groups;
  }

  /** The literal alternatives of a group's text, or an empty list when any part is not literal. */
  private static List<String> alternatives(String body) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        if (i + 1 >= body.length() || Character.isLetterOrDigit(body.charAt(i + 1))) {
          return List.of();
        }
        current.append(body.charAt(++i));
      } else if (c == '|') {
        result.add(current.toString());
        current.setLength(0);
      } else if (META.indexOf(c) >= 0 || Character.isWhitespace(c) && c != ' ') {
        return List.of();
      } else {
        current.append(c);
      }
    }
    result.add(current.toString());
    return result;
  }
}
