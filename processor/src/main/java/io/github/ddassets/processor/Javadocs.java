package io.github.ddassets.processor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Turns an element's Javadoc into a one-line description: the text before the first block tag, with
 * inline tags reduced to their text and white space collapsed.
 */
final class Javadocs {

  private static final Pattern INLINE_TAG =
      Pattern.compile("\\{@(code|literal|link|linkplain|value)\\s+([^}]*)}");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@\\w+");

  private final Elements elements;

  Javadocs(Elements elements) {
    this.elements = elements;
  }

  /** The description of an element from its Javadoc, or empty. */
  String description(Element element) {
    String comment = elements.getDocComment(element);
    return comment == null ? "" : summarize(comment);
  }

  static String summarize(String comment) {
    Matcher block = BLOCK_TAG.matcher(comment);
    String body = block.find() ? comment.substring(0, block.start()) : comment;
    Matcher inline = INLINE_TAG.matcher(body);
    StringBuilder text = new StringBuilder();
    while (inline.find()) {
      String content = inline.group(2).trim();
      String shown = inline.group(1).startsWith("link") ? linkText(content) : content;
      inline.appendReplacement(text, Matcher.quoteReplacement(shown));
    }
    inline.appendTail(text);
    return WHITE_SPACE.matcher(text).replaceAll(" ").trim();
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
