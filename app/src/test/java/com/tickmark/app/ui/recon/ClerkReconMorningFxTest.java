package com.tickmark.app.ui.recon;

import static com.tickmark.app.ui.fixture.Fx.listCell;
import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.screenTitle;
import static com.tickmark.app.ui.fixture.Fx.shown;
import static com.tickmark.app.ui.fixture.Fx.visibleTable;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.recon.BreaksViewModel.BreakRow;
import com.tickmark.app.ui.recon.BreaksViewModel.DifferenceRow;
import com.tickmark.app.ui.recon.BreaksViewModel.Show;
import com.tickmark.app.ui.recon.ReconDashboardViewModel.ReconRow;
import com.tickmark.app.ui.shell.MainWindow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.StandardScreens;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.firm.FirmProfile;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * A clerk's reconciliation morning in the main window: the Recons dashboard, from a recon to its
 * breaks, a price break side by side with the broker's line as received, written off as rounding,
 * the write-off in the audit trail; a bank entry proposed for a payment accepted; a payment the
 * bank did not show with its candidates, and the running difference of rows selected to match; then
 * from a break to its trade in the blotter.
 */
@ExtendWith(ApplicationExtension.class)
class ClerkReconMorningFxTest {
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private MainWindow main;

  /** A block confirmation whose order id the broker mistyped, and the order it is for. */
  static String typedOrder;

  static String order;
  static java.time.LocalDate orderDate;

  @BeforeAll
  static void aDemoFirmWhoseReconsRan() throws IOException {
    workspace = Workspace.open(dir.resolve("ws"));
    services =
        ReconScreensViewModelTest.reconciledDemoFirm(
            workspace, ClerkReconMorningFxTest::mistypeABlocksOrderId);
  }

