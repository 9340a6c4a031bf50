package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestFormat;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

  @TempDir Path dir;

  @Test
  void manifest_keepsOriginsByPointerAndItsFormat() {
    Manifest manifest =
        ManifestReader.parse(
                "{\n  \"app_id\": \"acme\",\n  \"tile\": {\"title\": \"Acme\"}\n}\n",
                "m/manifest.json")
            .value()
            .orElseThrow();

    assertThat(manifest.origin("/tile/title").describe()).isEqualTo("m/manifest.json:3:21");
    assertThat(manifest.origin("/tile/title")).extracting("pointer").isEqualTo("/tile/title");
    assertThat(manifest.origin("/tile/media").describe()).isEqualTo("m/manifest.json:3:11");
    assertThat(manifest.format())
        .isEqualTo(new ManifestFormat(ManifestFormat.KeyOrder.AS_GIVEN, true, false));
  }

  @Test
  void listAtTheTop_isUnreadable() {
    Finding finding = ManifestReader.parse("[]", "manifest.json").findings().get(0);

    assertThat(finding.rule()).isEqualTo(Rule.MANIFEST_UNREADABLE);
    assertThat(finding.origin().describe()).isEqualTo("manifest.json:1:1");
    assertThat(finding.message())
        .isEqualTo("cannot read manifest.json: the top-level value is not an object");
  }

  @Test
  void syntaxError_isUnreadableAtItsPosition() {
    Finding finding = ManifestReader.parse("{\n  \"a\": ,\n}", "manifest.json").findings().get(0);

    assertThat(finding.rule()).isEqualTo(Rule.MANIFEST_UNREADABLE);
    assertThat(finding.origin().describe()).isEqualTo("manifest.json:2:8");
  }

  @Test
  void notUtf8_isUnreadableAsAFile() throws IOException {
    Path file = Files.write(dir.resolve("manifest.json"), new byte[] {'{', (byte) 0xff, '}'});

    Finding finding = ManifestReader.read(file, "manifest.json").findings().get(0);

    assertThat(finding.text())
        .isEqualTo("[manifest-unreadable] cannot read manifest.json: not valid UTF-8 text");
  }
}
