package io.github.ddassets.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ddassets.core.testing.Fifos;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template budget of a spec ({@link TemplateExpansion}): a template that includes itself,
 * directly or through others, is a finding naming the chain; so are chains deeper than the limit
 * and expansions that would bring more nodes than the budget. The hang guards are far above the
 * milliseconds these specs take.
 */
class TemplateExpansionTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  private void template(String name, String text) throws IOException {
    Path file = dir.resolve(name + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** The findings of a spec whose only option is {@code option}, with the templates of dir. */
  private List<String> findings(String option) {
    String spec = "files:\n- name: acme.yaml\n  options:\n" + option;
    return assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          try {
            ConfigTemplates templates =
                new ConfigTemplates(List.of(TemplateRoot.directory(dir, "t")));
            return SpecFixtures.lines(
                new SpecLoader(templates).load(YamlReader.read(spec, "spec.yaml"), "acme"));
          } catch (YamlSyntaxException e) {
            throw new AssertionError(e.getMessage(), e);
          }
        });
  }

  @Test
  void listTemplateIncludingItself_isAFindingNamingTheChain() throws IOException {
    template("instances/loop", "- template: instances/loop\n");

    assertThat(findings("  - template: instances/loop\n"))
        .containsExactly(
            "spec-template-unknown t/instances/loop.yaml:1:13 file `acme.yaml`, option #1:"
                + " template `instances/loop` includes itself: instances/loop -> instances/loop");
  }

  @Test
  void mappingTemplateIncludingItself_isAFinding() throws IOException {
    template("loop", "name: loop\ndescription: Loops.\ntemplate: loop\n");

    assertThat(findings("  - template: loop\n"))
        .containsExactly(
            "spec-template-unknown t/loop.yaml:3:11 file `acme.yaml`, option #1: template `loop`"
                + " includes itself: loop -> loop");
  }

  @Test
  void templatesIncludingEachOther_areAFindingNamingTheWholeChain() throws IOException {
    template("a", "- template: b\n");
    template("b", "- name: b\n  description: B.\n  value: {type: string}\n- template: a\n");

    assertThat(findings("  - template: a\n"))
        .containsExactly(
            "spec-template-unknown t/b.yaml:4:13 file `acme.yaml`, option #2: template `a`"
                + " includes itself: a -> b -> a");
  }

  @Test
  void sectionIncludingItsOwnTemplate_isAFinding() throws IOException {
    template("section", "name: s\ndescription: S.\noptions:\n- template: section\n");

    assertThat(findings("  - template: section\n"))
        .containsExactly(
            "spec-template-unknown t/section.yaml:4:13 file `acme.yaml`, s, option #1: template"
                + " `section` includes itself: section -> section");
  }

  @Test
  void sameTemplateTwiceSideBySide_isNoCycle() throws IOException {
    template("port", "name: port\ndescription: Port.\nvalue: {type: integer}\nhidden: true\n");
    template("ports", "- template: port\n- template: port\n");

    assertThat(findings("  - template: ports\n  - template: ports\n")).isEmpty();
  }

  @Test
  void chainOf20Templates_isExpanded_and21_isAFinding() throws IOException {
    for (int i = 0; i < 21; i++) {
      template("t" + i, "- template: t" + (i + 1) + "\n");
    }
    template("t21", "- name: leaf\n  description: Leaf.\n  value: {type: string}\n");
    template("t20", "- name: leaf\n  description: Leaf.\n  value: {type: string}\n");

    assertThat(findings("  - template: t1\n")).isEmpty();
    assertThat(findings("  - template: t0\n"))
        .singleElement()
        .asString()
        .startsWith(
            "spec-template-unknown t/t19.yaml:1:13 file `acme.yaml`, option #1: templates include"
                + " templates more than 20 levels deep: t0 -> t1 -> t2")
        .endsWith("t18 -> t19 -> t20");
  }

  @Test
  void templatesMultiplyingPastTheNodeBudget_areAFinding() throws IOException {
    // Each level includes the next one twice: 2^18 options if nothing stopped it.
    for (int i = 0; i < 18; i++) {
      template("f" + i, "- template: f" + (i + 1) + "\n- template: f" + (i + 1) + "\n");
    }
    template("f18", "- name: o\n  hidden: true\n  description: O.\n  value: {type: string}\n");

    List<String> findings = findings("  - template: f0\n");

    assertThat(findings).isNotEmpty().hasSizeLessThan(40);
    assertThat(findings.get(0))
        .matches(
            "spec-template-unknown t/f\\d+\\.yaml:\\d+:13 file `acme.yaml`, option #\\d+: template"
                + " `f\\d+` takes the templates of the spec over 200000 nodes, the most ddassets"
                + " expands");
  }

  @Test
  void templateThatIsAFifo_isAFindingNotAHang() throws IOException {
    Files.createDirectories(dir.resolve("instances"));
    Fifos.create(dir.resolve("instances/fifo.yaml"));

    assertThat(findings("  - template: instances/fifo\n"))
        .containsExactly(
            "spec-template-unknown spec.yaml:4:15 file `acme.yaml`, option #1: cannot read template"
                + " `instances/fifo`: is not a regular file (a device, a FIFO or a socket)");
  }
}
