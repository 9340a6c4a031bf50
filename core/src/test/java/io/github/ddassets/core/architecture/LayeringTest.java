package io.github.ddassets.core.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The allowed arrows between core's packages, as docs/architecture.md draws them. A new import that
 * crosses a layer fails the build here, naming the class and the dependency.
 */
@AnalyzeClasses(
    packages = "io.github.ddassets",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  private static final String OURS = "io.github.ddassets..";
  private static final String CORE = "io.github.ddassets.core";

  /** The model is what everything else shares, so it may depend on nothing of ours. */
  @ArchTest
  static final ArchRule modelImportsNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".model..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(OURS).and(resideOutsideOfPackage(CORE + ".model..")));

  /** Reading input files within their budget is beneath everything that reads a file. */
  @ArchTest
  static final ArchRule inputImportsNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".input..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(OURS).and(resideOutsideOfPackage(CORE + ".input..")));

  /** YAML reading and writing know nothing of specs, rules or files: only origins. */
  @ArchTest
  static final ArchRule yamlKnowsOnlyTheModel =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".yaml..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(OURS)
                  .and(resideOutsideOfPackage(CORE + ".yaml.."))
                  .and(resideOutsideOfPackage(CORE + ".model..")));

  /** Checking never depends on printing, reading, assembling or building. */
  @ArchTest
  static final ArchRule rulesImportNoRendererOrReader =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".rules..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                  CORE + ".render..",
                  CORE + ".read..",
                  CORE + ".declare..",
                  CORE + ".output..",
                  CORE + ".build..",
                  CORE + ".check.."));

  /** Renderers turn the model into text; they never read files or run a build. */
  @ArchTest
  static final ArchRule renderersReadNoFile =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".render..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                  CORE + ".read..",
                  CORE + ".declare..",
                  CORE + ".output..",
                  CORE + ".build..",
                  CORE + ".check.."));

  /** The configuration model loads and checks specs; it neither renders nor builds. */
  @ArchTest
  static final ArchRule configurationModelStandsAlone =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".config..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                  CORE + ".render..",
                  CORE + ".read..",
                  CORE + ".declare..",
                  CORE + ".output..",
                  CORE + ".build..",
                  CORE + ".check.."));

  /** Declarations become the model; writing or checking folders is someone else's job. */
  @ArchTest
  static final ArchRule declarationsWriteNothing =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".declare..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                  CORE + ".read..", CORE + ".output..", CORE + ".build..", CORE + ".check.."));

  /** Readers only parse: they never run the build or the folder check. */
  @ArchTest
  static final ArchRule readersOnlyParse =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".read..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(CORE + ".build..", CORE + ".check..", CORE + ".declare.."));

  /**
   * The CI formats (GitHub commands, SARIF) serve the folder check and the release comparison
   * alike, so they know only the model.
   */
  @ArchTest
  static final ArchRule ciFormatsKnowOnlyTheModel =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".ci..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(OURS)
                  .and(resideOutsideOfPackage(CORE + ".ci.."))
                  .and(resideOutsideOfPackage(CORE + ".model..")));

  /** A baseline matches findings both entries produce, so it sits beneath both. */
  @ArchTest
  static final ArchRule baselinesServeBothEntries =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".baseline..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                  CORE + ".render..", CORE + ".declare..", CORE + ".build..", CORE + ".check.."));

  /** The build is one of the two entries; the folder check is the other, and not beneath it. */
  @ArchTest
  static final ArchRule buildAndCheckAreSeparateDoors =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".check..")
          .should()
          .dependOnClassesThat(resideInAPackage(CORE + ".build.."));

  /**
   * Comparing releases is a door's engine beside the build and the folder check: it reads and
   * compares, and nothing else in core depends on it.
   */
  @ArchTest
  static final ArchRule releaseComparisonStandsBesideTheDoors =
      noClasses()
          .that()
          .resideInAPackage(CORE + ".diff..")
          .should()
          .dependOnClassesThat(resideInAnyPackage(CORE + ".build..", CORE + ".check.."));

  /** No other package of core imports the comparison of releases. */
  @ArchTest
  static final ArchRule nothingInCoreDependsOnTheComparison =
      noClasses()
          .that()
          .resideInAPackage(CORE + "..")
          .and()
          .resideOutsideOfPackage(CORE + ".diff..")
          .should()
          .dependOnClassesThat(resideInAPackage(CORE + ".diff.."));

  /** Core runs without javac: the compiler's element API stays in the processor. */
  @ArchTest
  static final ArchRule coreNeverTouchesTheCompiler =
      noClasses()
          .that()
          .resideInAPackage("io.github.ddassets.core..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                  "javax.lang.model..",
                  "javax.annotation.processing..",
                  "com.palantir.javapoet.."));

  /** Core is beneath both doors. */
  @ArchTest
  static final ArchRule coreKnowsNoDoor =
      noClasses()
          .that()
          .resideInAPackage("io.github.ddassets.core..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("io.github.ddassets.processor..", "io.github.ddassets.cli.."));

  /** No two packages of core depend on each other, directly or around a loop. */
  @ArchTest
  static final ArchRule noCycles =
      slices().matching("io.github.ddassets.core.(*)..").should().beFreeOfCycles();
}
