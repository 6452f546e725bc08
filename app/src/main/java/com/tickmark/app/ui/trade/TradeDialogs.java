package com.tickmark.app.ui.trade;

import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.common.SecurityStyles;
import com.tickmark.app.ui.common.TradeValues;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.trade.TradeActionViewModel.Action;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeLifecycle;
import com.tickmark.model.trade.TradeService;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The trade dialogs as the blotter (and any other screen) opens them: capture a trade by hand,
 * amend or cancel one, confirm, affirm, settle or fail several. Each checks the signed-in user's
 * permission first (and says who holds it when they lack it), does its work off the FX thread
 * through the screen context's executor, and calls back on the FX thread only after success.
 * Amendments and cancellations of confirmed trades go through four eyes: the user is told whether
 * the change was made or sent for approval, and under which request number.
 */
public final class TradeDialogs {
  private TradeDialogs() {}

  /** Opens the manual trade entry dialog; {@code captured} gets the recorded trade (version 1). */
  public static void captureNew(Window owner, ScreenContext context, Consumer<Trade> captured) {
    Objects.requireNonNull(captured, "captured");
    if (refused(owner, context.actor(), Permission.CAPTURE_TRADES, "capture trades")) {
      return;
    }
    TradeEntryViewModel vm =
        new TradeEntryViewModel(
            context.services().trades(),
            context.services().referenceData(),
            context.services().businessDate(),
            context.actor(),
            context.executor(),
            context.clock());
    new TradeEntryDialog(owner, vm).show(captured);
  }

  /**
   * Opens the amendment dialog for {@code current}; {@code done} gets the outcome: the new version,
   * or the approval request a second person decides (the user is told which).
   */
  public static void amend(
      Window owner, ScreenContext context, Trade current, Consumer<TradeService.Outcome> done) {
    Objects.requireNonNull(done, "done");
    if (refused(owner, context.actor(), Permission.AMEND_TRADES, "amend trades")) {
      return;
    }
    // the trade's amounts are written in its currency's decimals: read them off the FX thread
    context
        .executor()
        .execute(
            BackgroundTask.of(
                    "Reading the reference data",
                    task -> TradeValues.read(context.services().referenceData(), context.actor()))
                .onSuccess(
                    values -> {
                      AmendTradeViewModel vm =
                          new AmendTradeViewModel(
                              context.services().trades(),
                              context.actor(),
                              context.executor(),
                              current,
                              values);
                      new AmendTradeDialog(owner, vm, describe(current, values))
                          .show(
                              outcome -> {
                                tell(owner, outcome);
                                done.accept(outcome);
                              });
                    }));
  }

  /**
   * Asks for the reason and cancels {@code current}: at once while NEW, else as a request for
   * approval.
   */
  public static void cancel(
      Window owner, ScreenContext context, Trade current, Consumer<TradeService.Outcome> done) {
    Objects.requireNonNull(done, "done");
    if (refused(owner, context.actor(), Permission.AMEND_TRADES, "cancel trades")) {
      return;
    }
    TradeActionViewModel vm =
        new TradeActionViewModel(
            context.services().trades(),
            context.actor(),
            context.executor(),
            Action.CANCEL,
            List.of(current),
            null);
    new TradeActionDialog(owner, vm)
        .showCancel(
            outcome -> {
              tell(owner, outcome);
              done.accept(outcome);
            });
  }

  /**
   * Takes the {@code step} (confirm, affirm, settle or fail) for the trades among {@code trades}
   * that may take it (the others are named with why not), with a note (a reason to fail), all in
   * one transaction; {@code done} gets their new versions.
   */
  public static void move(
      Window owner,
      ScreenContext context,
      Action step,
      List<Trade> trades,
      Consumer<List<Trade>> done) {
    Objects.requireNonNull(done, "done");
    if (step == Action.CANCEL) {
      throw new IllegalArgumentException("cancel() cancels one trade");
    }
    if (refused(
        owner,
        context.actor(),
        step.permission(),
        step.verb().toLowerCase(Locale.ROOT) + " trades")) {
      return;
    }
    if (trades.isEmpty()) {
      inform(owner, "Pick the trades to " + step.verb().toLowerCase(Locale.ROOT) + " first.", "");
      return;
    }
    if (!TradeLifecycle.isSettlementOutcome(step.target())) {
      showMove(owner, context, step, trades, null, done);
      return;
    }
    // settling and failing wait for the settlement date: read what day it is off the FX thread
    context
        .executor()
        .execute(
            BackgroundTask.of(
                    "Reading the business date",
                    task -> context.services().businessDate().businessDate())
                .onSuccess(today -> showMove(owner, context, step, trades, today, done)));
  }

  private static void showMove(
      Window owner,
      ScreenContext context,
      Action step,
      List<Trade> trades,
      LocalDate businessDate,
      Consumer<List<Trade>> done) {
    TradeActionViewModel vm =
        new TradeActionViewModel(
            context.services().trades(),
            context.actor(),
            context.executor(),
            step,
            trades,
            businessDate);
    new TradeActionDialog(owner, vm).showMove(done);
  }

  /**
   * One line for a dialog's header: "Buy 1,000 @ 228.50 USD · traded 2025-11-20 · settles
   * 2025-11-21 · NEW · version 1.".
   */
  static String describe(Trade t, TradeValues values) {
    return (t.side() == Side.BUY ? "Buy " : "Sell ")
        + values.quantity(t.quantity())
        + " @ "
        + values.price(t.price(), t.currency())
        + " "
        + t.currency().code()
        + " · traded "
        + t.tradeDate()
        + " · settles "
        + t.settlementDate()
        + " · "
        + t.status()
        + " · version "
        + t.version()
        + ".";
  }

  private static boolean refused(Window owner, Actor actor, Permission permission, String doing) {
    Permitted permitted = Permitted.to(actor, permission, doing);
    if (permitted.allowed()) {
      return false;
    }
    inform(owner, "You may not " + doing, permitted.whyNot());
    return true;
  }

  /** Tells the user what became of an amendment or cancellation: done, or sent for approval. */
  private static void tell(Window owner, TradeService.Outcome outcome) {
    String text = AmendTradeViewModel.describe(outcome);
    int stop = text.indexOf(". ");
    inform(
        owner,
        stop < 0 ? text : text.substring(0, stop + 1),
        stop < 0 ? "" : text.substring(stop + 2));
  }

  private static void inform(Window owner, String header, String text) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
    alert.setTitle("Tickmark");
    alert.setHeaderText(header);
    alert.getDialogPane().setId("trade-outcome");
    SecurityStyles.apply(alert);
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.show();
  }
}
