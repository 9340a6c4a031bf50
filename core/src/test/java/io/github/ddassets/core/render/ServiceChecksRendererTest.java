package io.github.ddassets.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.model.ServiceChecksFile.Shape;
import io.github.ddassets.core.read.ServiceChecksReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden texts are what Python 3 writes with {@code json.dumps(data, indent=4) + "\n"} (the
 * form ddev's {@code --sync} writes), checked with python3.
 */
class ServiceChecksRendererTest {

  @Test
  void noEntries_isAnEmptyList() {
    assertThat(
            ServiceChecksRenderer.render(
                new ServiceChecksFile(Origin.NONE, Shape.ARRAY, List.of(), null)))
        .isEqualTo("[]\n");
  }

  @Test
  void emptyObjectFile_isRenderedAsAnEmptyList() {
    assertThat(ServiceChecksRenderer.render(read("{}"))).isEqualTo("[]\n");
  }

  @Test
  void aGeneratedFile_declaredAsAnEmptyObject_isWrittenAsOne_andOtherwiseAsItsCanonicalText() {
    assertThat(
            ServiceChecksRenderer.renderGenerated(
                new ServiceChecksFile(Origin.NONE, Shape.EMPTY_OBJECT, List.of(), null)))
        .isEqualTo("{}\n");
    assertThat(
            ServiceChecksRenderer.renderGenerated(
                new ServiceChecksFile(Origin.NONE, Shape.ARRAY, List.of(), null)))
        .isEqualTo("[]\n");
    assertThat(ServiceChecksRenderer.renderGenerated(read("[{\"check\": \"a\"}]")))
        .isEqualTo(ServiceChecksRenderer.render(read("[{\"check\": \"a\"}]")));
  }

  @Test
  void entry_isWrittenLikePythonJsonDumpsIndent4() {
    String input =
        "[{\"name\": \"Tab\\there\", \"extra\": {}, \"groups\": [], \"check\":"
            + " \"acme.can_connect\", \"statuses\": [\"ok\", \"critical\"], \"integration\":"
            + " \"Caf\u00e9 \uD83D\uDE00\", \"description\": \"Line\\n"
            + "break \\\"quoted\\\" \\\\ back \\u0001 ctl /slash\", \"agent_version\":"
            + " \"7.59.0\"}]";

    assertThat(ServiceChecksRenderer.render(read(input)))
        .isEqualTo(
            "[\n"
                + "    {\n"
                + "        \"agent_version\": \"7.59.0\",\n"
                + "        \"integration\": \"Caf\\u00e9 \\ud83d\\ude00\",\n"
                + "        \"check\": \"acme.can_connect\",\n"
                + "        \"statuses\": [\n"
                + "            \"ok\",\n"
                + "            \"critical\"\n"
                + "        ],\n"
                + "        \"groups\": [],\n"
                + "        \"name\": \"Tab\\there\",\n"
                + "        \"description\": \"Line\\n"
                + "break \\\"quoted\\\" \\\\ back \\u0001 ctl /slash\",\n"
                + "        \"extra\": {}\n"
                + "    }\n"
                + "]\n");
  }

  @Test
  void entries_keepTheirFileOrder() {
    String rendered =
        ServiceChecksRenderer.render(read("[{\"check\": \"b\"}, {\"check\": \"a\"}]"));

    assertThat(rendered)
        .isEqualTo(
            "[\n"
                + "    {\n"
                + "        \"check\": \"b\"\n"
                + "    },\n"
                + "    {\n"
                + "        \"check\": \"a\"\n"
                + "    }\n"
                + "]\n");
  }

  @Test
  void canonicalText_rendersToItself() {
    String canonical =
        """
        [
            {
                "agent_version": "7.59.0",
                "integration": "Acme",
                "check": "acme.can_connect",
                "statuses": [
                    "ok",
                    "critical"
                ],
                "groups": [
                    "host",
                    "endpoint"
                ],
                "name": "Acme can connect",
                "description": "Returns `CRITICAL` if the Agent cannot reach Acme, otherwise `OK`."
            }
        ]
        """;

    assertThat(ServiceChecksRenderer.render(read(canonical))).isEqualTo(canonical);
  }

  @Test
  void crlfAndTwoSpaceText_isRewrittenCanonically() {
    String text =
        "[\r\n  {\r\n    \"check\": \"acme.up\",\r\n    \"statuses\": [\"ok\"]\r\n  }\r\n]";

    assertThat(ServiceChecksRenderer.render(read(text)))
        .isEqualTo(
            "[\n"
                + "    {\n"
                + "        \"check\": \"acme.up\",\n"
                + "        \"statuses\": [\n"
                + "            \"ok\"\n"
                + "        ]\n"
                + "    }\n"
                + "]\n");
  }

  private static ServiceChecksFile read(String text) {
    return ServiceChecksReader.parse(text, "service_checks.json").value().orElseThrow();
  }
}
