package io.github.ddassets.core.rules;

import static io.github.ddassets.core.rules.MetadataRulesTest.assertFindings;
import static io.github.ddassets.core.testing.ManifestFixtures.context;
import static io.github.ddassets.core.testing.ManifestFixtures.edit;
import static io.github.ddassets.core.testing.ManifestFixtures.parse;
import static io.github.ddassets.core.testing.ManifestFixtures.with;
import static io.github.ddassets.core.testing.ManifestFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.manifest.ManifestTree;
import io.github.ddassets.core.testing.ManifestFixtures;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ManifestFieldRules}: identifiers, tile lengths, classifier tags, author, flags. */
class ManifestFieldRulesTest {

  @Test
  @Triggers(Rule.MANIFEST_APP_ID)
  void appIdWithCapitalsAndUnderscore_isNotKebabCase() {
    assertFindings(check(with("/app_id", "\"Acme_Check\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_APP_ID,
                "manifest.json:4:13",
                "app_id `Acme_Check` is not kebab-case: use lower-case letters, digits and `-`,"
                    + " starting with a letter and not ending with `-`"));
  }

  @Test
  void appIdEndingWithADash_isNotKebabCase() {
    assertThat(check(with("/app_id", "\"acme-\"")))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_APP_ID);
  }

  @Test
  @Spares(Rule.MANIFEST_APP_ID)
  void appIdWithDigitsAndDashes_isKebabCase() {
    assertThat(check(with("/app_id", "\"acme-check-2\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_APP_UUID)
  void appUuidWithoutDashes_isNotAUuid() {
    assertFindings(check(with("/app_uuid", "\"5b0c8d0e3a5f4c1e9f3b2d7e4a6c8b10\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_APP_UUID,
                "manifest.json:3:15",
                "app_uuid `5b0c8d0e3a5f4c1e9f3b2d7e4a6c8b10` is not a UUID (8-4-4-4-12 hexadecimal"
                    + " digits)"));
  }

  @Test
  @Spares(Rule.MANIFEST_APP_UUID)
  void upperCaseUuid_isAUuid() {
    assertThat(check(with("/app_uuid", "\"5B0C8D0E-3A5F-4C1E-9F3B-2D7E4A6C8B10\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_VENDOR_ID)
  void vendorIdWithADigit_isRefused() {
    assertFindings(check(with("/author/vendor_id", "\"acme2\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_VENDOR_ID,
                "manifest.json:39:18",
                "vendor_id `acme2` should have only lower-case letters and `-`, starting and ending"
                    + " with a letter"));
  }

  @Test
  @Spares(Rule.MANIFEST_VENDOR_ID)
  void vendorIdWithDashes_isAccepted() {
    assertThat(check(with("/author/vendor_id", "\"acme-inc\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_TITLE_TOO_LONG)
  void title51Characters_isTooLong() {
    assertFindings(only(Rule.MANIFEST_TITLE_TOO_LONG, check(withTitle("A".repeat(51)))))
        .containsExactly(
            tuple(
                Rule.MANIFEST_TITLE_TOO_LONG,
                "manifest.json:13:14",
                "tile.title has 51 characters, at most 50 are allowed"));
  }

  @Test
  @Spares(Rule.MANIFEST_TITLE_TOO_LONG)
  void title50Characters_countedAsPythonCountsThem_fits() {
    // 49 letters and one character outside the BMP (two UTF-16 units, one Python character).
    assertThat(check(withTitle("A".repeat(49) + "\uD83D\uDE80")))
        .extracting(Finding::rule)
        .doesNotContain(Rule.MANIFEST_TITLE_TOO_LONG);
  }

  @Test
  @Triggers(Rule.MANIFEST_DESCRIPTION_TOO_LONG)
  void description81Characters_isTooLong() {
    assertFindings(check(with("/tile/description", quoted("d".repeat(81)))))
        .containsExactly(
            tuple(
                Rule.MANIFEST_DESCRIPTION_TOO_LONG,
                "manifest.json:12:20",
                "tile.description has 81 characters, at most 80 are allowed"));
  }

  @Test
  void marketplaceDescription71Characters_isTooLong() {
    String text =
        edit(
            root -> {
              ManifestTree.put(root, "/tile/description", "d".repeat(71));
              ManifestTree.put(
                  root, "/pricing", ManifestFixtures.json("[{\"billing_type\": \"flat_fee\"}]"));
            });

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.MANIFEST_DESCRIPTION_TOO_LONG,
                "manifest.json:12:20",
                "tile.description has 71 characters, at most 70 are allowed for a Marketplace"
                    + " listing"));
  }

  @Test
  void softwareLicenseOffering_isAMarketplaceListing() {
    String text =
        edit(
            root -> {
              ManifestTree.put(root, "/tile/description", "d".repeat(75));
              ManifestTree.put(
                  root,
                  "/tile/classifier_tags",
                  ManifestFixtures.json("[\"Offering::Software License\"]"));
            });

    assertThat(check(text))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_DESCRIPTION_TOO_LONG);
  }

  @Test
  @Spares(Rule.MANIFEST_DESCRIPTION_TOO_LONG)
  void description80CharactersWithAnEmptyPricing_fits() {
    // Two extras manifests have "pricing": []; they are not Marketplace listings.
    String text =
        edit(
            root -> {
              ManifestTree.put(root, "/tile/description", "d".repeat(80));
              ManifestTree.put(root, "/pricing", ManifestFixtures.json("[]"));
            });

    assertThat(check(text)).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_CLASSIFIER_TAG_FORMAT)
  void tagWithOneColonOrAnUnknownKey_isMalformed() {
    String text =
        with("/tile/classifier_tags", "[\"Category:Log Collection\", \"Platform::Linux\"]");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.MANIFEST_CLASSIFIER_TAG_FORMAT,
                "manifest.json:22:7",
                "classifier tag `Category:Log Collection` is not `Key::Value` with a key among"
                    + " Category, Offering, Supported OS, Submitted Data Type, Queried Data Type"),
            tuple(
                Rule.MANIFEST_CLASSIFIER_TAG_FORMAT,
                "manifest.json:23:7",
                "classifier tag `Platform::Linux` is not `Key::Value` with a key among Category,"
                    + " Offering, Supported OS, Submitted Data Type, Queried Data Type"));
  }

  @Test
  @Spares(Rule.MANIFEST_CLASSIFIER_TAG_FORMAT)
  void tagWithAKnownKeyAndAnUnknownValue_isWellFormed() {
    assertThat(check(with("/tile/classifier_tags", "[\"Supported OS::Solaris\"]")))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_CLASSIFIER_TAG_UNKNOWN);
  }

  @Test
  @Triggers(Rule.MANIFEST_CLASSIFIER_TAG_UNKNOWN)
  void misspelledTag_isAWarningWithASuggestion() {
    List<Finding> findings = check(with("/tile/classifier_tags", "[\"Category::Message Queue\"]"));

    assertFindings(findings)
        .containsExactly(
            tuple(
                Rule.MANIFEST_CLASSIFIER_TAG_UNKNOWN,
                "manifest.json:22:7",
                "classifier tag `Category::Message Queue` is not one ddassets knows"));
    assertThat(findings.get(0).hint()).isEqualTo("did you mean `Category::Message Queues`?");
    assertThat(Rule.MANIFEST_CLASSIFIER_TAG_UNKNOWN.severityUnder(Profile.DDEV))
        .isEqualTo(Severity.WARNING);
  }

  @Test
  @Spares(Rule.MANIFEST_CLASSIFIER_TAG_UNKNOWN)
  void currentMacOsSpelling_isKnown() {
    assertThat(check(with("/tile/classifier_tags", "[\"Supported OS::macOS\"]"))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_SUPPORT_EMAIL_ASCII)
  void supportEmailWithAnAccent_isNotAscii() {
    assertFindings(check(with("/author/support_email", "\"support@acm\u00e9.example\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_SUPPORT_EMAIL_ASCII,
                "manifest.json:35:22",
                "support_email `support@acm\u00e9.example` has non-ASCII characters"));
  }

  @Test
  @Spares(Rule.MANIFEST_SUPPORT_EMAIL_ASCII)
  void nonAsciiAuthorName_isAllowed() {
    assertThat(check(with("/author/name", "\"Acm\u00e9 GmbH\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_EMAIL_INVALID)
  void supportEmailWithoutAnAt_isNotAnEmailAddress() {
    String text = with("/author/support_email", "\"support.acme.example\"");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.MANIFEST_EMAIL_INVALID,
                "manifest.json:35:22",
                "support_email `support.acme.example` is not an e-mail address"
                    + " (name@domain.example)"));
    // ddev does not look at it: a strict rule.
    assertThat(Report.of(Profile.DDEV, check(text)).items()).isEmpty();
  }

  @Test
  void salesEmailWithoutADomain_isNotAnEmailAddress() {
    assertFindings(check(with("/author/sales_email", "\"sales@acme\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_EMAIL_INVALID,
                "manifest.json:37:20",
                "sales_email `sales@acme` is not an e-mail address (name@domain.example)"));
  }

  @Test
  void emailWithASpaceOrTwoAts_isNotAnEmailAddress() {
    assertThat(check(with("/author/sales_email", "\"sales @acme.example\"")))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_EMAIL_INVALID);
    assertThat(check(with("/author/sales_email", "\"sales@@acme.example\"")))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_EMAIL_INVALID);
  }

  @Test
  @Spares(Rule.MANIFEST_EMAIL_INVALID)
  void plusAddressOnASubdomain_isAnEmailAddress() {
    assertThat(check(with("/author/sales_email", "\"sales+datadog@mail.acme.example\""))).isEmpty();
  }

  @Test
  void nonAsciiSupportEmail_isOnlyTheAsciiFinding() {
    assertThat(check(with("/author/support_email", "\"support@acm\u00e9.example\"")))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_SUPPORT_EMAIL_ASCII);
  }

  @Test
  @Triggers(Rule.MANIFEST_URL_INVALID)
  void homepageWithoutScheme_isNotAUrl() {
    assertFindings(check(with("/author/homepage", "\"acme.example\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_URL_INVALID,
                "manifest.json:36:17",
                "`/author/homepage` should be an http:// or https:// URL, found `acme.example`"));
  }

  @Test
  @Spares(Rule.MANIFEST_URL_INVALID)
  void plainHttpHomepage_isAUrl() {
    assertThat(check(with("/author/homepage", "\"http://acme.example\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_DISPLAY_ON_PUBLIC_WEBSITE)
  void publicWebsiteAsAString_isNotABoolean() {
    assertFindings(check(with("/display_on_public_website", "\"true\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_DISPLAY_ON_PUBLIC_WEBSITE,
                "manifest.json:6:32",
                "display_on_public_website should be true or false, found a string"));
  }

  @Test
  @Spares(Rule.MANIFEST_DISPLAY_ON_PUBLIC_WEBSITE)
  void publicWebsiteFalse_isABooleanAndNoWarning() {
    // ddev's DisplayOnPublicValidator only asks for a boolean: private listings are fine.
    assertThat(check(with("/display_on_public_website", "false"))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_RESOURCE_TYPE)
  void videoResource_isNotADocumentedType() {
    assertFindings(check(with("/tile/resources/0/resource_type", "\"video\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_RESOURCE_TYPE,
                "manifest.json:29:26",
                "resource_type `video` is not blog, documentation, faq or other"));
  }

  @Test
  @Spares(Rule.MANIFEST_RESOURCE_TYPE)
  void faqResource_isADocumentedType() {
    assertThat(check(with("/tile/resources/0/resource_type", "\"faq\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_KEY_DOCUMENTED)
  void missingSalesEmailAndSourceTypeId_areStrictWarnings() {
    String text =
        edit(
            root -> {
              ManifestTree.remove(root, "/author/sales_email");
              ManifestTree.remove(root, "/assets/integration/source_type_id");
            });

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.MANIFEST_KEY_DOCUMENTED,
                "manifest.json:34:13",
                "`/author` lacks the key `sales_email`, which Datadog's reference calls"
                    + " mandatory"),
            tuple(
                Rule.MANIFEST_KEY_DOCUMENTED,
                "manifest.json:40:20",
                "`/assets/integration` lacks the key `source_type_id`, which Datadog's reference"
                    + " calls mandatory"));
    assertThat(Report.of(Profile.DDEV, check(text)).items()).isEmpty();
  }

  @Test
  void manifestBeforeDatadogAssignsIds_needsNoSourceTypeId() {
    // A manifest the code alone describes is written before Datadog assigns source_type_id.
    String text =
        edit(
            root -> {
              ManifestTree.remove(root, "/author/sales_email");
              ManifestTree.remove(root, "/assets/integration/source_type_id");
            });

    assertFindings(ManifestRules.check(parse(text), context().withAssignedKeys(false)))
        .containsExactly(
            tuple(
                Rule.MANIFEST_KEY_DOCUMENTED,
                "manifest.json:34:13",
                "`/author` lacks the key `sales_email`, which Datadog's reference calls"
                    + " mandatory"));
  }

  @Test
  @Spares(Rule.MANIFEST_KEY_DOCUMENTED)
  void tileWithoutIntegration_needsNoIntegrationKeys() {
    String text = without("/assets/integration");

    assertThat(check(text)).extracting(Finding::rule).doesNotContain(Rule.MANIFEST_KEY_DOCUMENTED);
  }

  private static String withTitle(String title) {
    return with("/tile/title", quoted(title));
  }

  /** The findings of one rule (a new title also differs from source_type_name). */
  private static List<Finding> only(Rule rule, List<Finding> findings) {
    return findings.stream().filter(finding -> finding.rule() == rule).toList();
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static List<Finding> check(String text) {
    return ManifestRules.check(parse(text), context());
  }
}
