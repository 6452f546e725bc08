package com.tickmark.app.ui.table;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.refdata.ReferenceDataViewModel;
import com.tickmark.app.ui.refdata.Rows.CurrencyRow;
import com.tickmark.app.ui.refdata.Rows.InstrumentRow;
import com.tickmark.app.ui.refdata.Rows.SeriesRow;
import com.tickmark.app.ui.refdata.WorkspaceReferenceDataSource;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.report.ExportService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
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
 * "Export what I see" on reference-data tables: a clerk filters, sorts and rearranges a table and
 * exports it; the workbook holds exactly the rows shown, in the order shown, in the columns shown,
 * with numbers as numbers. A viewer finds copy and export switched off, and is told why.
 */
@ExtendWith(ApplicationExtension.class)
class TablePaneExportFxTest {
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));
  static final Actor VIEWER = new Actor(new UserId(6), "viewer", Set.of(Role.VIEWER));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;
  @TempDir Path out;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final List<String> chosen = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private ReferenceDataViewModel vm;
  private TablePane<InstrumentRow> instruments;
  private TablePane<SeriesRow> prices;
  private TablePane<CurrencyRow> viewerCurrencies;

  @BeforeAll
  static void openFixture() {
    workspace = RefDataFixture.create(dir.resolve("ws"), 20);
    services = RefDataFixture.services(workspace);
  }

  @AfterAll
  static void closeFixture() {
    workspace.close();
  }

  @Start
  void start(Stage stage) {
    Theme.LIGHT.apply();
    executor = new FxTaskExecutor(2, new TaskMonitor(), (title, error) -> failures.add(error));
    vm =
        new ReferenceDataViewModel(
            new WorkspaceReferenceDataSource(
                services.referenceData(), services.marketData(), services.firm(), CLERK),
            executor,
            Clock.systemUTC());
    UiState ui = UiState.inMemory();
    // the file a user would pick in the save dialog: the suggested name, in the test's folder
    FileChoice files =
        (owner, format, suggested) -> {
          chosen.add(suggested);
          return Optional.of(out.resolve(suggested));
        };
    TableExports clerk =
        new TableExports(
            new Exporter(services.exports(), CLERK, executor), files, Clock.systemUTC());
    TableExports viewer =
        new TableExports(
            new Exporter(services.exports(), VIEWER, executor), files, Clock.systemUTC());
    instruments = new TablePane<>(vm.instruments(), ui, clerk);
    prices = new TablePane<>(vm.prices().table(), ui, clerk);
    viewerCurrencies = new TablePane<>(vm.currencies(), ui, viewer);
    VBox root = new VBox(instruments.root(), prices.root(), viewerCurrencies.root());
    stage.setScene(new Scene(root, 1200, 760));
    stage.show();
    vm.activate();
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  @Test
  void exportsExactlyTheFilteredSortedRowsInTheShownColumns(FxRobot robot) throws Exception {
    TableView<InstrumentRow> table = instruments.table();
    waitUntil(() -> table.getItems().size() == 7);

    robot.clickOn("#refdata-instruments-filter").write("information");
    waitUntil(() -> table.getItems().size() == 3);
    Node nameHeader =
        robot
            .from(table)
            .lookup(
                (Node n) ->
                    n instanceof TableColumnHeader h
                        && h.getTableColumn() != null
                        && "name".equals(h.getTableColumn().getId()))
            .query();
    robot.clickOn(nameHeader).clickOn(nameHeader); // ascending, then descending
    waitUntil(() -> table.getItems().get(0).symbol().equals("SAP"));
    onFx(
        () -> {
          column(table, "isin").setVisible(false);
          column(table, "status").setVisible(false);
          TableColumn<InstrumentRow, ?> currency = column(table, "currency");
          table.getColumns().remove(currency);
          table.getColumns().add(0, currency);
        });
    List<String> shownTitles =
        onFx(() -> table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList());
    List<String> shownSymbols =
        onFx(() -> table.getItems().stream().map(InstrumentRow::symbol).toList());
    assertThat(shownSymbols).containsExactly("SAP", "MSFT", "AAPL");

    robot.clickOn("#refdata-instruments-export-excel");

    Path file = out.resolve("instruments.xlsx");
    waitUntil(() -> instruments.message().getText().startsWith("Exported"));
    assertThat(instruments.message().getText()).isEqualTo("Exported 3 rows to instruments.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = workbook.getSheet("Instruments");
      assertThat(texts(sheet.getRow(0)))
          .isEqualTo(shownTitles)
          .containsExactly(
              "Currency",
              "Symbol",
              "Name",
              "Asset class",
              "MIC",
              "Sector",
              "Country",
              "Settlement");
      assertThat(sheet.getLastRowNum()).as("one row per shown instrument, no totals").isEqualTo(3);
      List<String> symbols = new ArrayList<>();
      for (int r = 1; r <= 3; r++) {
        symbols.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      assertThat(symbols).isEqualTo(shownSymbols);
      assertThat(texts(sheet.getRow(1)))
          .containsExactly(
              "EUR",
              "SAP",
              "SAP SE",
              "Equity",
              "XETR",
              "Information Technology",
              "DE",
              "T+2 TARGET");
      Sheet parameters = workbook.getSheet("Parameters");
      assertThat(parameterValue(parameters, "Filter")).isEqualTo("information");
      assertThat(parameterValue(parameters, "Sorted by")).isEqualTo("Name descending");
      assertThat(parameterValue(parameters, "Rows")).isEqualTo("3 of 7");
    }
    AuditRecord export = exports("Instruments").get(0);
    assertThat(export.event().actor()).isEqualTo("clerk");
    assertThat(export.event().after())
        .contains("\"format\":\"xlsx\"", "\"rows\":3", file.toAbsolutePath().toString());
  }

  @Test
  void numbersAndDatesStayTypedAndTheShortcutExportsToo(FxRobot robot) throws Exception {
    waitUntil(() -> !vm.prices().keys().isEmpty());
    onFx(
        () ->
            vm.prices()
                .selectedProperty()
                .set(
                    vm.prices().keys().stream()
                        .filter(k -> k.symbol().equals("SAP"))
                        .findFirst()
                        .orElseThrow()));
    TableView<SeriesRow> table = prices.table();
    waitUntil(() -> table.getItems().size() == RefDataFixture.SAP_PRICES.size());
    onFx(
        () -> {
          TableColumn<SeriesRow, ?> date = column(table, "date");
          date.setSortType(TableColumn.SortType.DESCENDING);
          table.getSortOrder().setAll(List.of(date));
        });

    robot
        .clickOn(table)
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E)
        .release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);

    waitUntil(() -> prices.message().getText().startsWith("Exported"));
    assertThat(chosen).containsExactly("prices.xlsx");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(Files.newInputStream(out.resolve("prices.xlsx")))) {
      Sheet sheet = workbook.getSheet("Prices");
      assertThat(texts(sheet.getRow(0))).containsExactly("Date", "Close", "Volume", "Change");
      Row newest = sheet.getRow(1);
      for (Cell cell : newest) {
        assertThat(cell.getCellType())
            .as("column %s", cell.getColumnIndex())
            .isEqualTo(CellType.NUMERIC);
      }
      assertThat(DateUtil.isCellDateFormatted(newest.getCell(0))).isTrue();
      assertThat(newest.getCell(0).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 11, 20));
      assertThat(newest.getCell(1).getNumericCellValue()).isEqualTo(210.50);
      assertThat(newest.getCell(1).getCellStyle().getDataFormatString()).contains("0.00");
      assertThat(newest.getCell(2).getNumericCellValue()).isEqualTo(2_345_678.0);
      assertThat(newest.getCell(3).getNumericCellValue())
          .as("+5.26% as a fraction")
          .isEqualTo(0.0526);
      assertThat(newest.getCell(3).getCellStyle().getDataFormatString()).contains("%");
      Row oldest = sheet.getRow(5);
      assertThat(oldest.getCell(0).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 11, 14));
      assertThat(oldest.getCell(3) == null || oldest.getCell(3).getCellType() == CellType.BLANK)
          .as("no change before the first")
          .isTrue();
    }
  }

  @Test
  void inANarrowPaneTheButtonsKeepTheirIconsAndDropTheirWordsUntilItWidens(FxRobot robot) {
    Button excel = robot.lookup("#refdata-instruments-export-excel").queryButton();
    Node count = robot.lookup("#refdata-instruments-count").query();
    assertThat(excel.getContentDisplay()).isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
    Stage window = (Stage) onFx(() -> instruments.root().getScene().getWindow());
    onFx(
        () -> {
          // the shared test stage may keep the main window's minimum size or maximised state from
          // an earlier test
          window.setMaximized(false);
          window.setMinWidth(0);
          window.setWidth(340);
        });
    waitUntil(() -> excel.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY && count.isVisible());
    waitUntil(() -> ((Label) count).getWidth() >= ((Label) count).prefWidth(-1) - 0.5);
    assertThat(excel.getWidth())
        .as("the icon is whole")
        .isGreaterThanOrEqualTo(excel.prefWidth(-1) - 0.5);
    onFx(() -> window.setWidth(230));
    waitUntil(() -> !count.isVisible());
    assertThat(excel.localToScene(excel.getBoundsInLocal()).getMaxX())
        .as("the buttons stay in the pane")
        .isLessThanOrEqualTo(instruments.root().getLayoutBounds().getWidth() + 0.5);
    onFx(() -> window.setWidth(1200));
    waitUntil(() -> excel.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY && count.isVisible());
  }

  @Test
  void aViewerCannotCopyOrExportAndIsToldWhy(FxRobot robot) {
    TableView<CurrencyRow> table = viewerCurrencies.table();
    waitUntil(() -> table.getItems().size() == 5);
    for (String action : List.of("copy", "export-excel", "export-pdf")) {
      assertThat(robot.lookup("#refdata-currencies-" + action).queryAs(Button.class).isDisabled())
          .as(action)
          .isTrue();
    }
    Node actions = robot.lookup("#refdata-currencies-actions").query();
    Tooltip why = (Tooltip) actions.getProperties().get("javafx.scene.control.Tooltip");
    assertThat(why.getText()).contains("You may not copy or export data", "EXPORT_DATA");

    StringBuilder clipboard = new StringBuilder();
    onFx(() -> viewerCurrencies.setClipboard(clipboard::append));
    robot.clickOn(table).press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E)
        .release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
    assertThat(clipboard).isEmpty();
    assertThat(chosen).isEmpty();
    assertThat(exports("Currencies")).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static <R> TableColumn<R, ?> column(TableView<R> table, String id) {
    return (TableColumn<R, ?>)
        table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getStringCellValue());
    }
    return texts;
  }

  private static String parameterValue(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(label)) {
        return row.getCell(1).getStringCellValue();
      }
    }
    throw new AssertionError("No parameter " + label);
  }

  private static List<AuditRecord> exports(String what) {
    return services
        .repositories()
        .audit()
        .search(
            new AuditFilter(null, ExportService.ENTITY, what, AuditAction.EXPORT, null, null, 100));
  }
}
