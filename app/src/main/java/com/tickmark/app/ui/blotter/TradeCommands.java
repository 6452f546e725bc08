package com.tickmark.app.ui.blotter;

import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.trade.TradeActionViewModel.Action;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.TradeLifecycle;
import com.tickmark.model.trade.TradeStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which of the blotter's trade actions the signed-in user is offered for the trades picked, and
 * when not, why: each needs its permission, and a lifecycle step or an amendment is offered only
 * for trades in a status {@link TradeLifecycle} lets take it. The menu shows only what is offered;
 * a shortcut for something not offered says why instead.
 */
final class TradeCommands {
  private final Actor actor;

  TradeCommands(Actor actor) {
    this.actor = actor;
  }

  /** Capturing a trade by hand. */
  Permitted newTrade() {
    return Permitted.to(actor, Permission.CAPTURE_TRADES, "capture trades");
  }

  /**
   * Confirming, affirming, settling or failing the picked trades (given by their statuses): offered
   * when at least one may take the step; the dialog names the others with why not.
   */
  Permitted move(Action step, List<TradeStatus> picked) {
    if (step == Action.CANCEL) {
      throw new IllegalArgumentException("cancel() cancels one trade");
    }
    String verb = step.verb().toLowerCase(Locale.ROOT);
    Permitted permitted = Permitted.to(actor, step.permission(), verb + " trades");
    if (!permitted.allowed()) {
      return permitted;
    }
    if (picked.isEmpty()) {
      return Permitted.no("Pick the trades to " + verb + " first.");
    }
    return picked.stream().anyMatch(step::appliesTo)
        ? Permitted.YES
        : Permitted.no(notFor(picked) + step.onlyFrom() + ".");
  }

  /** Amending the one trade picked. */
  Permitted amend(List<TradeStatus> picked) {
    Permitted permitted = Permitted.to(actor, Permission.AMEND_TRADES, "amend trades");
    if (!permitted.allowed()) {
      return permitted;
    }
    if (picked.size() != 1) {
      return Permitted.no("Pick one trade to amend.");
    }
    return TradeLifecycle.isAmendable(picked.get(0))
        ? Permitted.YES
        : Permitted.no(
            notFor(picked)
                + "only "
                + Arrays.stream(TradeStatus.values())
                    .filter(TradeLifecycle::isAmendable)
                    .map(Enum::name)
                    .collect(Collectors.joining(" or "))
                + " trades can be amended.");
  }

  /** Cancelling the one trade picked. */
  Permitted cancel(List<TradeStatus> picked) {
    Permitted permitted = Permitted.to(actor, Action.CANCEL.permission(), "cancel trades");
    if (!permitted.allowed()) {
      return permitted;
    }
    if (picked.size() != 1) {
      return Permitted.no("Pick one trade to cancel.");
    }
    return Action.CANCEL.appliesTo(picked.get(0))
        ? Permitted.YES
        : Permitted.no(notFor(picked) + Action.CANCEL.onlyFrom() + ".");
  }

  /** "Not for this trade (SETTLED): ", "Not for these trades (NEW, SETTLED): ". */
  private static String notFor(List<TradeStatus> picked) {
    return "Not for "
        + (picked.size() == 1 ? "this trade" : "these trades")
        + " ("
        + picked.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(", "))
        + "): ";
  }
}
