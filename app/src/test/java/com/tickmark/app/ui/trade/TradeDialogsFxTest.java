package com.tickmark.app.ui.trade;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.shown;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.shell.Theme;
import com.tickmark.app.ui.task.FxTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalStatus;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.trade.NewTrade;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
 * A clerk keys in a phone trade through the dialog and finds it stored as version 1 with its audit
 * record; then amends a confirmed trade, which becomes a request for a second person.
 */
@ExtendWith(ApplicationExtension.class)
class TradeDialogsFxTest {
  @TempDir static Path dir;
  static SecurityFixture fx;
  static Actor clerk;

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private FxTaskExecutor executor;
  private ScreenContext context;
  private Stage stage;

  @BeforeAll
  static void openFixture() {
    fx = SecurityFixture.create(dir);
    clerk = fx.user("carla", Role.CLERK);
  }

  @AfterAll
  static void closeFixture() {
    fx.close();
  }

  @Start
  void start(Stage primary) {
    stage = primary;
    Theme.LIGHT.apply();
    TaskMonitor monitor = new TaskMonitor();
    executor = new FxTaskExecutor(2, monitor, (title, error) -> failures.add(error));
    context = new ScreenContext(fx.services, clerk, executor, monitor, UiState.inMemory());
    stage.setScene(new Scene(new StackPane(new Label("blotter")), 900, 700));
    stage.show();
  }

  @AfterEach
  void stop() {
    executor.shutdown();
    assertThat(failures).isEmpty();
  }

  @Test
  void aClerkCapturesAPhoneTradeAndItIsStoredAsVersionOneWithItsAuditRecord(FxRobot robot) {
    List<Trade> captured = new CopyOnWriteArrayList<>();
    onFx(() -> TradeDialogs.captureNew(stage, context, captured::add));
    Button ok = robot.lookup("#dialog-ok").queryButton();
    waitUntil(
        () -> !((ComboBox<?>) robot.lookup("#trade-instrument").query()).getItems().isEmpty());
    for (String field : List.of("#trade-reason", "#trade-book", "#trade-counterparty")) {
      assertThat(robot.lookup(field + "-problem").queryAs(Label.class).getText())
          .as("the form opens without problems shown, also under %s, which had the focus", field)
          .isEmpty();
    }

    pick(robot, "#trade-book", "MOMO-EU");
    pick(robot, "#trade-instrument", "SAP");
    assertThat(robot.lookup("#trade-settlement-date").queryAs(Label.class).getText())
        .isEqualTo("2025-11-24");
    robot.clickOn("#trade-side-sell");
    robot.clickOn("#trade-quantity").write("1,000");
    robot.clickOn("#trade-price").write("250").type(KeyCode.TAB);
    waitUntil(
        () ->
            robot
                .lookup("#trade-price-problem")
                .queryAs(Label.class)
                .getText()
                .contains("away from SAP's reference price"));
    robot.doubleClickOn("#trade-price").write("210.25");
    waitUntil(() -> robot.lookup("#trade-price-problem").queryAs(Label.class).getText().isEmpty());
    assertThat(robot.lookup("#trade-gross").queryAs(Label.class).getText())
        .isEqualTo("EUR 210,250.00");
    pick(robot, "#trade-counterparty", "GSCO");
    assertThat(robot.lookup("#trade-reason-problem").queryAs(Label.class).getText())
        .as("the reason was not visited yet")
        .isEmpty();
    robot.clickOn(ok);
    assertThat(robot.lookup("#trade-reason-problem").queryAs(Label.class).getText())
        .as("Capture pressed without a reason")
        .startsWith("say why");
    assertThat(captured).isEmpty();
    robot.clickOn("#trade-reason").write("phone trade with the desk");
    robot.clickOn(ok);

    waitUntil(() -> captured.size() == 1);
    assertThat(robot.lookup("#dialog-ok").tryQuery()).as("the dialog closed").isEmpty();
    Trade stored = fx.services.trades().find(clerk, captured.get(0).id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.side()).isEqualTo(Side.SELL);
    assertThat(stored.quantity()).isEqualByComparingTo("1000");
    assertThat(stored.status()).isEqualTo(TradeStatus.NEW);
    assertThat(stored.settlementDate()).isEqualTo(LocalDate.of(2025, 11, 24));
    assertThat(
            fx.services
                .audit()
                .search(
                    fx.admin,
                    new AuditFilter(null, "Trade", stored.id().display(), null, null, null, 10)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.event().action()).isEqualTo(AuditAction.CREATE);
              assertThat(r.event().actor()).isEqualTo("carla");
              assertThat(r.event().reason()).isEqualTo("phone trade with the desk");
            });
  }

  @Test
  void amendingAConfirmedTradeSendsItForApprovalAndSaysSo(FxRobot robot) {
    TradeService trades = fx.services.trades();
    Trade t =
        trades.confirm(
            clerk,
            trades
                .capture(
                    clerk,
                    new NewTrade(
                        "MOMO-EU",
                        "SAP",
                        Side.BUY,
                        new BigDecimal("500"),
                        new BigDecimal("210.50"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        "GSCO",
                        null,
                        null,
                        null,
                        null),
                    "phone trade")
                .id(),
            "confirmed");
    List<TradeService.Outcome> outcomes = new CopyOnWriteArrayList<>();
    onFx(() -> TradeDialogs.amend(stage, context, t, outcomes::add));
    assertThat(((Label) shown(robot, "#amend-four-eyes")).getText()).contains("second person");
    assertThat(robot.lookup("#amend-price").queryAs(TextField.class).getText()).isEqualTo("210.50");
    assertThat(robot.lookup("#amend-commission").queryAs(TextField.class).getText())
        .isEqualTo("0.00");
    robot.doubleClickOn(shown(robot, "#amend-price")).write("211");
    waitUntil(
        () ->
            robot.lookup("#amend-changes").queryAs(VBox.class).getChildren().stream()
                .anyMatch(
                    n -> n instanceof Label l && l.getText().equals("Price:  210.50  →  211.00")));
    robot.clickOn("#amend-reason").write("broker's price");
    robot.clickOn("#dialog-ok");

    waitUntil(() -> outcomes.size() == 1);
    ApprovalRequest request = outcomes.get(0).request();
    assertThat(request).isNotNull();
    assertThat(request.status()).isEqualTo(ApprovalStatus.PENDING);
    waitUntil(() -> robot.lookup("#trade-outcome").tryQuery().isPresent());
    assertThat(robot.lookup("#trade-outcome").queryAs(DialogPane.class).getHeaderText())
        .isEqualTo("Sent for approval: request #" + request.id().value() + ".");
    assertThat(fx.services.approvals().submittedBy(clerk))
        .extracting(r -> r.id())
        .contains(request.id());
    assertThat(trades.find(clerk, t.id()).orElseThrow().price()).isEqualByComparingTo("210.50");
    robot.clickOn(robot.lookup("#trade-outcome").lookup(".button").queryButton());
  }

  /** Picks an entry of a searchable list by typing, as a user does. */
  private static void pick(FxRobot robot, String id, String text) {
    robot.clickOn(shown(robot, id)).write(text).type(KeyCode.ENTER);
    waitUntil(
        () -> {
          Object value = ((ComboBox<?>) robot.lookup(id).query()).getValue();
          return value != null && value.toString().startsWith(text);
        });
  }
}
