package com.tickmark.app.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.trade.TradeActionViewModel.Action;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.TradeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The blotter offers a trade action only to a user who may take it, and a lifecycle step only for
 * the statuses it applies to; what is not offered says why.
 */
class TradeCommandsTest {
  static final Actor CLERK = actor(Role.CLERK);

  static Actor actor(Role role) {
    return new Actor(new UserId(7), role.name().toLowerCase(), Set.of(role));
  }

  /** The actions the menu offers a clerk for one trade in {@code status}. */
  static List<String> offered(TradeCommands commands, TradeStatus status) {
    List<TradeStatus> picked = List.of(status);
    List<String> offered = new ArrayList<>();
    for (Action step : List.of(Action.CONFIRM, Action.AFFIRM, Action.SETTLE, Action.FAIL)) {
      if (commands.move(step, picked).allowed()) {
        offered.add(step.verb());
      }
    }
    if (commands.amend(picked).allowed()) {
      offered.add("Amend");
    }
    if (commands.cancel(picked).allowed()) {
      offered.add("Cancel");
    }
    return offered;
  }

  @Test
  void newTradeIsOfferedOnlyToWhoMayCaptureAndTheOthersAreToldWhy() {
    assertThat(new TradeCommands(CLERK).newTrade().allowed()).isTrue();
    assertThat(new TradeCommands(actor(Role.ACCOUNTANT)).newTrade().whyNot())
        .isEqualTo(
            "You may not capture trades: that needs the CAPTURE_TRADES permission, which the"
                + " Operations clerk role holds; you are Accountant.");
    assertThat(new TradeCommands(actor(Role.COMPLIANCE)).newTrade().whyNot())
        .endsWith("you are Compliance officer.");
    Actor reading = CLERK.readingOnly("the FIX acceptor (pid 42) has the workspace open");
    assertThat(new TradeCommands(reading).newTrade().whyNot())
        .isEqualTo(
            "You may not capture trades in this window: the FIX acceptor (pid 42) has the"
                + " workspace open.");
  }

  @Test
  void aTradeIsOfferedOnlyTheStepsItsStatusAllows() {
    TradeCommands clerk = new TradeCommands(CLERK);
    assertThat(offered(clerk, TradeStatus.NEW)).containsExactly("Confirm", "Amend", "Cancel");
    assertThat(offered(clerk, TradeStatus.CONFIRMED)).containsExactly("Affirm", "Amend", "Cancel");
    assertThat(offered(clerk, TradeStatus.AFFIRMED))
        .containsExactly("Settle", "Fail", "Amend", "Cancel");
    assertThat(offered(clerk, TradeStatus.FAILED)).containsExactly("Settle");
    assertThat(offered(clerk, TradeStatus.SETTLED)).isEmpty();
    assertThat(offered(clerk, TradeStatus.CANCELLED)).isEmpty();

    assertThat(clerk.move(Action.AFFIRM, List.of(TradeStatus.NEW)).whyNot())
        .isEqualTo("Not for this trade (NEW): only CONFIRMED trades can be affirmed.");
    assertThat(clerk.amend(List.of(TradeStatus.SETTLED)).whyNot())
        .isEqualTo(
            "Not for this trade (SETTLED): only NEW or CONFIRMED or AFFIRMED trades can be"
                + " amended.");
  }

  @Test
  void aStepIsOfferedForSeveralTradesWhenOneOfThemMayTakeIt() {
    TradeCommands clerk = new TradeCommands(CLERK);
    assertThat(clerk.move(Action.CONFIRM, List.of(TradeStatus.SETTLED, TradeStatus.NEW)))
        .isEqualTo(Permitted.YES);
    assertThat(clerk.move(Action.SETTLE, List.of(TradeStatus.NEW, TradeStatus.CONFIRMED)).whyNot())
        .isEqualTo(
            "Not for these trades (NEW, CONFIRMED): only AFFIRMED or FAILED trades can be"
                + " settled.");
    assertThat(clerk.amend(List.of(TradeStatus.NEW, TradeStatus.NEW)).whyNot())
        .isEqualTo("Pick one trade to amend.");
    assertThat(clerk.move(Action.CONFIRM, List.of()).whyNot())
        .isEqualTo("Pick the trades to confirm first.");
  }

  @Test
  void aUserWithoutTheTradePermissionsIsOfferedNoStepWhateverTheStatus() {
    for (Role role : List.of(Role.ACCOUNTANT, Role.RISK_MANAGER, Role.COMPLIANCE, Role.VIEWER)) {
      TradeCommands commands = new TradeCommands(actor(role));
      for (TradeStatus status : TradeStatus.values()) {
        assertThat(offered(commands, status)).as(role + " on a " + status + " trade").isEmpty();
      }
    }
    assertThat(
            new TradeCommands(actor(Role.RISK_MANAGER)).cancel(List.of(TradeStatus.NEW)).whyNot())
        .startsWith("You may not cancel trades: that needs the AMEND_TRADES permission");
  }
}
