package io.github.ddassets.processor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The processor is a thin door: it reads elements, calls core's build and writes through the
 * Filer. It never reaches into the command line, and the annotations are read by name (through
 * mirrors), so that the processor needs no annotation class on its own class path.
 */
@AnalyzeClasses(
    packages = "io.github.ddassets.processor",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ProcessorLayeringTest {

  @ArchTest
  static final ArchRule processorNeverImportsTheCommandLine =
      noClasses().should().dependOnClassesThat().resideInAPackage("io.github.ddassets.cli..");

  @ArchTest
  static final ArchRule annotationsAreReadByName =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.github.ddassets.annotations..");
}
