package com.tickmark.app;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.area.Area;
import com.tickmark.app.cli.TickmarkCommand;
import com.tickmark.app.ui.ErrorReport;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.StartupContext;
import com.tickmark.app.ui.shell.StartupSequence;
import com.tickmark.app.ui.shell.TickmarkApplication;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.security.Permission;
import com.tickmark.persistence.workspace.Workspace;
import com.tickmark.persistence.workspace.WorkspaceException;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: app → reports, persistence → model; generated jOOQ stays in
 * persistence; screens reach the data through the services only. Business areas plug in through the
 * registries (ADR 0013).
 */
class ArchitectureTest {
  /** The business areas' packages in model (today's and the planned ones). */
  static final String[] MODEL_AREAS = {
    "com.tickmark.model.refdata..",
    "com.tickmark.model.marketdata..",
    "com.tickmark.model.trade..",
    "com.tickmark.model.settlement..",
    "com.tickmark.model.recon..",
    "com.tickmark.model.ledger..",
    "com.tickmark.model.risk..",
    "com.tickmark.model.compliance.."
  };

  /** Each area's screen packages under com.tickmark.app.ui; the rest are shared. */
  static final Map<String, List<String>> AREA_SCREENS =
      Map.of(
          "trade", List.of("blotter", "fixrepair", "imports", "trade"),
          "refdata", List.of("refdata"),
          "security", List.of("admin", "login"),
          "approvals", List.of("approvals"),
          "audit", List.of("audit"));

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

  /** The start-up classes of the shell, which open the workspace before any service exists. */
  private static final Class<?>[] SHELL_START_UP = {
    StartupSequence.class, StartupContext.class, TickmarkApplication.class
  };

  /** The classes that show a failure to the user: they pass a workspace's own sentence on. */
  private static final Class<?>[] ERROR_MESSAGES = {ErrorReport.class, Notice.class};

  @Test
  void screensReachTheDataOnlyThroughTheServices() {
    noClasses()
        .that()
        .resideInAPackage("com.tickmark.app.ui..")
        .and(not(belongToAnyOf(SHELL_START_UP)))
        .and(not(belongToAnyOf(ERROR_MESSAGES)))
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.tickmark.persistence..")
        .orShould()
        .callMethod(AppServices.class, "repositories")
        .orShould()
        .callMethod(AppServices.class, "workspace")
        .because(
            "screens call the services, which check the signed-in user's permissions; a"
                + " repository does not")
        .check(classes);
  }

