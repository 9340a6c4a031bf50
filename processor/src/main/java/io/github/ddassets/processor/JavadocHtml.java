package io.github.ddassets.processor;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a Javadoc comment into the plain text of a description: metadata.csv and the
 * spec show text, not markup. {@code <code>} and {@code <tt>} become backticks (the Markdown the
 * descriptions already use), other tags go, entities are decoded. Paragraph and line breaks become
 * line breaks where the description keeps its lines (configuration options) and spaces where it is
 * one line (metrics and service checks).
 *
 * <p>Only HTML's own tag names are tags: a placeholder such as {@code <HOST>} is text.
 */
final class JavadocHtml {

  /** Whether the description keeps line breaks or is one line. */
  enum Layout {
    LINES,
    ONE_LINE
  }

  private static final Pattern TAG =
      Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

  // Stand-ins for the breaks until the text is laid out: control characters Javadoc never holds.
  private static final String PARAGRAPH = "\u0001";
  private static final String LINE = "\u0002";
  private static final String ITEM = "\u0003";

  // The line breaks of the source around a tag are the tag's: one blank line per paragraph.
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*" + LINE + "[ \\t]*\\R?");
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*" + ITEM + "[ \\t]*");
  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("\\s*" + PARAGRAPH + "[\\s" + PARAGRAPH + "]*");

  private static final Set<String> CODE = names("code tt kbd samp");
  private static final Set<String> PARAGRAPHS =
      names("p ul ol dl pre blockquote div table h1 h2 h3 h4 h5 h6 hr");
  private static final Set<String> LINES = names("br li dt dd tr");
  private static final Set<String> INLINE =
      names(
          "a b i em strong u s span small big sub sup var cite q abbr del ins mark font td th"
              + " thead tbody caption");
  private static final Map<String, String> ENTITIES =
      Map.of(
          "amp", "&",
          "lt", "<",
          "gt", ">",
          "quot", "\"",
          "apos", "'",
          "nbsp", " ");

  private JavadocHtml() {}

  private static Set<String> names(String names) {
    return Set.of(names.split(" "));
  }

  /** The text of a piece of Javadoc HTML, laid out as the description is. */
  static String text(String html, Layout layout) {
    String plain = entities(tags(html));
    if (layout == Layout.ONE_LINE) {
      return plain.replace(PARAGRAPH, " ").replace(LINE, " ").replace(ITEM, " ");
    }
    // Most descriptions are plain text: a pattern runs only where its stand-in is.
    String lines = plain.contains(LINE) ? LINE_BREAK.matcher(plain).replaceAll("\n") : plain;
    String items = lines.contains(ITEM) ? LIST_ITEM.matcher(lines).replaceAll("\n- ") : lines;
    return items.contains(PARAGRAPH) ? PARAGRAPH_BREAK.matcher(items).replaceAll("\n\n") : items;
  }

  /** The HTML tags of a text replaced by their stand-ins, or dropped. */
  private static String tags(String html) {
    if (html.indexOf('<') < 0) {
      return html;
    }
    Matcher tag = TAG.matcher(html);
    StringBuilder text = new StringBuilder();
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      String replacement = replacement(name, !tag.group(1).isEmpty());
      tag.appendReplacement(
          text, Matcher.quoteReplacement(replacement == null ? tag.group() : replacement));
    }
    tag.appendTail(text);
    return text.toString();
  }

  /** What replaces a tag: null for a name that is not HTML's, such as a placeholder. */
  private static String replacement(String name, boolean closing) {
    if (CODE.contains(name)) {
      return "`";
    }
    if (PARAGRAPHS.contains(name)) {
      return PARAGRAPH;
    }
    if (LINES.contains(name)) {
      return closing ? "" : name.equals("li") ? ITEM : LINE;
    }
    return INLINE.contains(name) ? "" : null;
  }

  private static String entities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher entity = ENTITY.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (entity.find()) {
      entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group())));
    }
    entity.appendTail(decoded);
    return decoded.toString();
  }

  private static String decode(String entity) {
    String body = entity.substring(1, entity.length() - 1);
    if (body.startsWith("#")) {
      boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
      try {
        int code = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(code) ? Character.toString(code) : entity;
      } catch (NumberFormatException e) {
        return entity;
      }
    }
    return ENTITIES.getOrDefault(body, entity);
  }
}
