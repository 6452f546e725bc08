package com.tickmark.app.ui;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tickmark.app.ui.common.DatePickers;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.Test;

/** The screen conventions of STYLE.md, checked on the compiled classes. */
class UiArchitectureTest {
  private static final JavaClasses UI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.tickmark.app.ui");

  @Test
  void viewModelsHoldNoControlsAndNeedNoToolkit() {
    classes()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages("javafx.scene..", "javafx.stage..", "javafx.application..")
        .because("view models are tested without a toolkit; controls belong to the view")
        .check(UI);
  }

  @Test
  void theTableModelIsAViewModelToo() {
    classes()
        .that()
        .haveSimpleName("TableModel")
        .or()
        .haveSimpleName("ColumnSpec")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages("javafx.scene..", "javafx.stage..", "javafx.application..")
        .check(UI);
  }

  @Test
  void viewModelsReachTheDatabaseOnlyThroughTheBackgroundExecutor() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "java.sql..")
        .check(UI);
  }

  @Test
  void theBackgroundWorkApiKnowsNothingOfScreensOrStorage() {
    noClasses()
        .that()
        .resideInAPackage("com.tickmark.app.ui.task..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.tickmark.persistence..",
            "com.tickmark.app.ui.shell..",
            "com.tickmark.app.ui.refdata..",
            "javafx.scene..")
        .check(UI);
  }

  @Test
  void everyDatePickerShowsIsoDates() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(DatePickers.class.getName())
        .should()
        .callConstructorWhere(target(owner(assignableTo(DatePicker.class))))
        .because("DatePickers.iso() makes pickers that show and read 2026-12-04, not 12/4/2026")
        .check(UI);
  }
}
