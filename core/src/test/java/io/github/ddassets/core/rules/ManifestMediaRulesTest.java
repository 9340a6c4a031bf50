package io.github.ddassets.core.rules;

import static io.github.ddassets.core.rules.MetadataRulesTest.assertFindings;
import static io.github.ddassets.core.testing.ManifestFixtures.context;
import static io.github.ddassets.core.testing.ManifestFixtures.parse;
import static io.github.ddassets.core.testing.ManifestFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.manifest.AssetFolder;
import io.github.ddassets.core.manifest.FileState;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.testing.ManifestFixtures;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link ManifestMediaRules}: the media gallery of the tile. */
class ManifestMediaRulesTest {

  private static final String IMAGE =
      "{\"media_type\": \"image\", \"caption\": \"The Acme dashboard\", \"image_url\":"
          + " \"images/dashboard.png\"}";
  private static final String VIDEO =
      "{\"media_type\": \"video\", \"caption\": \"A tour\", \"image_url\":"
          + " \"images/dashboard.png\","
          + " \"vimeo_id\": 123456}";

  @Test
  @Triggers(Rule.MANIFEST_MEDIA_TOO_MANY)
  void nineItems_areTooMany() {
    assertFindings(check(media(9)))
        .containsExactly(
            tuple(
                Rule.MANIFEST_MEDIA_TOO_MANY,
                "manifest.json:14:14",
                "tile.media has 9 items, at most 8 are allowed"));
  }

  @Test
  @Spares(Rule.MANIFEST_MEDIA_TOO_MANY)
  void eightItems_fit() {
    assertThat(check(media(8))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_MEDIA_INVALID)
  void gifType_twoVideosAndAVideoWithoutId_areInvalid() {
    String noId =
        "{\"media_type\": \"video\", \"caption\": \"Another\", \"image_url\":"
            + " \"images/dashboard.png\"}";
    String gif =
        "{\"media_type\": \"gif\", \"caption\": \"A gif\", \"image_url\":"
            + " \"images/dashboard.png\"}";

    assertFindings(check(with("/tile/media", "[" + VIDEO + ", " + noId + ", " + gif + "]")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_MEDIA_INVALID,
                "manifest.json:21:7",
                "a video needs an integer vimeo_id"),
            tuple(
                Rule.MANIFEST_MEDIA_INVALID,
                "manifest.json:22:23",
                "tile.media may hold one video only"),
            tuple(
                Rule.MANIFEST_MEDIA_INVALID,
                "manifest.json:27:23",
                "media_type `gif` should be `image` or `video`"));
  }

  @Test
  @Spares(Rule.MANIFEST_MEDIA_INVALID)
  void oneVideoWithAnId_isValid() {
    assertThat(check(with("/tile/media", "[" + IMAGE + ", " + VIDEO + "]"))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_MEDIA_FORMAT)
  void gifImage_isRefused() {
    assertFindings(check(with("/tile/media/0/image_url", "\"images/dashboard.gif\""), anyFile()))
        .containsExactly(
            tuple(
                Rule.MANIFEST_MEDIA_FORMAT,
                "manifest.json:18:22",
                "image_url `images/dashboard.gif` should name a .png or .jpg file"));
  }

  @Test
  @Spares(Rule.MANIFEST_MEDIA_FORMAT)
  void upperCaseJpg_isAccepted() {
    assertThat(check(with("/tile/media/0/image_url", "\"images/dashboard.JPG\""), anyFile()))
        .isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_MEDIA_CAPTION_TOO_LONG)
  void caption301Characters_isTooLong() {
    assertFindings(check(with("/tile/media/0/caption", "\"" + "c".repeat(301) + "\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_MEDIA_CAPTION_TOO_LONG,
                "manifest.json:17:20",
                "the caption has 301 characters, at most 300 are allowed"));
  }

  @Test
  @Spares(Rule.MANIFEST_MEDIA_CAPTION_TOO_LONG)
  void caption300Characters_fits() {
    assertThat(check(with("/tile/media/0/caption", "\"" + "c".repeat(300) + "\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_MEDIA_FILE)
  void missingAndOversizedImages_areReported() {
    Map<String, Long> files = new HashMap<>(ManifestFixtures.FILES);
    files.put("images/dashboard.png", 1_000_001L);
    String missing =
        "{\"media_type\": \"image\", \"caption\": \"Gone\", \"image_url\": \"images/gone.png\"}";
    String text = with("/tile/media", "[" + IMAGE + ", " + missing + "]");

    assertFindings(check(text, ManifestFixtures.folder(files)))
        .containsExactly(
            tuple(
                Rule.MANIFEST_MEDIA_FILE,
                "manifest.json:18:22",
                "image_url `images/dashboard.png` names a file of 1,000,001 bytes: images may have"
                    + " 1,000,000 bytes at most"),
            tuple(
                Rule.MANIFEST_MEDIA_FILE,
                "manifest.json:23:22",
                "image_url `images/gone.png` names a file that does not exist"));
  }

  @Test
  @Spares(Rule.MANIFEST_MEDIA_FILE)
  void imagesOfAnUnknownFolder_orAtTheLimit_pass() {
    String text = with("/tile/media/0/image_url", "\"images/elsewhere.png\"");
    Map<String, Long> files = new HashMap<>(ManifestFixtures.FILES);
    files.put("images/dashboard.png", 1_000_000L);

    assertThat(check(text, AssetFolder.UNKNOWN)).isEmpty();
    assertThat(check(ManifestFixtures.BASE, ManifestFixtures.folder(files))).isEmpty();
  }

  private static String media(int count) {
    return with(
        "/tile/media",
        IntStream.range(0, count).mapToObj(i -> IMAGE).collect(Collectors.joining(", ", "[", "]")));
  }

  /** A folder in which every file exists. */
  private static AssetFolder anyFile() {
    return (kind, path) -> FileState.present(1);
  }

  private static List<Finding> check(String text) {
    return ManifestRules.check(parse(text), context());
  }

  private static List<Finding> check(String text, AssetFolder folder) {
    ManifestContext context = context().withFolder(folder);
    return ManifestRules.check(parse(text), context);
  }
}
