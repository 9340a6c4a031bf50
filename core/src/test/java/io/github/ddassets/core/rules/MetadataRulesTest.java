package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * {@link MetadataRules} over files parsed by {@link MetadataReader}, so that every finding's origin
 * is a real line and column. Each rule has a test that triggers it and a near miss that does not.
 *
 * <p>The base row is clean under the strict profile; its cells start at these columns: metric_name
 * 1, metric_type 18, interval 24, unit_name 25, per_unit_name 33, description 34, orientation 65,
 * integration 68, short_name 73, curated_metric 85.
 */
class MetadataRulesTest {

  private static final String HEADER =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric";
  private static final String ROW =
      "acme.queue.depth,gauge,,message,,Messages waiting in the queue.,-1,acme,queue depth,";
  private static final IntegrationIdentity ACME =
      new IntegrationIdentity("acme", "Acme", "acme.", Origin.NONE);

  // ---- whole file and header ----

  @Test
  void baseRow_hasNoFindingUnderStrict() {
    assertThat(check(HEADER, ROW)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_EMPTY_FILE)
  void emptyFile_isAnError() {
    assertFindings(checkText(""))
        .containsExactly(
            tuple(
                Rule.METADATA_EMPTY_FILE,
                "metadata.csv",
                "metadata.csv is empty: it needs at least the header row"));
  }

  @Test
  @Spares(Rule.METADATA_EMPTY_FILE)
  void headerOnlyFile_hasNoFinding() {
    assertThat(checkText(HEADER + "\n")).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_INVALID_COLUMN)
  void unknownColumn_isReportedAtItsHeaderCell() {
    String header = HEADER.replace("curated_metric", "curated");

    assertFindings(check(header, ROW))
        .containsExactly(
            tuple(
                Rule.METADATA_INVALID_COLUMN,
                "metadata.csv:1:105",
                "`curated` is not a metadata.csv column (allowed: metric_name, metric_type,"
                    + " interval, unit_name, per_unit_name, description, orientation, integration,"
                    + " short_name, curated_metric, sample_tags)"));
  }

  @Test
  @Spares(Rule.METADATA_INVALID_COLUMN)
  void sampleTagsColumn_isAllowed() {
    assertThat(check(HEADER + ",sample_tags", ROW + ",team")).isEmpty();
  }

  @Test
  void unknownColumnInHeaderOnlyFile_isNotFaulted() {
    // ddev checks the header while it reads rows: a file without rows is never faulted.
    assertThat(checkText(HEADER.replace("curated_metric", "curated") + "\n")).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_MISSING_COLUMN)
  void missingColumns_areListedOnceAtTheHeader() {
    String header =
        "metric_name,metric_type,unit_name,per_unit_name,description,orientation,integration";
    String row = "acme.queue.depth,gauge,message,,Messages waiting in the queue.,-1,acme";

    assertFindings(check(header, row))
        .containsExactly(
            tuple(
                Rule.METADATA_MISSING_COLUMN,
                "metadata.csv:1:1",
                "the header lacks the columns interval, short_name"));
  }

  @Test
  void oneMissingColumn_isNamedInTheSingular() {
    String header = HEADER.replace(",short_name", "");
    String row = ROW.replace(",queue depth", "");

    assertFindings(check(header, row))
        .containsExactly(
            tuple(
                Rule.METADATA_MISSING_COLUMN,
                "metadata.csv:1:1",
                "the header lacks the column short_name"));
  }

  @Test
  @Spares(Rule.METADATA_MISSING_COLUMN)
  void curatedMetricColumn_mayBeLeftOut() {
    String header = HEADER.replace(",curated_metric", "");
    String row = ROW.substring(0, ROW.length() - 1);

    assertThat(check(header, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_COLUMN_ORDER)
  void columnsOutOfOrder_areAStrictWarning() {
    String header =
        "metric_name,metric_type,interval,unit_name,per_unit_name,orientation,description,integration,short_name,curated_metric";
    String row =
        "acme.queue.depth,gauge,,message,,-1,Messages waiting in the queue.,acme,queue depth,";

    assertFindings(check(header, row))
        .containsExactly(
            tuple(
                Rule.METADATA_COLUMN_ORDER,
                "metadata.csv:1:1",
                "columns are not in the canonical order: expected"
                    + " metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric"));
  }

  @Test
  @Spares(Rule.METADATA_COLUMN_ORDER)
  void canonicalColumnsWithSomeLeftOut_areInOrder() {
    String header = HEADER.replace(",curated_metric", "") + ",sample_tags";
    String row = ROW.substring(0, ROW.length() - 1) + ",team";

    assertThat(check(header, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_LINE_ENDINGS)
  void crlfLineEnds_areAStrictWarning() {
    assertFindings(checkText(HEADER + "\r\n" + ROW + "\r\n"))
        .containsExactly(
            tuple(
                Rule.METADATA_LINE_ENDINGS,
                "metadata.csv",
                "lines end with \\r\\n instead of \\n"));
  }

  @Test
  void missingFinalNewline_isAStrictWarning() {
    assertFindings(checkText(HEADER + "\n" + ROW))
        .containsExactly(
            tuple(Rule.METADATA_LINE_ENDINGS, "metadata.csv", "the last line has no line break"));
  }

  @Test
  void crlfWithoutFinalNewline_givesBothWarnings() {
    assertThat(checkText(HEADER + "\r\n" + ROW))
        .extracting(Finding::message)
        .containsExactly("lines end with \\r\\n instead of \\n", "the last line has no line break");
  }

  @Test
  @Spares(Rule.METADATA_LINE_ENDINGS)
  void lfLineEndsWithFinalNewline_haveNoWarning() {
    assertThat(checkText(HEADER + "\n" + ROW + "\n")).isEmpty();
  }

  // ---- row shape ----

  @Test
  @Triggers(Rule.METADATA_ROW_WIDTH)
  void rowWithTooFewFields_isReportedAndNotCheckedFurther() {
    String row =
        "acme.queue.depth,histogram,,bytes,,Messages waiting in the queue.,-1,acme,queue depth";

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_ROW_WIDTH,
                "metadata.csv:2:1",
                "`acme.queue.depth` has the wrong number of columns: 9 field(s) where the header"
                    + " has 10"));
  }

  @Test
  void rowWithTooManyFields_isReported() {
    assertFindings(check(HEADER, ROW + ",extra"))
        .containsExactly(
            tuple(
                Rule.METADATA_ROW_WIDTH,
                "metadata.csv:2:1",
                "`acme.queue.depth` has the wrong number of columns: 11 field(s) where the header"
                    + " has 10"));
  }

  @Test
  @Spares(Rule.METADATA_ROW_WIDTH)
  void rowEndingWithAnEmptyField_hasTheHeadersWidth() {
    assertThat(ROW).endsWith(",");
    assertThat(check(HEADER, ROW)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_REQUIRED_EMPTY)
  void emptyRequiredCell_isReportedAtTheCell() {
    String row = ROW.replace(",gauge,", ",,");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(Rule.METADATA_REQUIRED_EMPTY, "metadata.csv:2:18", "metric_type is empty"));
  }

  @Test
  void emptyMetricName_isReportedAndNotCheckedForPrefix() {
    String row = ROW.replace("acme.queue.depth", "");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(Rule.METADATA_REQUIRED_EMPTY, "metadata.csv:2:1", "metric_name is empty"));
  }

  @Test
  @Spares(Rule.METADATA_REQUIRED_EMPTY)
  void emptyOptionalCells_areAccepted() {
    // interval, unit_name, per_unit_name and curated_metric are all empty in a row like this.
    String row = "acme.queue.depth,gauge,,,,Messages waiting in the queue.,-1,acme,queue depth,";

    assertThat(check(HEADER, row)).isEmpty();
  }

  // ---- metric_name ----

  @Test
  @Triggers(Rule.METADATA_NAME_NOT_NORMALIZED)
  void nameWithADash_isNotNormalized() {
    String row = ROW.replace("acme.queue.depth", "acme.queue-depth");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_NAME_NOT_NORMALIZED,
                "metadata.csv:2:1",
                "metric name `acme.queue-depth` is not normalized: Datadog would store it as"
                    + " `acme.queue_depth`"));
  }

