package io.github.ddassets.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.render.SpecRendering;
import org.junit.jupiter.api.Test;

/**
 * The spec an example without spec.yaml stands for, read from its {@code ## @param} blocks: each
 * block an option of its section, the default templates ddev asks for with their undocumented
 * options hidden, and a note for what the blocks cannot say.
 */
class ExampleSpecTest {

  private static final String EXAMPLE =
      String.join(
          "\n",
          "init_config:",
          "",
          "    ## @param timeout - float - optional - default: 4.0",
          "    ## Timeout in seconds.",
          "    #",
          "    # timeout: 4.0",
          "",
          "instances:",
          "",
          "    ## @param host - string - required",
          "    ## Host to ping.",
          "    #",
          "  - host: <HOST_NAME>",
          "",
          "    ## @param port - string - required",
          "    ## The port.",
          "    #",
          "    port: 26379",
          "",
          "    ## @param verbose - boolean - optional",
          "    ## Whether to say more.",
          "    #",
          "    # verbose:",
          "",
          "    ## @param tags - list of key:value elements - optional",
          "    ## Tags of every metric.",
          "    #",
          "    # tags:",
          "    #   - <KEY_1>:<VALUE_1>",
          "");

  @Test
  void paramBlocks_becomeTheOptionsOfTheirSection() {
    ExampleSpec.Result spec =
        ExampleSpec.of(EXAMPLE, "conf.yaml.example", "ping", "Ping", ConfigTemplates.builtIn());

    assertThat(spec.text())
        .isEqualTo(
            String.join(
                "\n",
                "name: Ping",
                "files:",
                "- name: ping.yaml",
                "  options:",
                "  - template: init_config",
                "    options:",
                "    - name: timeout",
                "      description: Timeout in seconds.",
                "      required: false",
                "      value:",
                "        type: number",
                "        example: 4.0",
                "        default: 4.0",
                "    - template: init_config/default",
                "      overrides:",
                "        service.hidden: true",
                "  - template: instances",
                "    options:",
                "    - name: host",
                "      description: Host to ping.",
                "      required: true",
                "      value:",
                "        type: string",
                "        example: <HOST_NAME>",
                "    - name: port",
                "      description: The port.",
                "      required: true",
                "      value:",
                "        type: string",
                "        example: '26379'",
                "    - name: verbose",
                "      description: Whether to say more.",
                "      required: false",
                "      value:",
                "        type: boolean",
                "        example: false",
                "        display_default: null",
                "    - template: instances/default",
                "      overrides:",
                "        tags.description: Tags of every metric.",
                "        tags.value.example:",
                "        - <KEY_1>:<VALUE_1>",
                "        service.hidden: true",
                "        min_collection_interval.hidden: true",
                "        empty_default_hostname.hidden: true",
                "        metric_patterns.hidden: true"
,
                ""));
    assertThat(spec.notes())
        .containsExactly(
                "conf.yaml.example:15: `port`: the example `26379` is not text",
                "conf.yaml.example:20: `verbose`: a boolean without an example is shown with `false`",
                "conf.yaml.example: tags in instances are taken from ddev's instances/default"
                + " template, with its types and its place among the options");
  }

  @Test
  void theSpec_rendersTheSameOptionsBack() {
    String spec =
        ExampleSpec.of(EXAMPLE, "conf.yaml.example", "ping", "Ping", ConfigTemplates.builtIn())
            .text();

    String rendered =
        SpecRendering.render(spec, "spec.yaml", "ping", ConfigTemplates.builtIn())
            .examples()
            .get(0)
            .text();

    assertThat(CorpusRoundTrip.sameOptions(EXAMPLE, rendered)).isTrue();
    assertThat(rendered)
        .contains("    ## @param timeout - number - optional - default: 4.0\n")
        .contains("  - host: <HOST_NAME>\n")
        .contains("    # verbose: false\n")
        .doesNotContain("min_collection_interval");
  }
}
