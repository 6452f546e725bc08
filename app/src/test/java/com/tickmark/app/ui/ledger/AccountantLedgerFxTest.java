package com.tickmark.app.ui.ledger;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.screenTitle;
import static com.tickmark.app.ui.fixture.Fx.shown;
import static com.tickmark.app.ui.fixture.Fx.visibleTable;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The accountant's morning in the main window: the trial balance balances; a double-click on the
 * brokers' account opens its statement; a line of it opens its entry in the journal, and the entry
 * its trade in the blotter. The statement exported to Excel is the accountant's: its opening
 * balance, one sheet per account, totals as formulas.
 */
@ExtendWith(ApplicationExtension.class)
class AccountantLedgerFxTest {
  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private MainWindow main;

  @BeforeAll
  static void aSmallJournal() {
    workspace = LedgerFixture.create(dir.resolve("ws"));
    services = RefDataFixture.services(workspace);
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  @Start
  void start(Stage stage) {
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    ScreenContext accountant =
        new ScreenContext(
            services, LedgerFixture.ACCOUNTANT, executor, monitor, UiState.inMemory());
    main = new MainWindow(accountant, StandardScreens.registry(), FirmProfile.NONE, () -> {});
    main.show(stage);
  }

  @AfterEach
  void stop() {
    onFx(main::close);
    executor.shutdown();
    main = null;
    assertThat(failures).isEmpty();
  }

  @Test
  void fromTheTrialBalanceToAnAccountToAnEntryToItsTrade(FxRobot robot) throws IOException {
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
    waitUntil(() -> "Trial balance".equals(screenTitle(robot)));
    TableView<TrialBalanceViewModel.Row> balances = visibleTable(robot, 0);
    waitUntil(() -> balances.getItems().size() == 5);
    assertThat(text(robot, "#ledger-tb-verdict")).isEqualTo("The books balance");
    assertThat(text(robot, "#ledger-tb-total-USD")).isEqualTo("50,150.00 / 50,150.00");

    robot.doubleClickOn(
        row(robot, r -> r instanceof TrialBalanceViewModel.Row t && t.account().equals("2100")));

    waitUntil(() -> "Account statement".equals(screenTitle(robot)));
    ComboBox<?> account = robot.lookup("#ledger-statement-account").queryAs(ComboBox.class);
    waitUntil(() -> account.getValue() != null && account.getValue().toString().contains("2100"));
    TableView<AccountStatementViewModel.Row> lines = visibleTable(robot, 0);
    waitUntil(() -> lines.getItems().size() == 5);
    assertThat(text(robot, "#ledger-statement-closing-USD")).isEqualTo("-150.00");

    // the statement to Excel: the accountant's statement, its totals live formulas
    AtomicReference<Path> exported = new AtomicReference<>();
    AccountStatementScreen statementScreen =
        (AccountStatementScreen) onFx(() -> main.currentScreen().orElseThrow());
    onFx(
        () ->
            statementScreen
                .layout()
                .setFileChoice(
                    (owner, format, suggested) -> {
                      exported.set(dir.resolve(suggested));
                      return Optional.of(exported.get());
                    }));
    robot.clickOn(shown(robot, "#ledger-statement-export-excel"));
    waitUntil(() -> text(robot, "#ledger-statement-message").startsWith("Exported"));
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(exported.get()))) {
      Sheet sheet = book.getSheet("2100 Payable to brokers");
      assertThat(sheet).as("one sheet per account, named by it").isNotNull();
      List<String> descriptions = new ArrayList<>();
      Row usdTotal = null;
      for (Row row : sheet) {
        Cell description = row.getCell(4);
        if (description != null && description.getCellType() == CellType.STRING) {
          descriptions.add(description.getStringCellValue());
        }
        if (row.getCell(0) != null
            && row.getCell(0).getCellType() == CellType.STRING
            && row.getCell(0).getStringCellValue().equals("Total USD")) {
          usdTotal = row;
        }
      }
      assertThat(descriptions).contains("Opening balance");
      assertThat(usdTotal).as("the USD lines' total row").isNotNull();
      Cell credits = usdTotal.getCell(8);
      assertThat(credits.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(credits.getCellFormula()).startsWith("SUBTOTAL(9,");
      Cell debits = usdTotal.getCell(7);
      // the closing balance, -150.00, is the debits less the credits of the period
      assertThat(debits.getNumericCellValue() - credits.getNumericCellValue()).isEqualTo(-150.0);
    }

    int trade =
        onFx(
            () -> {
              for (int i = 0; i < lines.getItems().size(); i++) {
                if (lines.getItems().get(i).entry() == 4L) {
                  return i;
                }
              }
              return -1;
            });
    onFx(() -> lines.getSelectionModel().select(trade));
    robot.clickOn(shown(robot, "#ledger-statement-open-entry"));

    waitUntil(() -> "Journal".equals(screenTitle(robot)));
    waitUntil(() -> text(robot, "#ledger-journal-detail-title").startsWith("Entry 4 "));
    TableView<JournalViewModel.EntryRow> entries = visibleTable(robot, 0);
    waitUntil(
        () ->
            onFx(
                () ->
                    entries.getSelectionModel().getSelectedItem() != null
                        && entries.getSelectionModel().getSelectedItem().id() == 4L));
    waitUntil(() -> text(robot, "#ledger-journal-reversed-by").equals("Reversed by entry 5"));
    TableView<JournalViewModel.LineRow> entryLines = visibleTable(robot, 1);
    assertThat(onFx(() -> entryLines.getItems().size())).isEqualTo(2);

    robot.clickOn(shown(robot, "#ledger-journal-open-trade"));
    waitUntil(() -> "Blotter".equals(screenTitle(robot)));
    assertThat(robot.lookup("#blotter-filter").queryAs(TextField.class).getText())
        .as("the blotter finds the trade behind the entry")
        .isEqualTo("T00000002");
  }

  private static String text(FxRobot robot, String query) {
    return onFx(() -> ((Label) shown(robot, query)).getText());
  }

  private static Node row(FxRobot robot, Predicate<Object> item) {
    return onFx(
        () ->
            robot
                .lookup(
                    n ->
                        n instanceof TableRow<?> r && r.getItem() != null && item.test(r.getItem()))
                .query());
  }
}
