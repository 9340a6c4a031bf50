package io.github.ddassets.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Javadoc HTML becomes the plain text of a description: before, {@code <b>disk</b>} and {@code
 * &amp;} reached metadata.csv as written.
 */
class JavadocHtmlTest {

  @Test
  void summary_dropsTagsDecodesEntitiesAndQuotesCode() {
    assertThat(Javadocs.summarize("Bytes <b>read</b> from <code>/dev/sda</code> &amp; cached."))
        .isEqualTo("Bytes read from `/dev/sda` & cached.");
  }

  @Test
  void summary_isOneLineAcrossParagraphsAndBreaks() {
    assertThat(Javadocs.summarize("Disk usage.\n<p>Sampled every run.<br>In bytes.</p>"))
        .isEqualTo("Disk usage. Sampled every run. In bytes.");
  }

  @Test
  void configDescription_keepsParagraphsAndLines() {
    assertThat(Javadocs.lines("The host.\n<p>\nUse a <i>name</i>,<br>\nnot an IP &lt;address&gt;."))
        .isEqualTo("The host.\n\nUse a name,\nnot an IP <address>.");
  }

  @Test
  void configDescription_listsItemsOnTheirLines() {
    assertThat(Javadocs.lines("Modes:<ul><li>fast</li><li>safe</li></ul>"))
        .isEqualTo("Modes:\n\n- fast\n- safe");
  }

  @Test
  void placeholdersAndCodeTags_areKeptAsWritten() {
    assertThat(Javadocs.summarize("Connects to <HOST>:<PORT>, {@code <b>} is literal."))
        .isEqualTo("Connects to <HOST>:<PORT>, <b> is literal.");
    assertThat(Javadocs.summarize("Numeric &#65;&#x42; and unknown &bogus; entities."))
        .isEqualTo("Numeric AB and unknown &bogus; entities.");
  }

  @Test
  void plainText_isUnchanged() {
    assertThat(JavadocHtml.text("a < b and c > d", JavadocHtml.Layout.LINES))
        .isEqualTo("a < b and c > d");
  }
}
