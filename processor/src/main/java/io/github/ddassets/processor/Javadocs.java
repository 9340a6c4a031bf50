package io.github.ddassets.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;

/**
 * Turns Javadoc into descriptions: for metrics and service checks, one line (the text before the
 * first block tag, inline tags reduced to their text, white space collapsed); for configuration
 * parameters, a record's {@code @param} tag or a field's comment with its line breaks kept. HTML is
 * turned into plain text ({@link JavadocHtml}); the text of {@code {@code ...}} is kept as written.
 */
final class Javadocs {

  private static final Pattern INLINE_TAG =
      Pattern.compile("\\{@(code|literal|link|linkplain|value)\\s+([^}]*)}");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w+");
  private static final Pattern PARAM_TAG =
      Pattern.compile("(?ms)^\\s*@param\\s+(\\S+)\\s+(.*?)(?=^\\s*@\\w+|\\z)");

  private final DocComments comments;

  Javadocs(DocComments comments) {
    this.comments = comments;
  }

  /** The description of an element from its Javadoc, or empty. */
  String description(Element element) {
    String comment = comments.of(element);
    return comment == null ? "" : summarize(comment);
  }

  /**
   * The text of a record's {@code @param} tag for one component, or empty. Line breaks are kept
   * (each line trimmed), since a configuration description is rendered line by line.
   */
  String paramTag(Element type, String component) {
    String comment = comments.of(type);
    return comment == null ? "" : paramTag(comment, component);
  }

  /** The text of the {@code @param} tag for one component in a comment, or empty. */
  static String paramTag(String comment, String component) {
    Matcher tag = PARAM_TAG.matcher(comment);
    while (tag.find()) {
      if (tag.group(1).equals(component)) {
        return lines(tag.group(2));
      }
    }
    return "";
  }

  /** The main text of an element's Javadoc with its line breaks, or empty. */
  String text(Element element) {
    String comment = comments.of(element);
    if (comment == null) {
      return "";
    }
    Matcher block = BLOCK_TAG.matcher(comment);
    return lines(block.find() ? comment.substring(0, block.start()) : comment);
  }

  /** Inline tags reduced to their text, each line trimmed, blank lines at both ends dropped. */
  static String lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : LINE_BREAK.split(inlineText(text, JavadocHtml.Layout.LINES), -1)) {
      lines.add(line.trim());
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }

  static String summarize(String comment) {
    Matcher block = BLOCK_TAG.matcher(comment);
    String body = block.find() ? comment.substring(0, block.start()) : comment;
    return WHITE_SPACE
        .matcher(inlineText(body, JavadocHtml.Layout.ONE_LINE))
        .replaceAll(" ")
        .trim();
  }

  /** Inline tags reduced to their text, the HTML between them to plain text. */
  private static String inlineText(String body, JavadocHtml.Layout layout) {
    Matcher inline = INLINE_TAG.matcher(body);
    StringBuilder text = new StringBuilder();
    int end = 0;
    while (inline.find()) {
      text.append(JavadocHtml.text(body.substring(end, inline.start()), layout));
      String content = inline.group(2).trim();
      text.append(inline.group(1).startsWith("link") ? linkText(content) : content);
      end = inline.end();
    }
    text.append(JavadocHtml.text(body.substring(end), layout));
    return text.toString();
  }

  /** {@code Foo#bar label} shows as {@code label}; {@code Foo#bar} as {@code Foo.bar}. */
  private static String linkText(String target) {
    int space = target.indexOf(' ');
    if (space > 0) {
      return target.substring(space + 1).trim();
    }
    return target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
  }
}
