package com.tickmark.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tickmark.persistence.workspace.Workspace;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: app → reports, persistence → model; generated jOOQ stays in
 * persistence.
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tickmark");
  }

  @Test
  void modelUsesNoUiNoSqlAndNoJooq() {
    noClasses()
        .that()
        .resideInAPackage("com.tickmark.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..", "org.jooq..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
        .because("the business model must run without a UI or a database")
        .check(classes);
  }

  @Test
  void modelDependsOnNoOtherTickmarkModule() {
    noClasses()
        .that()
        .resideInAPackage("com.tickmark.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.tickmark.persistence..", "com.tickmark.reports..", "com.tickmark.app..")
        .check(classes);
  }

  @Test
  void onlyPersistenceUsesTheGeneratedJooqClasses() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.tickmark.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.tickmark.persistence.jooq..")
        .because("repositories return domain records, never jOOQ records")
        .check(classes);
  }

  @Test
  void onlyPersistenceUsesJooqAndJdbc() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.tickmark.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..")
        .check(classes);
  }

  @Test
  void onlyPersistenceTakesTheWorkspacesJooqContext() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.tickmark.persistence..")
        .should()
        .callMethod(Workspace.class, "dsl")
        .because("the app reaches the database through Repositories, never through jOOQ")
        .check(classes);
  }

  @Test
  void persistenceAndReportsDoNotReachIntoTheApp() {
    noClasses()
        .that()
        .resideInAnyPackage("com.tickmark.persistence..", "com.tickmark.reports..")
        .and()
        .resideOutsideOfPackage("com.tickmark.persistence.jooq..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.tickmark.app..", "javafx..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("com.tickmark.reports..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.tickmark.persistence..")
        .allowEmptyShould(true)
        .check(classes);
  }
}