  @Test
  void underscoreNextToADot_isNotNormalized() {
    String row = ROW.replace("acme.queue.depth", "acme.queue_.depth");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_NAME_NOT_NORMALIZED,
                "metadata.csv:2:1",
                "metric name `acme.queue_.depth` is not normalized: Datadog would store it as"
                    + " `acme.queue.depth`"));
  }

  @Test
  @Spares(Rule.METADATA_NAME_NOT_NORMALIZED)
  void nameWithUnderscoresAndDigits_isNormalized() {
    String row = ROW.replace("acme.queue.depth", "acme.queue_depth.p95");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_NAME_PREFIX)
  void nameWithoutThePrefix_isAnError() {
    String row = ROW.replace("acme.queue.depth", "acmequeue.depth");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_NAME_PREFIX,
                "metadata.csv:2:1",
                "metric `acmequeue.depth` does not start with the metric prefix `acme.` or an"
                    + " allowed global prefix"));
  }

  @Test
  @Spares(Rule.METADATA_NAME_PREFIX)
  void nameWithAGlobalPrefix_isAccepted() {
    String row = ROW.replace("acme.queue.depth", "jvm.queue.depth");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_PREFIX_MISSING)
  void unknownPrefix_isReportedAtTheFirstRow() {
    IntegrationIdentity noPrefix = new IntegrationIdentity("acme", "Acme", null, Origin.NONE);

    assertFindings(MetadataRules.check(parse(HEADER + "\n" + ROW + "\n"), noPrefix))
        .containsExactly(
            tuple(
                Rule.METADATA_PREFIX_MISSING,
                "metadata.csv:2:1",
                "no metric prefix is known for `acme`: set assets.integration.metrics.prefix in"
                    + " manifest.json"));
  }

  @Test
  @Spares(Rule.METADATA_PREFIX_MISSING)
  void unknownPrefixWithoutRows_isNotReported() {
    IntegrationIdentity noPrefix = new IntegrationIdentity("acme", "Acme", "", Origin.NONE);

    assertThat(MetadataRules.check(parse(HEADER + "\n"), noPrefix)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_NAME_DUPLICATE)
  void repeatedName_isReportedAtTheSecondRow() {
    String second = "acme.queue.depth,gauge,,message,,Messages in the queue.,-1,acme,depth,";

    assertFindings(check(HEADER, ROW, second))
        .containsExactly(
            tuple(
                Rule.METADATA_NAME_DUPLICATE,
                "metadata.csv:3:1",
                "metric `acme.queue.depth` is declared more than once (first at"
                    + " metadata.csv:2:1)"));
  }

  @Test
  void repeatedRow_isOneDuplicateNameAndNotItsOwnShortNameOrDescription() {
    // Before, the copy also warned that its short name "is also used by" the metric itself.
    assertFindings(check(HEADER, ROW, ROW))
        .containsExactly(
            tuple(
                Rule.METADATA_NAME_DUPLICATE,
                "metadata.csv:3:1",
                "metric `acme.queue.depth` is declared more than once (first at"
                    + " metadata.csv:2:1)"));
  }

  @Test
  @Spares(Rule.METADATA_NAME_DUPLICATE)
  void nameThatExtendsAnother_isNotADuplicate() {
    String second =
        "acme.queue.depth_max,gauge,,message,,Most messages in the queue.,-1,acme,depth max,";

    assertThat(check(HEADER, ROW, second)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_NAME_TOO_LONG)
  void nameOf201Characters_isTooLong() {
    String name = "acme." + "a".repeat(196);
    String row = ROW.replace("acme.queue.depth", name);

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_NAME_TOO_LONG,
                "metadata.csv:2:1",
                "metric name `" + name + "` has 201 characters, more than the maximum of 200"));
  }

  @Test
  @Spares(Rule.METADATA_NAME_TOO_LONG)
  void nameOf200Characters_isAccepted() {
    String row = ROW.replace("acme.queue.depth", "acme." + "a".repeat(195));

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_NAME_DOTS)
  void doubleDot_isAnEmptySegment() {
    String row = ROW.replace("acme.queue.depth", "acme.queue..depth");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_NAME_DOTS,
                "metadata.csv:2:1",
                "metric name `acme.queue..depth` has an empty segment (`..` or a trailing `.`)"));
  }

  @Test
  void trailingDot_isAnEmptySegment() {
    String row = ROW.replace("acme.queue.depth", "acme.queue.depth.");

    assertThat(check(HEADER, row))
        .extracting(Finding::rule)
        .containsExactly(Rule.METADATA_NAME_DOTS);
  }

  @Test
  @Spares(Rule.METADATA_NAME_DOTS)
  void dotsBetweenSegments_areAccepted() {
    String row = ROW.replace("acme.queue.depth", "acme.queue.depth.p95");

    assertThat(check(HEADER, row)).isEmpty();
  }

  // ---- metric_type, interval, units, orientation, integration ----

  @Test
  @Triggers(Rule.METADATA_TYPE_INVALID)
  void histogramType_isInvalidWithoutHint() {
    String row = ROW.replace(",gauge,", ",histogram,");

    List<Finding> findings = check(HEADER, row);

    assertFindings(findings)
        .containsExactly(
            tuple(
                Rule.METADATA_TYPE_INVALID,
                "metadata.csv:2:18",
                "`histogram` is not a valid metric_type: use gauge, count or rate"));
    assertThat(findings.get(0).hint()).isEmpty();
  }

  @Test
  void distributionType_isInvalidWithAHint() {
    String row = ROW.replace(",gauge,", ",distribution,");

    Finding finding = check(HEADER, row).get(0);

    assertThat(finding.text())
        .isEqualTo(
            "[metadata-type-invalid] `distribution` is not a valid metric_type: use gauge, count or"
                + " rate (ddev does not accept distribution metrics in metadata.csv yet; declare a"
                + " histogram or a gauge)");
  }

  @Test
  @Spares(Rule.METADATA_TYPE_INVALID)
  void countAndRateTypes_areValid() {
    String count = ROW.replace(",gauge,", ",count,");
    String rate =
        ROW.replace("acme.queue.depth,gauge,", "acme.queue.rate,rate,")
            .replace("queue depth", "queue rate")
            .replace("Messages waiting", "Rate of messages");

    assertThat(check(HEADER, count, rate)).isEmpty();
  }

  @Test
  void capitalizedType_isInvalid() {
    String row = ROW.replace(",gauge,", ",Gauge,");

    assertThat(check(HEADER, row))
        .extracting(Finding::rule)
        .containsExactly(Rule.METADATA_TYPE_INVALID);
  }

  @Test
  @Triggers(Rule.METADATA_INTERVAL_NOT_DIGITS)
  void intervalWithAUnit_isNotDigits() {
    String row = ROW.replace(",gauge,,", ",gauge,10s,");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_INTERVAL_NOT_DIGITS,
                "metadata.csv:2:24",
                "interval should be a whole number of seconds, found `10s`"));
  }

  @Test
  @Spares(Rule.METADATA_INTERVAL_NOT_DIGITS)
  void intervalOfDigits_isAccepted() {
    String row = ROW.replace(",gauge,,", ",gauge,10,");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_UNIT_UNKNOWN)
  void misspelledUnit_isUnknownWithASuggestion() {
    String row = ROW.replace(",message,", ",messages,");

    List<Finding> findings = check(HEADER, row);

    assertFindings(findings)
        .containsExactly(
            tuple(
                Rule.METADATA_UNIT_UNKNOWN,
                "metadata.csv:2:25",
                "`messages` is not a valid unit_name"));
    assertThat(findings.get(0).hint()).isEqualTo("did you mean `message`?");
  }

  @Test
  void unknownPerUnit_isReportedAtItsCell() {
    String row = ROW.replace(",message,,", ",message,secnd,");

    List<Finding> findings = check(HEADER, row);

    assertFindings(findings)
        .containsExactly(
            tuple(
                Rule.METADATA_UNIT_UNKNOWN,
                "metadata.csv:2:33",
                "`secnd` is not a valid per_unit_name"));
    assertThat(findings.get(0).hint()).isEqualTo("did you mean `second`?");
  }

  @Test
  void abbreviatedPerUnit_suggestsTheUnitItStandsFor() {
    String row = ROW.replace(",message,,", ",message,sec,");

    List<Finding> findings = check(HEADER, row);

    assertFindings(findings)
        .containsExactly(
            tuple(
                Rule.METADATA_UNIT_UNKNOWN,
                "metadata.csv:2:33",
                "`sec` is not a valid per_unit_name"));
    // `set` is one edit away, but an author who writes `sec` means seconds.
    assertThat(findings.get(0).hint()).isEqualTo("did you mean `second`?");
  }

  @Test
  void farFetchedUnit_hasNoSuggestion() {
    String row = ROW.replace(",message,", ",zzzzzzzzzzzz,");

    assertThat(check(HEADER, row))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo(Rule.METADATA_UNIT_UNKNOWN);
              assertThat(finding.hint()).isEmpty();
            });
  }

  @Test
  @Spares(Rule.METADATA_UNIT_UNKNOWN)
  void unitsWithSpaces_areKnown() {
    String row = ROW.replace(",message,,", ",garbage collection,second,");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_UNIT_TIME_FRACTION)
  void timePerTime_isReportedAtThePerUnit() {
    String row = ROW.replace(",message,,", ",millisecond,second,");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_UNIT_TIME_FRACTION,
                "metadata.csv:2:37",
                "`millisecond/second` is a time per time unit: use the fraction unit instead"));
  }

  @Test
  @Spares(Rule.METADATA_UNIT_TIME_FRACTION)
  void bytesPerSecond_isAccepted() {
    String row = ROW.replace(",message,,", ",byte,second,");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_UNIT_PLACEHOLDER)
  void unitName_isAStrictError() {
    String row = ROW.replace(",message,", ",name,");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_UNIT_PLACEHOLDER,
                "metadata.csv:2:25",
                "`name` is not a real unit (ddev's unit list contains it by accident)"));
  }

  @Test
  @Spares(Rule.METADATA_UNIT_PLACEHOLDER)
  void unitNamedLikeARealUnit_isNotThePlaceholder() {
    String row = ROW.replace(",message,", ",entity,");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_ORIENTATION_INVALID)
  void orientationTwo_isInvalid() {
    String row = ROW.replace(",-1,", ",2,");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_ORIENTATION_INVALID,
                "metadata.csv:2:65",
                "`2` is not a valid orientation: use 1 (higher is better), 0 or -1 (lower is"
                    + " better)"));
  }

  @Test
  void orientationWithAPlusSign_isInvalid() {
    String row = ROW.replace(",-1,", ",+1,");

    assertThat(check(HEADER, row))
        .extracting(Finding::rule)
        .containsExactly(Rule.METADATA_ORIENTATION_INVALID);
  }

  @Test
  @Spares(Rule.METADATA_ORIENTATION_INVALID)
  void orientationsZeroAndOne_areValid() {
    String zero = ROW.replace(",-1,", ",0,");
    String one =
        ROW.replace("acme.queue.depth", "acme.queue.rate")
            .replace(",-1,", ",1,")
            .replace("queue depth", "queue rate")
            .replace("Messages waiting", "Messages read");

    assertThat(check(HEADER, zero, one)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_INTEGRATION_MISMATCH)
  void displayNameInsteadOfNormalizedName_isAMismatch() {
    String row = ROW.replace(",acme,", ",Acme,");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_INTEGRATION_MISMATCH,
                "metadata.csv:2:68",
                "integration `Acme` should be `acme`"));
  }

  @Test
  @Spares(Rule.METADATA_INTEGRATION_MISMATCH)
  void normalizedSourceTypeName_matches() {
    IntegrationIdentity cloud =
        new IntegrationIdentity("acme", "Acme Cloud (Beta)", "acme.", Origin.NONE);
    String row = ROW.replace(",acme,", ",acme_cloud_beta,");

    assertThat(MetadataRules.check(parse(HEADER + "\n" + row + "\n"), cloud)).isEmpty();
  }

  // ---- description ----

  @Test
  @Triggers(Rule.METADATA_DESCRIPTION_EMPTY)
  void emptyDescription_isReportedAtTheCell() {
    String row = ROW.replace("Messages waiting in the queue.", "");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_DESCRIPTION_EMPTY,
                "metadata.csv:2:34",
                "metric `acme.queue.depth` has no description"));
  }

  @Test
  @Spares(Rule.METADATA_DESCRIPTION_EMPTY)
  void blankDescription_isNotEmpty() {
    // Python tests `not description`: a single space is a description.
    String row = ROW.replace("Messages waiting in the queue.", " ");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_DESCRIPTION_PIPE)
  void pipeInDescription_isAnError() {
    String row = ROW.replace("Messages waiting in the queue.", "Messages | queue.");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_DESCRIPTION_PIPE,
                "metadata.csv:2:34",
                "the description of `acme.queue.depth` contains a `|`"));
  }

  @Test
  @Spares(Rule.METADATA_DESCRIPTION_PIPE)
  void slashInDescription_isAccepted() {
    String row = ROW.replace("Messages waiting in the queue.", "Messages / queue.");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_NON_ASCII)
  void nonAsciiShortNameInARowWithDescription_isReportedAtTheFirstSuchCell() {
    String row =
        ROW.replace("Messages waiting in the queue.", "Messages waiting in the queue in µs.")
            .replace("queue depth", "queue depth µ");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_NON_ASCII,
                "metadata.csv:2:34",
                "the row of `acme.queue.depth` contains non-ASCII characters in description,"
                    + " short_name"));
  }

  @Test
  @Spares(Rule.METADATA_NON_ASCII)
  void printableAsciiPunctuation_isAccepted() {
    String row =
        ROW.replace("Messages waiting in the queue.", "Messages ~waiting~ (in the queue) #1!");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_NON_ASCII_UNCHECKED)
  void nonAsciiInARowWithoutDescription_isOnlyAStrictError() {
    String row =
        ROW.replace("Messages waiting in the queue.", "")
            .replace("queue depth", "Warteschlangenlänge");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_DESCRIPTION_EMPTY,
                "metadata.csv:2:34",
                "metric `acme.queue.depth` has no description"),
            tuple(
                Rule.METADATA_NON_ASCII_UNCHECKED,
                "metadata.csv:2:43",
                "the row of `acme.queue.depth` contains non-ASCII characters in short_name"));
  }

  @Test
  void nonAsciiInARowWhoseDescriptionHasAPipe_isOnlyAStrictError() {
    String row =
        ROW.replace("Messages waiting in the queue.", "Messages | queue.")
            .replace("queue depth", "Länge");

    assertThat(check(HEADER, row))
        .extracting(Finding::rule)
        .containsExactly(Rule.METADATA_DESCRIPTION_PIPE, Rule.METADATA_NON_ASCII_UNCHECKED);
  }

  @Test
  @Spares(Rule.METADATA_NON_ASCII_UNCHECKED)
  void nonAsciiInARowWithDescription_isTheDdevRuleInstead() {
    String row = ROW.replace("queue depth", "Länge");

    assertThat(check(HEADER, row))
        .extracting(Finding::rule)
        .containsExactly(Rule.METADATA_NON_ASCII);
  }

  @Test
  @Triggers(Rule.METADATA_DESCRIPTION_TOO_LONG)
  void descriptionOf401Characters_isTooLong() {
    String row = ROW.replace("Messages waiting in the queue.", "a".repeat(401));

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_DESCRIPTION_TOO_LONG,
                "metadata.csv:2:34",
                "the description of `acme.queue.depth` has 401 characters, more than the maximum of"
                    + " 400"));
  }

  @Test
  @Spares(Rule.METADATA_DESCRIPTION_TOO_LONG)
  void descriptionOf400Characters_isAccepted() {
    String row = ROW.replace("Messages waiting in the queue.", "a".repeat(400));

    assertThat(check(HEADER, row)).isEmpty();
  }

  // ---- curated_metric, short_name, sample_tags ----

  @Test
  @Triggers(Rule.METADATA_CURATED_INVALID)
  void repeatedCuratedKind_isInvalid() {
    String row = ROW + "cpu|cpu";

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_CURATED_INVALID,
                "metadata.csv:2:85",
                "curated_metric of `acme.queue.depth` lists `cpu` twice"));
  }

  @Test
  void unknownCuratedKind_isInvalid() {
    String row = ROW + "disk";

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_CURATED_INVALID,
                "metadata.csv:2:85",
                "curated_metric of `acme.queue.depth` contains `disk`: use cpu and memory"));
  }

  @Test
  @Spares(Rule.METADATA_CURATED_INVALID)
  void cpuAndMemory_areValidCuratedKinds() {
    assertThat(check(HEADER, ROW + "cpu|memory")).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_SHORT_NAME_EMPTY)
  void emptyShortName_isAStrictError() {
    String row = ROW.replace("queue depth", "");

    assertFindings(check(HEADER, row))
        .containsExactly(
            tuple(
                Rule.METADATA_SHORT_NAME_EMPTY,
                "metadata.csv:2:73",
                "metric `acme.queue.depth` has no short_name"));
  }

  @Test
  @Spares(Rule.METADATA_SHORT_NAME_EMPTY)
  void shortNameOfOneCharacter_isAccepted() {
    String row = ROW.replace("queue depth", "q");

    assertThat(check(HEADER, row)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_SHORT_NAME_DUPLICATE)
  void repeatedShortName_isReportedAtTheSecondRow() {
    String second = "acme.queue.size,gauge,,message,,Messages in the queue.,-1,acme,queue depth,";

    assertFindings(check(HEADER, ROW, second))
        .containsExactly(
            tuple(
                Rule.METADATA_SHORT_NAME_DUPLICATE,
                "metadata.csv:3:64",
                "short_name `queue depth` is also used by `acme.queue.depth`"));
  }

  @Test
  @Spares(Rule.METADATA_SHORT_NAME_DUPLICATE)
  void twoEmptyShortNames_areNotDuplicates() {
    String first = ROW.replace("queue depth", "");
    String second = "acme.queue.size,gauge,,message,,Messages in the queue.,-1,acme,,";

    assertThat(check(HEADER, first, second))
        .extracting(Finding::rule)
        .containsExactly(Rule.METADATA_SHORT_NAME_EMPTY, Rule.METADATA_SHORT_NAME_EMPTY);
  }

  @Test
  @Triggers(Rule.METADATA_DESCRIPTION_DUPLICATE)
  void repeatedDescription_isReportedAtTheSecondRow() {
    String second =
        "acme.queue.size,gauge,,message,,Messages waiting in the queue.,-1,acme,queue size,";

    assertFindings(check(HEADER, ROW, second))
        .containsExactly(
            tuple(
                Rule.METADATA_DESCRIPTION_DUPLICATE,
                "metadata.csv:3:33",
                "metric `acme.queue.size` has the same description as `acme.queue.depth`"));
  }

  @Test
  @Spares(Rule.METADATA_DESCRIPTION_DUPLICATE)
  void descriptionsDifferingInCase_areNotDuplicates() {
    String second =
        "acme.queue.size,gauge,,message,,messages waiting in the queue.,-1,acme,queue size,";

    assertThat(check(HEADER, ROW, second)).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_SAMPLE_TAGS_FORMAT)
  void sampleTagsWithSpaces_areAStrictWarning() {
    String header = HEADER + ",sample_tags";
    String row = ROW + ",\"team, db\"";

    assertFindings(check(header, row))
        .containsExactly(
            tuple(
                Rule.METADATA_SAMPLE_TAGS_FORMAT,
                "metadata.csv:2:86",
                "sample_tags of `acme.queue.depth` should be tag keys separated by commas, without"
                    + " spaces: `team, db`"));
  }

  @Test
  void sampleTagsWithAnEmptyKey_areAStrictWarning() {
    assertThat(check(HEADER + ",sample_tags", ROW + ",\"team,,db\""))
        .extracting(Finding::rule)
        .containsExactly(Rule.METADATA_SAMPLE_TAGS_FORMAT);
  }

  @Test
  @Spares(Rule.METADATA_SAMPLE_TAGS_FORMAT)
  void commaSeparatedTagKeys_areAccepted() {
    assertThat(check(HEADER + ",sample_tags", ROW + ",\"team,db\"")).isEmpty();
  }

  @Test
  @Triggers(Rule.METADATA_UNSORTED)
  void unsortedRows_areReportedOnceAtTheFirstOutOfPlaceName() {
    String b = "acme.b,gauge,,message,,B.,-1,acme,b,";
    String a = "acme.a,gauge,,message,,A.,-1,acme,a,";
    String c = "acme.c,gauge,,message,,C.,-1,acme,c,";
    String aa = "acme.aa,gauge,,message,,AA.,-1,acme,aa,";

    assertFindings(check(HEADER, b, a, c, aa))
        .containsExactly(
            tuple(
                Rule.METADATA_UNSORTED,
                "metadata.csv:3:1",
                "rows are not sorted by metric_name: `acme.a` comes after `acme.b`"));
  }

  @Test
  @Spares(Rule.METADATA_UNSORTED)
  void rowsSortedAsPlainStrings_areSorted() {
    // A plain string sort puts upper case before lower case, and a name before its extensions.
    String upper = "acme.Z,gauge,,message,,Z.,-1,acme,Z,";
    String lower = "acme.a,gauge,,message,,A.,-1,acme,a,";
    String underscore = "acme.a_b,gauge,,message,,AB.,-1,acme,a b,";

    assertThat(check(HEADER, upper, lower, underscore)).isEmpty();
  }

  // ---- helpers ----

  private static MetadataFile parse(String text) {
    return MetadataReader.parse(text, "metadata.csv").value().orElseThrow();
  }

  private static List<Finding> checkText(String text) {
    return MetadataRules.check(parse(text), ACME);
  }

  /** Checks a file made of these lines, each ended by {@code \n}. */
  private static List<Finding> check(String... lines) {
    return checkText(String.join("\n", lines) + "\n");
  }

  /** The findings as (rule, origin, message) tuples. */
  static ListAssert<Tuple> assertFindings(List<Finding> findings) {
    return assertThat(
        findings.stream().map(f -> tuple(f.rule(), f.origin().describe(), f.message())).toList());
  }
}
