package com.tickmark.model;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The business areas of the model depend on each other one way only, so an area can be read, tested
 * and changed from the bottom up (security and audit below approvals, approvals below the areas
 * that put actions under four-eyes control, and so on).
 */
@AnalyzeClasses(
    packages = "com.tickmark.model",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {
  @ArchTest
  static final ArchRule areasAreFreeOfCycles =
      slices().matching("com.tickmark.model.(*)..").should().beFreeOfCycles();

  /** Within an area too: a sub-package such as trade.fix or demo.inbox builds on its parent. */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("com.tickmark.model.(**)").should().beFreeOfCycles();
}
