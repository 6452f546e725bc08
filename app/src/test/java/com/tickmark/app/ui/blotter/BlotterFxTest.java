package com.tickmark.app.ui.blotter;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.app.ui.NodeSnapshots;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.app.ui.trade.TradeActionViewModel.Action;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.NewTrade;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeAmendment;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.BlotterResult;
import com.tickmark.model.trade.blotter.TradeTable;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * A clerk filters the blotter, groups it by book, opens a group, picks a trade (its detail has the
 * settlement area's tab) and exports what is shown.
 */
@ExtendWith(ApplicationExtension.class)
class BlotterFxTest {
  @TempDir static Path dir;
  @TempDir static Path out;
  static Workspace workspace;
  static AppServices services;
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private ExecutorService worker;
  private BlotterScreen screen;
  private UiState uiState;
  private final List<String> actions = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void createADemoFirm() {
    workspace = Workspace.open(dir.resolve("ws"));
    services = RefDataFixture.services(workspace);
    new DemoFirmInstaller()
        .install(
            services,
            new DemoConfig(11, LocalDate.of(2025, 11, 20), 40, 3, 150, FaultRates.DEFAULTS),
            DemoFirmInstaller.Progress.NONE);
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
    worker = Executors.newSingleThreadExecutor();
    uiState = UiState.inMemory();
    ScreenContext context = new ScreenContext(services, CLERK, executor, monitor, uiState);
    // the dialogs have tests of their own: here only which action the keys and menu ask for, on
    // which trades
    TradeActions recording =
        new TradeActions() {
          @Override
          public void captureNew(Window owner, Runnable done) {
            actions.add("new");
          }

          @Override
          public void move(Window owner, Action step, List<TradeId> trades, Runnable done) {
            actions.add(step.name().toLowerCase(Locale.ROOT) + " " + trades);
          }

          @Override
          public void amend(Window owner, TradeId trade, Runnable done) {
            actions.add("amend " + trade);
          }

          @Override
          public void cancel(Window owner, TradeId trade, Runnable done) {
            actions.add("cancel " + trade);
          }
        };
    screen = BlotterScreen.create(context, worker, Platform::runLater, recording);
    screen
        .layout()
        .setFileChoice((owner, format, suggested) -> Optional.of(out.resolve(suggested)));
    stage.setScene(new Scene((Parent) screen.view(), 1260, 780));
    stage.show();
    screen.activate();
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    worker.shutdownNow();
    assertThat(failures).isEmpty();
  }

  @Test
  void filtersGroupsAndExportsExactlyWhatIsShown(FxRobot robot) throws Exception {
    TableView<BlotterLines.Line> table = screen.layout().table();
    int all = services.area(TradeServices.class).repositories().trades().count();
    waitUntil(() -> table.getItems().size() == all);
    TradeTable trades = screen.viewModel().data().table();

    // the quick filter: one broker's sells
    String broker =
        onFx(
            () -> (String) trades.value(BlotterColumn.COUNTERPARTY, table.getItems().get(0).row()));
    robot.clickOn("#blotter-filter").write(broker + " sell");
    waitUntil(
        () ->
            table.getItems().size() < all
                && !table.getItems().isEmpty()
                && onFx(
                    () ->
                        table.getItems().stream()
                            .allMatch(
                                l -> trades.value(BlotterColumn.SIDE, l.row()).equals("SELL"))));
    List<Integer> shown =
        onFx(() -> table.getItems().stream().map(BlotterLines.Line::row).toList());
    assertThat(shown).allMatch(row -> trades.value(BlotterColumn.COUNTERPARTY, row).equals(broker));
    long expected =
        services
                .area(TradeServices.class)
                .repositories()
                .trades()
                .tradesOn(LocalDate.of(2025, 11, 20))
                .size()
            + services
                .area(TradeServices.class)
                .repositories()
                .trades()
                .tradesOn(LocalDate.of(2025, 11, 19))
                .size()
            + services
                .area(TradeServices.class)
                .repositories()
                .trades()
                .tradesOn(LocalDate.of(2025, 11, 18))
                .size();
    assertThat(expected).as("the demo firm traded on three days").isEqualTo(all);

    // copy: a header and one line per trade shown, tab-separated, as on screen
    List<String> copied = new CopyOnWriteArrayList<>();
    onFx(
        () -> {
          screen.layout().setClipboard(copied::add);
          screen.layout().copy();
        });
    waitUntil(() -> !copied.isEmpty());
    List<String> copiedLines = copied.get(0).lines().toList();
    assertThat(copiedLines).hasSize(shown.size() + 1);
    assertThat(copiedLines.get(0)).startsWith("Trade\tVer\tStatus\t");
    assertThat(copiedLines.get(1))
        .startsWith(new TradeId(trades.tradeId(shown.get(0))).display() + "\t");

    // grouped by book: one subtotal line per book, closed
    robot.clickOn("#blotter-group-by").clickOn("Group by book");
    waitUntil(
        () ->
            onFx(() -> table.getItems().stream().allMatch(BlotterLines.Line::isGroup))
                && !table.getItems().isEmpty());
    BlotterResult grouped = screen.viewModel().resultProperty().get();
    Set<Object> books = new HashSet<>();
    shown.forEach(row -> books.add(trades.value(BlotterColumn.BOOK, row)));
    assertThat(grouped.groups()).hasSize(books.size());
    assertThat(grouped.groups().stream().mapToInt(BlotterResult.Group::count).sum())
        .isEqualTo(shown.size());

    // open the first group, pick its first trade: the detail shows it
    robot.doubleClickOn(robot.from(table).lookup(".table-row-cell").nth(0).queryAs(Node.class));
    waitUntil(
        () -> table.getItems().size() == grouped.groups().size() + grouped.groups().get(0).count());
    onFx(() -> table.getSelectionModel().clearAndSelect(1));
    waitUntil(() -> screen.viewModel().detailProperty().get() != null);
    long picked = onFx(() -> trades.tradeId(table.getItems().get(1).row()));
    assertThat(screen.viewModel().detailProperty().get().current().trade().id().value())
        .isEqualTo(picked);
    assertThat(screen.viewModel().selectionTextProperty().get()).startsWith("Selected 1 trade");
    NodeSnapshots.write(
        robot.window(0).getScene(), Path.of("target", "screenshots", "blotter-grouped.png"));

    // export: the trades shown, grouped by book with a subtotal per book
    robot.clickOn("#blotter-export-excel");
    waitUntil(() -> screen.layout().message().getText().startsWith("Exported"));
    assertThat(screen.layout().message().getText())
        .isEqualTo("Exported " + shown.size() + " trades to trade-blotter.xlsx");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(Files.newInputStream(out.resolve("trade-blotter.xlsx")))) {
      Sheet sheet = workbook.getSheet("Trades");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Book");
      int tradeColumn = column(header, "Trade");
      int brokerColumn = column(header, "Counterparty");
      List<String> exportedIds = new ArrayList<>();
      List<String> subtotals = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        String first = row.getCell(0).getStringCellValue();
        if (first.startsWith("Total ")) {
          subtotals.add(first);
        } else if (!first.equals("Grand total")) {
          exportedIds.add(row.getCell(tradeColumn).getStringCellValue());
          assertThat(row.getCell(brokerColumn).getStringCellValue()).isEqualTo(broker);
        }
      }
      List<String> expectedIds = new ArrayList<>();
      for (int i = 0; i < grouped.size(); i++) {
        expectedIds.add(new TradeId(trades.tradeId(grouped.row(i))).display());
      }
      assertThat(exportedIds).isEqualTo(expectedIds);
      assertThat(subtotals)
          .containsExactlyElementsOf(
              grouped.groups().stream().map(g -> "Total " + g.label()).toList());
    }
  }

  @Test
  void aTradeCapturedWhileTheBlotterIsOpenAppearsWithoutLosingTheSelection(FxRobot robot) {
    TableView<BlotterLines.Line> table = screen.layout().table();
    int all = services.area(TradeServices.class).repositories().trades().count();
    waitUntil(() -> table.getItems().size() == all);
    onFx(() -> table.getSelectionModel().clearAndSelect(5));
    long selected =
        onFx(
            () ->
                screen
                    .viewModel()
                    .data()
                    .table()
                    .tradeId(table.getSelectionModel().getSelectedItem().row()));

    Trade any =
        services
            .area(TradeServices.class)
            .repositories()
            .trades()
            .find(new TradeId(selected))
            .orElseThrow();
    TradeTable t = screen.viewModel().data().table();
    int row = t.row(selected);
    Trade captured =
        services
            .trades()
            .capture(
                CLERK,
                new NewTrade(
                    (String) t.value(BlotterColumn.BOOK, row),
                    (String) t.value(BlotterColumn.INSTRUMENT, row),
                    any.side(),
                    any.quantity(),
                    any.price(),
                    any.commission(),
                    any.fees(),
                    (String) t.value(BlotterColumn.COUNTERPARTY, row),
                    (String) t.value(BlotterColumn.ACCOUNT, row),
                    any.tradeDate(),
                    any.executionTime(),
                    "PHONE-1"),
                "phone trade");

    waitUntil(() -> table.getItems().size() == all + 1);
    assertThat(onFx(() -> screen.viewModel().data().table().tradeId(table.getItems().get(0).row())))
        .isEqualTo(captured.id().value());
    assertThat(
            onFx(
                () ->
                    screen
                        .viewModel()
                        .data()
                        .table()
                        .tradeId(table.getSelectionModel().getSelectedItem().row())))
        .isEqualTo(selected);
    assertThat(onFx(() -> table.getSelectionModel().getSelectedIndex())).isEqualTo(6);
  }

  @Test
  void aNewTradeKeepsTheScrollPositionAndTheDetailPaneHighlightsWhatAnAmendmentChanged(
      FxRobot robot) {
    TableView<BlotterLines.Line> table = screen.layout().table();
    int all = services.area(TradeServices.class).repositories().trades().count();
    waitUntil(() -> table.getItems().size() == all);
    TradeTable t = screen.viewModel().data().table();
    onFx(() -> table.scrollTo(300));
    waitUntil(() -> firstVisible(table) == 300);
    long shown = onFx(() -> t.tradeId(table.getItems().get(firstVisible(table)).row()));

    // a trade booked meanwhile goes on top, out of sight: the clerk's place in the list stays put
    Trade any =
        services
            .area(TradeServices.class)
            .repositories()
            .trades()
            .find(new TradeId(shown))
            .orElseThrow();
    int row = t.row(shown);
    services
        .trades()
        .capture(
            CLERK,
            new NewTrade(
                (String) t.value(BlotterColumn.BOOK, row),
                (String) t.value(BlotterColumn.INSTRUMENT, row),
                any.side(),
                any.quantity(),
                any.price(),
                any.commission(),
                any.fees(),
                (String) t.value(BlotterColumn.COUNTERPARTY, row),
                (String) t.value(BlotterColumn.ACCOUNT, row),
                any.tradeDate(),
                any.executionTime(),
                "PHONE-2"),
            "phone trade");
    waitUntil(() -> table.getItems().size() == all + 1);
    waitUntil(() -> firstVisible(table) == 301);
    assertThat(onFx(() -> t.tradeId(table.getItems().get(firstVisible(table)).row())))
        .isEqualTo(shown);

    // an amended trade's versions side by side, the changed quantity highlighted and nothing else
    long amended =
        onFx(
            () ->
                table.getItems().stream()
                    .map(l -> t.tradeId(l.row()))
                    .filter(id -> "NEW".equals(t.value(BlotterColumn.STATUS, t.row(id))))
                    .findFirst()
                    .orElseThrow());
    Trade before =
        services
            .area(TradeServices.class)
            .repositories()
            .trades()
            .find(new TradeId(amended))
            .orElseThrow();
    services
        .trades()
        .amend(
            CLERK,
            before.id(),
            new TradeAmendment(before.quantity().add(BigDecimal.ONE), null, null, null, null),
            "partial fill");
    waitUntil(() -> Long.valueOf(2).equals(t.value(BlotterColumn.VERSION, t.row(amended))));
    onFx(
        () -> {
          for (int i = 0; i < table.getItems().size(); i++) {
            if (!table.getItems().get(i).isGroup()
                && t.tradeId(table.getItems().get(i).row()) == amended) {
              table.getSelectionModel().clearAndSelect(i);
              table.scrollTo(i);
            }
          }
        });
    waitUntil(() -> robot.lookup("#changed-quantity-v2").tryQuery().isPresent());
    assertThat(robot.lookup("#changed-quantity-v2").query().getStyleClass()).contains("changed");
    assertThat(robot.lookup("#changed-price-v2").tryQuery())
        .as("the price did not change")
        .isEmpty();
  }

  private static int firstVisible(TableView<?> table) {
    Node flow = table.lookup(".virtual-flow");
    return flow instanceof VirtualFlow<?> f && f.getFirstVisibleCell() != null
        ? f.getFirstVisibleCell().getIndex()
        : -1;
  }

  @Test
  void keysAndTheContextMenuActOnTheSelectedTradesAndTheLayoutIsKeptPerUser(FxRobot robot)
      throws Exception {
    TableView<BlotterLines.Line> table = screen.layout().table();
    waitUntil(
        () ->
            table.getItems().size()
                == services.area(TradeServices.class).repositories().trades().count());
    int fresh = lineWithStatus(table, "NEW");
    int affirmed = lineWithStatus(table, "AFFIRMED");
    int settled = lineWithStatus(table, "SETTLED");
    onFx(() -> table.getSelectionModel().selectIndices(fresh, affirmed));
    List<TradeId> picked =
        onFx(
            () ->
                table.getSelectionModel().getSelectedItems().stream()
                    .map(l -> new TradeId(screen.viewModel().data().table().tradeId(l.row())))
                    .toList());
    onFx(table::requestFocus);
    waitUntil(table::isFocused);

    // a step acts on all picked when one of them may take it (the dialog names the others); when
    // none may, its key says why instead
    robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
    waitUntil(() -> actions.size() == 1);
    assertThat(actions).containsExactly("confirm " + picked);
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.K)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil(
        () ->
            screen
                .layout()
                .message()
                .getText()
                .equals(
                    "Not for these trades (NEW, AFFIRMED): only CONFIRMED trades can be"
                        + " affirmed."));

    // a NEW trade is offered confirming, amending and cancelling, not the later steps
    onFx(
        () -> {
          table.getSelectionModel().clearAndSelect(fresh);
          table.requestFocus();
        });
    TradeId newTrade = tradeAt(table, fresh);
    assertThat(menuTexts(table))
        .containsExactly(
            "Confirm",
            "Amend…",
            "Cancel trade…",
            "New trade…",
            "Copy",
            "Export to Excel…",
            "Export to PDF…");
    robot.type(KeyCode.F2);
    robot.press(KeyCode.CONTROL).type(KeyCode.DELETE).release(KeyCode.CONTROL);
    waitUntil(() -> actions.size() == 3);
    assertThat(actions.subList(1, 3)).containsExactly("amend " + newTrade, "cancel " + newTrade);

    // an affirmed one settles or fails
    onFx(() -> table.getSelectionModel().clearAndSelect(affirmed));
    TradeId affirmedTrade = tradeAt(table, affirmed);
    assertThat(menuTexts(table))
        .containsSequence("Settle…", "Fail…", "Amend…", "Cancel trade…")
        .doesNotContain("Confirm", "Affirm");
    onFx(
        () ->
            table.getContextMenu().getItems().stream()
                .filter(i -> "Settle…".equals(i.getText()) || "Fail…".equals(i.getText()))
                .forEach(MenuItem::fire));
    waitUntil(() -> actions.size() == 5);
    assertThat(actions.subList(3, 5))
        .containsExactly("settle " + List.of(affirmedTrade), "fail " + List.of(affirmedTrade));

    // a settled one is final: no step is offered, and a step's key says why instead
    onFx(
        () -> {
          table.getSelectionModel().clearAndSelect(settled);
          table.requestFocus();
        });
    assertThat(menuTexts(table)).startsWith("New trade…");
    robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
    waitUntil(
        () ->
            screen
                .layout()
                .message()
                .getText()
                .equals("Not for this trade (SETTLED): only NEW trades can be confirmed."));
    assertThat(actions).hasSize(5);
    picked = List.of(newTrade);

    // the PDF export holds the trades shown
    robot.clickOn("#blotter-filter").write(picked.get(0).display());
    waitUntil(() -> table.getItems().size() == 1);
    robot.clickOn("#blotter-export-pdf");
    waitUntil(() -> screen.layout().message().getText().startsWith("Exported"));
    try (PDDocument pdf = Loader.loadPDF(out.resolve("trade-blotter.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Trade blotter")
          .contains(picked.get(0).display());
    }

    // the columns, as this user left them, are kept under the user's name
    onFx(
        () ->
            table.getColumns().stream()
                .filter(c -> "counterparty".equals(c.getId()))
                .findFirst()
                .orElseThrow()
                .setVisible(false));
    uiState.save();
    assertThat(uiState.get("table.blotter.clerk.columns"))
        .hasValueSatisfying(v -> assertThat(v).containsPattern("counterparty:\\d+:hidden"));
  }

  @Test
  void aClerksTradeDetailHasNoAuditTabAndSaysWhereTheTradeCameFrom(FxRobot robot) {
    TableView<BlotterLines.Line> table = screen.layout().table();
    waitUntil(() -> !table.getItems().isEmpty());
    onFx(() -> table.getSelectionModel().clearAndSelect(lineWithStatus(table, "NEW")));
    Label origin = robot.lookup("#trade-detail-origin").queryAs(Label.class);
    waitUntil(() -> !origin.getText().isEmpty());
    assertThat(origin.getText())
        .isEqualTo("Simulated FIX fill generated with the demo firm; no FIX message was received.");
    TabPane tabs = (TabPane) robot.lookup("#trade-detail").query().lookup(".tab-pane");
    assertThat(onFx(() -> tabs.getTabs().stream().map(Tab::getText).toList()))
        .as("a clerk may not read the audit trail, so is not shown a tab of it")
        .containsExactly("Trade", "Versions", "FIX messages", "Settlement");

    // the settlement area's tab: the trade's obligation, and what the custodian has said (nothing)
    robot.clickOn("Settlement");
    Parent settlement = robot.lookup("#trade-detail-settlement").queryAs(Parent.class);
    waitUntil(
        () ->
            onFx(
                () ->
                    robot.from(settlement).lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> "No status from the custodian yet".equals(l.getText()))));
    assertThat(
            onFx(
                () ->
                    robot.from(settlement).lookup(".label").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList()))
        .contains("Obligation", "PENDING", "Nothing settled yet", "No CSDR penalty accrued");
  }

  /** The index of the first shown line of a trade in {@code status}. */
  private int lineWithStatus(TableView<BlotterLines.Line> table, String status) {
    TradeTable t = screen.viewModel().data().table();
    return onFx(
        () ->
            IntStream.range(0, table.getItems().size())
                .filter(
                    i ->
                        !table.getItems().get(i).isGroup()
                            && status.equals(
                                t.value(BlotterColumn.STATUS, table.getItems().get(i).row())))
                .findFirst()
                .orElseThrow());
  }

  private TradeId tradeAt(TableView<BlotterLines.Line> table, int index) {
    return onFx(
        () ->
            new TradeId(
                screen.viewModel().data().table().tradeId(table.getItems().get(index).row())));
  }

  /** The table's menu as it opens for the lines selected now. */
  private static List<String> menuTexts(TableView<?> table) {
    return onFx(
        () -> {
          ContextMenu menu = table.getContextMenu();
          menu.show(table, 0, 0);
          List<String> texts =
              menu.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
          menu.hide();
          return texts;
        });
  }

  private static int column(Row header, String title) {
    for (int c = 0; c < header.getLastCellNum(); c++) {
      if (header.getCell(c).getStringCellValue().equals(title)) {
        return c;
      }
    }
    throw new AssertionError("no column " + title);
  }
}
