package com.tickmark.app.ui.imports;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.tickmark.app.recon.ReconServices;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.NodeSnapshots;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.imports.ImportViewModel.ProblemRow;
import com.tickmark.app.ui.imports.QuarantineViewModel.Row;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A clerk previews trade files, imports a good one, is refused a second import of it, and repairs a
 * quarantined row; and picks the settlement status kind, whose bad file is refused whole, then the
 * bank statement kind, whose file is stored.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFxTest {
  @TempDir static Path dir;
  static SecurityFixture fx;
  static Actor clerk;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private MainWindow main;

  @BeforeAll
  static void openFixture() {
    fx = SecurityFixture.create(dir.resolve("ws"));
    clerk = fx.user("clara", Role.CLERK);
  }

  @AfterAll
  static void closeFixture() {
    fx.close();
  }

  @Start
  void start(Stage stage) {
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    main =
        new MainWindow(
            new ScreenContext(fx.services, clerk, executor, monitor, UiState.inMemory()),
            StandardScreens.registry(),
            new FirmService(new SettingsRepository(fx.workspace.dsl())).profile(),
            () -> {});
    main.show(stage);
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  private ImportScreen open(FxRobot robot) {
    robot.clickOn("#nav-imports");
    ImportScreen screen = (ImportScreen) onFx(() -> main.currentScreen().orElseThrow());
    waitUntil(() -> "tickmark".equals(screen.viewModel().profileProperty().get()));
    return screen;
  }

  private void choose(FxRobot robot, ImportScreen screen, Path file) {
    onFx(() -> screen.layout().setFileChooser(owner -> Optional.of(file)));
    robot.clickOn("#imports-choose");
    waitUntil(
        () ->
            robot
                .lookup("#imports-file")
                .queryAs(TextField.class)
                .getText()
                .equals(file.toString()));
  }

  private static String notice(FxRobot robot) {
    return robot.lookup("#imports-notice").tryQuery().map(n -> ((Message) n).getTitle()).orElse("");
  }

  @Test
  void aBadFileShowsEveryProblemAndAGoodFileImportsOnceOnly(FxRobot robot) throws Exception {
    ImportScreen screen = open(robot);
    Path bad = TradeFiles.valid(fx.services.repositories(), dir, "bad.csv", 8, "bad");
    TradeFiles.withCell(bad, 4, TradeFiles.QUANTITY, "zero");
    TradeFiles.withCell(bad, 7, TradeFiles.BOOK, "NOBOOK");
    choose(robot, screen, bad);
    robot.clickOn("#imports-preview");
    TableView<?> problems = robot.lookup("#imports-problems").queryAs(TableView.class);
    waitUntil(() -> problems.getItems().size() == 2);
    assertThat(problems.getItems())
        .extracting(
            r ->
                ((ProblemRow) r).line()
                    + " "
                    + ((ProblemRow) r).field()
                    + " "
                    + ((ProblemRow) r).value())
        .containsExactly("4 quantity zero", "7 book NOBOOK");
    assertThat(robot.lookup("#imports-summary").queryAs(Label.class).getText())
        .isEqualTo("8 rows: 6 valid, 2 refused; 2 problems");
    assertThat(robot.lookup("#imports-import-all").queryAs(Button.class).isDisabled()).isTrue();
    Button quarantine = robot.lookup("#imports-import-quarantine").queryAs(Button.class);
    assertThat(quarantine.isDisabled()).isFalse();
    assertThat(quarantine.getText()).isEqualTo("Import valid rows and quarantine 2");
    assertThat(robot.lookup("#imports-rows").queryAs(TableView.class).getItems()).hasSize(6);
    assertThat(robot.lookup("#imports-problems-export-excel").queryAs(Button.class).isDisabled())
        .as("clerks may export")
        .isFalse();
    NodeSnapshots.write(main.scene(), Path.of("target", "screenshots", "import-preview.png"));

    Path good = TradeFiles.valid(fx.services.repositories(), dir, "good.csv", 5, "good");
    choose(robot, screen, good);
    assertThat(problems.getItems()).as("a new file drops the old preview").isEmpty();
    robot.clickOn("#imports-preview");
    Button importAll = robot.lookup("#imports-import-all").queryAs(Button.class);
    waitUntil(() -> !importAll.isDisabled());
    assertThat(quarantine.isDisabled()).isTrue();
    robot.clickOn("#imports-import-all");
    waitUntil(() -> notice(robot).startsWith("Imported good.csv"));
    assertThat(fx.services.tradeImports().imports(clerk))
        .filteredOn(r -> r.fileName().equals("good.csv"))
        .singleElement()
        .satisfies(r -> assertThat(r.rowsLoaded()).isEqualTo(5));
    assertThat(importAll.isDisabled()).isTrue();

    robot.clickOn("#imports-preview");
    waitUntil(() -> notice(robot).equals("Already imported: this file cannot be imported again"));
    assertThat(importAll.isDisabled()).isTrue();
    assertThat(quarantine.isDisabled()).isTrue();
    assertThat(fx.services.tradeImports().imports(clerk))
        .filteredOn(r -> r.fileName().equals("good.csv"))
        .hasSize(1);
  }

  @Test
  void aClerkPicksTheSettlementStatusKindAndSeesItsProblemsThenImportsABankStatement(FxRobot robot)
      throws Exception {
    ImportScreen screen = open(robot);
    ComboBox<?> kind = robot.lookup("#imports-kind").queryAs(ComboBox.class);
    assertThat(kind.getItems())
        .extracting(Object::toString)
        .containsExactly(
            "Trade file",
            "Settlement status file",
            "Bank statement",
            "Broker confirmations",
            "Custodian holdings");
    onFx(() -> screen.viewModel().kindProperty().set(screen.viewModel().kinds().get(1)));
    assertThat(robot.lookup("#imports-preview").queryAs(Button.class).getParent().isVisible())
        .as("no profile and no preview for a status file")
        .isFalse();
    Path status =
        Files.writeString(
            dir.resolve("ACS_status_bad.csv"),
            "statement_date,account_number,our_reference,isin,quantity,settlement_amount,currency,"
                + "intended_settlement_date,status,settled_quantity,actual_settlement_date,"
                + "reason_code\n"
                + "2025-11-20,3437-862486,E1,US9325941048,100,5000.00,USD,2025-11-19,LOST,0,,\n");
    choose(robot, screen, status);
    Button importIt = robot.lookup("#imports-import-all").queryAs(Button.class);
    assertThat(importIt.getText()).isEqualTo("Import (all or nothing)");
    robot.clickOn("#imports-import-all");
    waitUntil(() -> notice(robot).equals("Nothing was imported"));
    TableView<?> problems = robot.lookup("#imports-problems").queryAs(TableView.class);
    assertThat(problems.getItems())
        .extracting(r -> ((ProblemRow) r).line() + " " + ((ProblemRow) r).field())
        .containsExactly("2 status");
    assertThat(fx.services.area(SettlementServices.class).statusImports().imports(clerk)).isEmpty();

    onFx(() -> screen.viewModel().kindProperty().set(screen.viewModel().kinds().get(2)));
    Path statement =
        Files.writeString(
            dir.resolve("JPMC_20251120.sta"),
            ":20:FX1120\r\n:25:US64JPMC000099887766\r\n:28C:00001/001\r\n"
                + ":60F:C251119USD100,00\r\n:61:251120C10,00NTRFNONREF//B1\r\n:86:INTEREST\r\n"
                + ":62F:C251120USD110,00\r\n-\r\n");
    choose(robot, screen, statement);
    robot.clickOn("#imports-import-all");
    waitUntil(() -> notice(robot).equals("Bank statement imported"));
    assertThat(problems.getItems()).isEmpty();
    assertThat(
            fx.services.area(ReconServices.class).statements().statements(clerk, Optional.empty()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.accountCode()).isEqualTo("CASH-JPMC-USD");
              assertThat(s.closing()).isEqualByComparingTo("110.00");
              assertThat(s.entries()).isEqualTo(1);
            });
  }

  @Test
  void aQuarantinedRowIsCorrectedAndResubmittedAsATrade(FxRobot robot) throws Exception {
    ImportScreen screen = open(robot);
    onFx(() -> screen.layout().setConfirmation(question -> true));
    Path file = TradeFiles.valid(fx.services.repositories(), dir, "q.csv", 4, "q");
    String book = TradeFiles.cell(file, 3, TradeFiles.BOOK);
    TradeFiles.withCell(file, 3, TradeFiles.BOOK, "MISSING");
    choose(robot, screen, file);
    robot.clickOn("#imports-preview");
    Button quarantine = robot.lookup("#imports-import-quarantine").queryAs(Button.class);
    waitUntil(() -> !quarantine.isDisabled());
    robot.clickOn("#imports-import-quarantine");
    waitUntil(() -> notice(robot).startsWith("Imported q.csv"));

    Label badge = robot.lookup("#nav-badge-" + ImportScreen.ID).queryAs(Label.class);
    waitUntil(() -> badge.isVisible() && badge.getText().equals("1"));

    robot.clickOn("#imports-tab-quarantine");
    TableView<?> rows = robot.lookup("#imports-quarantined").queryAs(TableView.class);
    waitUntil(() -> rows.getItems().stream().anyMatch(r -> ((Row) r).file().equals("q.csv")));
    int index =
        onFx(
            () -> {
              for (int i = 0; i < rows.getItems().size(); i++) {
                if (((Row) rows.getItems().get(i)).file().equals("q.csv")) {
                  return i;
                }
              }
              return -1;
            });
    onFx(() -> rows.getSelectionModel().select(index));
    waitUntil(() -> robot.lookup("#quarantine-field-book").tryQuery().isPresent());
    assertThat(robot.lookup("#quarantine-problems").queryAs(Label.class).getText())
        .contains("book: 'MISSING' is not in the reference data");
    TextField bookField = robot.lookup("#quarantine-field-book").queryAs(TextField.class);
    assertThat(bookField.getText()).isEqualTo("MISSING");
    NodeSnapshots.write(main.scene(), Path.of("target", "screenshots", "import-quarantine.png"));
    onFx(() -> bookField.setText(book));
    Button resubmit = robot.lookup("#quarantine-resubmit").queryAs(Button.class);
    assertThat(resubmit.isDisabled()).isFalse();
    onFx(resubmit::fire); // the detail pane may need scrolling in the test's small window
    waitUntil(() -> ((Row) rows.getItems().get(index)).status().equals("Repaired"));
    assertThat(((Row) rows.getItems().get(index)).trade()).startsWith("T0");
    assertThat(robot.lookup("#quarantine-resolved").queryAs(Label.class).getText())
        .startsWith("Repaired by clara");
    waitUntil(() -> !badge.isVisible());
  }
}