  /**
   * In the first broker file with a block line (one line for several fills), the block's order id
   * as a broker might mistype it: no pass pairs it with its fills, so it is left for a clerk.
   */
  static void mistypeABlocksOrderId(Path inbox) {
    try (java.util.stream.Stream<Path> files =
        java.nio.file.Files.list(inbox.resolve("confirmations"))) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = java.nio.file.Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        int orderAt = header.indexOf("order_id");
        int fillsAt = header.indexOf("fills");
        int dateAt = header.indexOf("trade_date");
        for (int i = 1; i < lines.size(); i++) {
          String[] cells = lines.get(i).split(",", -1);
          if (Integer.parseInt(cells[fillsAt]) > 1) {
            order = cells[orderAt];
            orderDate = java.time.LocalDate.parse(cells[dateAt]);
            typedOrder = order.replace("-0", "-9");
            cells[orderAt] = typedOrder;
            lines.set(i, String.join(",", cells));
            java.nio.file.Files.write(file, lines);
            return;
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("the demo inbox has no block confirmation");
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
    ScreenContext clerk = new ScreenContext(services, CLERK, executor, monitor, UiState.inMemory());
    main = new MainWindow(clerk, StandardScreens.registry(), FirmProfile.NONE, () -> {});
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
  void theDashboardThenAReconsBreaksThenAPriceBreakSideBySideWrittenOffThenATradeBehindABreak(
      FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT);
    robot.release(KeyCode.CONTROL);
    waitUntil(() -> "Recons".equals(screenTitle(robot)));
    TableView<ReconRow> recons = visibleTable(robot, 0);
    waitUntil(() -> recons.getItems().size() == 4);
    TableRow<?> trades =
        onFx(
            () ->
                robot
                    .lookup(
                        n ->
                            n instanceof TableRow<?> r
                                && r.getItem() instanceof ReconRow row
                                && row.recon().equals(BuiltInRecons.TRADES_CONFIRMATIONS))
                    .queryAs(TableRow.class));
    robot.doubleClickOn(trades);

    waitUntil(() -> "Breaks".equals(screenTitle(robot)));
    ComboBox<String> recon = robot.lookup("#recon-breaks-recon").queryComboBox();
    waitUntil(() -> BuiltInRecons.TRADES_CONFIRMATIONS.equals(recon.getValue()));
    TableView<BreakRow> breaks = visibleTable(robot, 0);
    waitUntil(() -> breaks.getItems().stream().anyMatch(BreakRow::isPriceBreak));
    int price =
        onFx(
            () -> {
              for (int i = 0; i < breaks.getItems().size(); i++) {
                BreakRow r = breaks.getItems().get(i);
                if (r.isPriceBreak() && r.amount().compareTo(new BigDecimal("100")) <= 0) {
                  return i;
                }
              }
              return -1;
            });
    assertThat(price).as("a small price break to write off").isNotNegative();
    onFx(() -> breaks.getSelectionModel().select(price));
    BreakRow picked = onFx(() -> breaks.getSelectionModel().getSelectedItem());
    TabPane tabs = robot.lookup("#recon-breaks-detail-tabs").queryAs(TabPane.class);
    TableView<DifferenceRow> differences =
        onFx(
            () ->
                robot
                    .from(tabs.getTabs().get(0).getContent())
                    .lookup(".table-view")
                    .queryAs(TableView.class));
    waitUntil(() -> differences.getItems().stream().anyMatch(d -> d.field().equals("price")));
    TextArea received = robot.lookup("#recon-breaks-received").queryAs(TextArea.class);
    waitUntil(() -> received.getText().contains("price: "));
    assertThat(received.getText())
        .as("the broker's line as received, field by field")
        .startsWith(picked.source())
        .contains("client_exec_id: " + picked.reference());

    robot.clickOn(shown(robot, "#recon-breaks-write-off"));
    robot.clickOn(shown(robot, "#recon-break-reason"));
    waitUntil(() -> listCell(robot, "PRICE_ROUNDING") != null);
    robot.clickOn(onFx(() -> listCell(robot, "PRICE_ROUNDING")));
    robot.clickOn(shown(robot, "#recon-break-comment")).write("broker rounds to 4 decimals");
    robot.clickOn("#dialog-ok");

    waitUntil(() -> breaks.getItems().stream().noneMatch(r -> r.id() == picked.id()));
    List<AuditRecord> trail =
        services
            .audit()
            .search(new Actor(new UserId(1), "admin", Set.of(Role.ADMIN)), AuditFilter.all());
    assertThat(trail)
        .anySatisfy(
            a -> {
              assertThat(a.event().entityId()).isEqualTo(Long.toString(picked.id()));
              assertThat(a.event().reason()).isEqualTo("break written off: PRICE_ROUNDING");
              assertThat(a.event().actor()).isEqualTo("clerk");
            });

    // a bank entry with only the bank's reference, proposed for a settled payment: accepted
    ComboBox<Show> show = robot.lookup("#recon-breaks-show").queryComboBox();
    onFx(() -> recon.getSelectionModel().select(BuiltInRecons.CASH_BANK));
    onFx(() -> show.getSelectionModel().select(Show.PROPOSED));
    waitUntil(() -> !breaks.getItems().isEmpty());
    int proposals = onFx(() -> breaks.getItems().size());
    onFx(() -> breaks.getSelectionModel().clearAndSelect(0));
    BreakRow proposal = onFx(() -> breaks.getSelectionModel().getSelectedItem());
    assertThat(proposal.kind()).isEqualTo("Proposed match");
    assertThat(robot.lookup("#recon-breaks-why").queryLabeled().getText())
        .contains("Proposed (pass counterparty, amount and date)");
    robot.clickOn(shown(robot, "#recon-breaks-accept"));
    waitUntil(() -> breaks.getItems().size() == proposals - 1);
    assertThat(
            services
                .audit()
                .search(new Actor(new UserId(1), "admin", Set.of(Role.ADMIN)), AuditFilter.all()))
        .anySatisfy(
            a -> {
              assertThat(a.event().reason())
                  .startsWith("proposed match accepted (counterparty, amount and date)")
                  .contains(proposal.item().ours());
              assertThat(a.event().actor()).isEqualTo("clerk");
            });

    // the proposal just accepted, among the matches kept with a difference: undone again
    onFx(() -> show.getSelectionModel().select(Show.DIFFERENCES));
    waitUntil(
        () ->
            breaks.getItems().stream()
                .anyMatch(r -> r.item().ours().equals(proposal.item().ours())));
    assertThat(robot.lookup("#recon-breaks-accept").query().isVisible())
        .as("Unmatch takes Accept's place")
        .isFalse();
    onFx(() -> breaks.getSelectionModel().clearSelection());
    Button unmatch = robot.lookup("#recon-breaks-unmatch").queryButton();
    assertThat(unmatch.isDisabled()).as("nothing selected").isTrue();
    onFx(
        () -> {
          for (int i = 0; i < breaks.getItems().size(); i++) {
            if (breaks.getItems().get(i).item().ours().equals(proposal.item().ours())) {
              breaks.getSelectionModel().clearAndSelect(i);
            }
          }
        });
    robot.clickOn(shown(robot, "#recon-breaks-unmatch"));
    robot.clickOn(shown(robot, "#recon-unmatch-comment")).write("accepted too fast");
    robot.clickOn("#dialog-ok");
    waitUntil(
        () ->
            breaks.getItems().stream()
                .noneMatch(r -> r.item().ours().equals(proposal.item().ours())));
    assertThat(
            services
                .audit()
                .search(new Actor(new UserId(1), "admin", Set.of(Role.ADMIN)), AuditFilter.all()))
        .anySatisfy(
            a -> {
              assertThat(a.event().reason())
                  .startsWith("match undone (manual)")
                  .contains(proposal.item().ours());
              assertThat(a.event().after()).contains("accepted too fast");
            });

    // a payment the bank did not show: its candidates, and the running difference of two rows
    onFx(() -> show.getSelectionModel().select(Show.TO_WORK));
    waitUntil(() -> breaks.getItems().stream().anyMatch(r -> r.kind().equals("Missing theirs")));
    onFx(
        () -> {
          for (int i = 0; i < breaks.getItems().size(); i++) {
            if (breaks.getItems().get(i).kind().equals("Missing theirs")) {
              breaks.getSelectionModel().clearAndSelect(i);
              return;
            }
          }
        });
    waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
    waitUntil(() -> tabs.getTabs().get(1).getText().matches("Candidates \\(\\d+\\)"));
    onFx(
        () -> {
          BreakRow payment = breaks.getSelectionModel().getSelectedItem();
          for (int i = 0; i < breaks.getItems().size(); i++) {
            BreakRow other = breaks.getItems().get(i);
            if (other.id() != payment.id() && other.currency().equals(payment.currency())) {
              breaks.getSelectionModel().select(i);
              return;
            }
          }
        });
    Label balance = robot.lookup("#recon-breaks-balance").queryAs(Label.class);
    waitUntil(() -> balance.getText().contains(" · Difference "));

    // a block confirmation with a mistyped order id, matched by hand to its fills
    Set<String> fills =
        services
            .area(com.tickmark.app.trade.TradeServices.class)
            .repositories()
            .trades()
            .tradesOn(orderDate)
            .stream()
            .filter(t -> t.orderId().equals(order))
            .map(t -> t.id().display())
            .collect(java.util.stream.Collectors.toSet());
    assertThat(fills).hasSizeGreaterThan(1);
    onFx(() -> recon.getSelectionModel().select(BuiltInRecons.TRADES_CONFIRMATIONS));
    waitUntil(() -> breaks.getItems().stream().anyMatch(r -> r.reference().equals(typedOrder)));
    onFx(
        () -> {
          breaks.getSelectionModel().clearSelection();
          for (int i = 0; i < breaks.getItems().size(); i++) {
            BreakRow r = breaks.getItems().get(i);
            if (r.reference().equals(typedOrder) || fills.contains(r.item().ours())) {
              breaks.getSelectionModel().select(i);
            }
          }
        });
    assertThat(onFx(() -> breaks.getSelectionModel().getSelectedItems().size()))
        .isEqualTo(fills.size() + 1);
    waitUntil(() -> balance.getText().startsWith("Ours " + fills.size() + ": "));
    assertThat(balance.getText()).as("the fills' sum against the block's").contains("Theirs 1: ");
    robot.clickOn(shown(robot, "#recon-breaks-match"));
    robot.clickOn(shown(robot, "#recon-match-comment")).write("broker mistyped the order id");
    robot.clickOn("#dialog-ok");
    waitUntil(() -> breaks.getItems().stream().noneMatch(r -> r.reference().equals(typedOrder)));
    assertThat(
            services
                .audit()
                .search(new Actor(new UserId(1), "admin", Set.of(Role.ADMIN)), AuditFilter.all()))
        .anySatisfy(
            a -> {
              assertThat(a.event().reason()).startsWith("records matched by hand: ");
              assertThat(a.event().after()).contains("broker mistyped the order id");
            });

    // a settlement break: to the trade's obligation
    onFx(() -> recon.getSelectionModel().select(BuiltInRecons.SETTLEMENTS));
    waitUntil(
        () ->
            !breaks.getItems().isEmpty()
                && breaks.getItems().get(0).recon().equals(BuiltInRecons.SETTLEMENTS));
    onFx(() -> breaks.getSelectionModel().clearAndSelect(0));
    String owed = onFx(() -> breaks.getSelectionModel().getSelectedItem().item().ours());
    robot.clickOn(shown(robot, "#recon-breaks-open-obligation"));
    waitUntil(() -> "Obligations".equals(screenTitle(robot)));
    TableView<?> obligations = robot.lookup("#settlement-obligations").queryAs(TableView.class);
    waitUntil(
        () ->
            !obligations.getItems().isEmpty()
                && obligations.getItems().stream()
                    .allMatch(
                        o ->
                            ((com.tickmark.app.ui.settlement.ObligationsViewModel.ObligationRow) o)
                                .trade()
                                .equals(owed)));
    assertThat(robot.lookup("#settlement-obligations-filter").queryAs(TextField.class).getText())
        .isEqualTo(owed);
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
    waitUntil(() -> "Breaks".equals(screenTitle(robot)));

    onFx(() -> recon.getSelectionModel().select(BuiltInRecons.TRADES_CONFIRMATIONS));
    waitUntil(
        () ->
            !breaks.getItems().isEmpty()
                && breaks.getItems().get(0).recon().equals(BuiltInRecons.TRADES_CONFIRMATIONS));
    onFx(() -> breaks.getSelectionModel().clearAndSelect(0));
    String trade = onFx(() -> breaks.getSelectionModel().getSelectedItem().item().ours());
    robot.clickOn(shown(robot, "#recon-breaks-open-trades"));
    waitUntil(() -> "Blotter".equals(screenTitle(robot)));
    assertThat(robot.lookup("#blotter-filter").queryAs(TextField.class).getText())
        .as("the blotter shows the break's trade")
        .isEqualTo(trade);
  }
}
