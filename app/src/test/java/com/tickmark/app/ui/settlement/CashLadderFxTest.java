package com.tickmark.app.ui.settlement;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.settlement.CashLadderViewModel.LadderRow;
import com.tickmark.app.ui.settlement.CashLadderViewModel.MovementRow;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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

/** A clerk opens the cash ladder and clicks a day's receipts to see the obligations behind them. */
@ExtendWith(ApplicationExtension.class)
class CashLadderFxTest {
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private CashLadderScreen screen;
  private Stage stage;

  @BeforeAll
  static void createADemoFirm() {
    workspace = Workspace.open(dir.resolve("ws"));
    services = RefDataFixture.services(workspace);
    new DemoFirmInstaller()
        .install(
            services,
            new DemoConfig(11, LocalDate.of(2025, 11, 20), 40, 2, 30, FaultRates.DEFAULTS),
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
    this.stage = stage;
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(1, monitor, (title, error) -> failures.add(error));
    ScreenContext context =
        new ScreenContext(services, CLERK, executor, monitor, UiState.inMemory());
    screen = CashLadderScreen.create(context);
    stage.setScene(new Scene((Parent) screen.view(), 1200, 760));
    stage.show();
    screen.activate();
  }

  @AfterEach
  void stop() {
    onFx(
        () -> {
          screen.deactivate();
          stage.close();
        });
    executor.shutdown();
    screen = null;
    assertThat(failures).isEmpty();
  }

  @Test
  void clickingADaysReceiptsListsTheObligationsBehindThem(FxRobot robot) {
    TableView<LadderRow> ladder = screen.layout().ladderPane().table();
    waitUntil(() -> !ladder.getItems().isEmpty());
    int index =
        onFx(
            () -> {
              for (int i = 0; i < ladder.getItems().size(); i++) {
                if (ladder.getItems().get(i).receipts().signum() > 0) {
                  ladder.scrollTo(i);
                  return i;
                }
              }
              return -1;
            });
    assertThat(index).as("a day with receipts").isNotNegative();
    LadderRow day = onFx(() -> ladder.getItems().get(index));

    waitUntil(() -> receiptsCell(ladder, index) != null);
    robot.clickOn(onFx(() -> receiptsCell(ladder, index)));

    TableView<MovementRow> behind = screen.layout().behindPane().table();
    waitUntil(() -> !behind.getItems().isEmpty());
    BigDecimal total =
        onFx(
            () ->
                behind.getItems().stream()
                    .map(MovementRow::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(total).isEqualByComparingTo(day.receipts());
    assertThat(robot.lookup("#settlement-ladder-drill-title").queryLabeled().getText())
        .contains("behind the receipts of", day.date().toString());
  }

  private static Node receiptsCell(TableView<LadderRow> table, int index) {
    for (Node n : table.lookupAll(".table-cell")) {
      if (n instanceof TableCell<?, ?> cell
          && cell.getTableRow() != null
          && cell.getTableRow().getIndex() == index
          && cell.getTableColumn() != null
          && "receipts".equals(cell.getTableColumn().getId())
          && cell.isVisible()) {
        return cell;
      }
    }
    return null;
  }
}