  /**
   * The two exceptions to the rule above are about the workspace FILE, not business data: before
   * there are services, the shell's start-up opens the workspace (taking its lock, asking for the
   * passphrase of an encrypted one) and closes it again; and a {@link WorkspaceException} (locked,
   * damaged, newer version, wrong passphrase, unreadable backup) carries a sentence written for the
   * user, which the error dialog and the notices show as it is.
   */
  @Test
  void theShellTouchesOnlyTheWorkspaceFileItself() {
    classes()
        .that(belongToAnyOf(SHELL_START_UP))
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("com.tickmark.persistence..").or(belongToAnyOf(Workspace.class)))
        .check(classes);
    classes()
        .that(belongToAnyOf(ERROR_MESSAGES))
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("com.tickmark.persistence..")
                .or(belongToAnyOf(WorkspaceException.class)))
        .check(classes);
  }

  /**
   * A screen's package (admin, approvals, audit, blotter, fixrepair, imports, login, refdata,
   * reports) uses no other screen's package, only what screens share: the screen API and the shell
   * ({@code ui.shell}, which also lists the screens), widgets ({@code ui.common}), tables ({@code
   * ui.table}), background work ({@code ui.task}), charts ({@code ui.chart}), the trade dialogs any
   * screen showing trades opens ({@code ui.trade}) and the classes directly in {@code ui}.
   */
  @Test
  void screensDoNotReachIntoEachOther() {
    slices()
        .matching("com.tickmark.app.ui.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            alwaysTrue(),
            resideInAnyPackage(
                "com.tickmark.app.ui.common..",
                "com.tickmark.app.ui.table..",
                "com.tickmark.app.ui.task..",
                "com.tickmark.app.ui.chart..",
                "com.tickmark.app.ui.shell..",
                "com.tickmark.app.ui.trade.."))
        .ignoreDependency(resideInAPackage("com.tickmark.app.ui.shell.."), alwaysTrue())
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

  @Test
  void reportDefinitionsLiveInTheirAreasNotInTheCatalog() {
    classes()
        .that()
        .implement(ReportDefinition.class)
        .should()
        .resideOutsideOfPackage("com.tickmark.model.report..")
        .because("each area keeps its reports in its own package and contributes them")
        .check(classes);
  }

  @Test
  void theReportCatalogDependsOnNoBusinessArea() {
    noClasses()
        .that()
        .resideInAPackage("com.tickmark.model.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(MODEL_AREAS)
        .because("areas depend on the catalog, so the catalog depending on one would be a cycle")
        .check(classes);
  }

  @Test
  void noAreasRepositoriesReachIntoAnotherAreasRepositories() {
    slices()
        .matching("com.tickmark.persistence.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            DescribedPredicate.alwaysTrue(),
            JavaClass.Predicates.resideInAnyPackage(
                "com.tickmark.persistence.workspace..",
                "com.tickmark.persistence.jooq..",
                "com.tickmark.persistence.intake.."))
        .because("each area's persistence package builds its own repositories from the workspace")
        .check(classes);
  }

  private static String screens(String name) {
    return "com.tickmark.app.ui." + name + "..";
  }

  @Test
  void theCommandLineAndTheNavigationNameNoAreasCommandOrScreen() {
    Class<?>[] areaCommands =
        StandardAreas.all().stream().flatMap(a -> a.commands().stream()).toArray(Class<?>[]::new);
    noClasses()
        .that()
        .belongToAnyOf(TickmarkCommand.class)
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(areaCommands)
        .because("areas contribute their commands through StandardAreas")
        .check(classes);
    String[] areaScreens =
        AREA_SCREENS.values().stream()
            .flatMap(List::stream)
            .map(ArchitectureTest::screens)
            .toArray(String[]::new);
    noClasses()
        .that()
        .belongToAnyOf(StandardScreens.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(areaScreens)
        .because("areas contribute their screens through StandardAreas")
        .check(classes);
  }

  @Test
  void everyAreaIsRegistered() {
    Set<String> implemented =
        classes.stream()
            .filter(c -> c.isAssignableTo(Area.class) && !c.isInterface() && !c.isAnonymousClass())
            .map(JavaClass::getName)
            .collect(Collectors.toSet());
    Set<String> registered =
        StandardAreas.all().stream().map(a -> a.getClass().getName()).collect(Collectors.toSet());
    assertThat(registered).isEqualTo(implemented);
  }

  /**
   * The permissions the areas declare, which the Admin screen shows, are exactly those the code
   * names outside the security model itself (a service's {@code require}, a screen's or command's
   * {@code may}): a role never advertises a capability Tickmark lacks, and a capability an area
   * adds is shown once the area declares its permission.
   */
  @Test
  void thePermissionsTheAreasDeclareAreExactlyThoseTheCodeChecks() {
    Map<Permission, Set<String>> named = new EnumMap<>(Permission.class);
    for (JavaClass c : classes) {
      if (c.getPackageName().equals(Permission.class.getPackageName())) {
        continue;
      }
      for (JavaFieldAccess access : c.getFieldAccessesFromSelf()) {
        if (access.getTargetOwner().isEquivalentTo(Permission.class)) {
          named
              .computeIfAbsent(Permission.valueOf(access.getName()), p -> new TreeSet<>())
              .add(c.getName());
        }
      }
    }
    assertThat(StandardAreas.permissions())
        .as("declared by the areas (or the platform) vs. named in the code: %s", named)
        .containsExactlyInAnyOrderElementsOf(named.keySet())
        .as("no area built yet checks these, so none is shown")
        .contains(
            Permission.WORK_RECONCILIATIONS, Permission.POST_JOURNALS, Permission.CLOSE_PERIODS)
        .doesNotContain(Permission.VIEW_RISK, Permission.MANAGE_LIMITS, Permission.WORK_ALERTS);
  }

  @Test
  void aNewAreasPermissionsAreShownOnceItIsRegistered() {
    Area risk =
        new Area() {
          @Override
          public Set<Permission> permissions() {
            return EnumSet.of(Permission.VIEW_RISK, Permission.MANAGE_LIMITS);
          }
        };
    List<Area> areas = new ArrayList<>(StandardAreas.all());
    assertThat(StandardAreas.permissionsOf(areas)).doesNotContain(Permission.VIEW_RISK);
    areas.add(risk);
    assertThat(StandardAreas.permissionsOf(areas))
        .contains(Permission.VIEW_RISK, Permission.MANAGE_LIMITS)
        .containsAll(StandardAreas.permissions());
  }
}
