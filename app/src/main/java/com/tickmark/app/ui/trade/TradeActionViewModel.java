package com.tickmark.app.ui.trade;

import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeLifecycle;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.tx.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Cancelling one trade, or confirming or affirming several: which of the trades picked may take
 * the step (the others are named with why not), the reason (required to cancel, an optional note
 * to confirm or affirm), and the step itself off the FX thread. Confirming and affirming run in one
 * transaction: all the eligible trades move, or none does.
 */
public final class TradeActionViewModel {
  /** What the user asked for. */
  public enum Action {
    CANCEL("Cancel", "cancelled", TradeStatus.CANCELLED, Permission.AMEND_TRADES),
    CONFIRM("Confirm", "confirmed", TradeStatus.CONFIRMED, Permission.CAPTURE_TRADES),
    AFFIRM("Affirm", "affirmed", TradeStatus.AFFIRMED, Permission.CAPTURE_TRADES);

    private final String verb;
    private final String done;
    private final TradeStatus target;
    private final Permission permission;

    Action(String verb, String done, TradeStatus target, Permission permission) {
      this.verb = verb;
      this.done = done;
      this.target = target;
      this.permission = permission;
    }

    public String verb() {
      return verb;
    }

    public String done() {
      return done;
    }

    public TradeStatus target() {
      return target;
    }

    public Permission permission() {
      return permission;
    }
  }

  /** A trade picked that cannot take the step, and why. */
  public record Refusal(Trade trade, String why) {
    @Override
    public String toString() {
      return trade.id() + ": " + why;
    }
  }

  private final TradeService trades;
  private final Transactions tx;
  private final Actor actor;
  private final TaskExecutor executor;
  private final Action action;
  private final List<Trade> eligible = new ArrayList<>();
  private final List<Refusal> refused = new ArrayList<>();
  private final boolean permitted;
  private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final BooleanBinding canSubmit;

  public TradeActionViewModel(TradeService trades, Transactions tx, Actor actor, TaskExecutor executor, Action action, List<Trade> picked) {
    this.trades = Objects.requireNonNull(trades, "trades");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.action = Objects.requireNonNull(action, "action");
    this.permitted = actor.may(action.permission());
    for (Trade t : picked) {
      if (TradeLifecycle.allows(t.status(), action.target())) {
        eligible.add(t);
      } else {
        refused.add(new Refusal(t, "is " + t.status() + (TradeLifecycle.isFinal(t.status()) ? ", which is final"
            : "; only " + statusesThatMay(action.target()) + " trades can be " + action.done())));
      }
    }
    problem.bind(Bindings.createStringBinding(this::firstProblem, reason));
    canSubmit = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !busy.get(), problem, busy);
  }

  private static String statusesThatMay(TradeStatus to) {
    List<String> from = new ArrayList<>();
    for (TradeStatus s : TradeStatus.values()) {
      if (TradeLifecycle.allows(s, to)) {
        from.add(s.name());
      }
    }
    return String.join(" or ", from);
  }

  private String firstProblem() {
    if (!permitted) {
      return TradeDialogs.permissionNote(actor, action.permission(), action.verb().toLowerCase(Locale.ROOT) + " trades");
    }
    if (eligible.isEmpty()) {
      return refused.size() == 1 ? "Trade " + refused.get(0) + "." : "None of these trades can be " + action.done() + ".";
    }
    if (action == Action.CANCEL && reason.get().isBlank()) {
      return fourEyes() ? "Say why: the approver reads the reason." : "Say why: the audit trail keeps the reason.";
    }
    return "";
  }

  /** Cancelling a confirmed trade needs a second person. */
  public boolean fourEyes() {
    return action == Action.CANCEL && eligible.stream().anyMatch(t -> TradeLifecycle.isConfirmed(t.status()));
  }

  /** Cancels the trade (off the FX thread); {@code done} says whether it was done or sent for approval. */
  public void cancel(Consumer<TradeService.Outcome> done) {
    if (action != Action.CANCEL || !canSubmit.get()) {
      return;
    }
    Trade t = eligible.get(0);
    String why = reason.get().trim();
    busy.set(true);
    error.set("");
    executor.execute(BackgroundTask.of("Cancelling " + t.id(), task -> trades.cancel(actor, t.id(), why))
        .onSuccess(done)
        .onFailure(e -> error.set("The trade was not cancelled: " + message(e)))
        .onFinished(() -> busy.set(false)));
  }

  /**
   * Confirms or affirms every eligible trade in one transaction (off the FX thread); {@code done}
   * gets their new versions. When one is refused, none moves and {@link #errorProperty()} says why.
   */
  public void moveAll(Consumer<List<Trade>> done) {
    if (action == Action.CANCEL || !canSubmit.get()) {
      return;
    }
    List<Trade> moving = List.copyOf(eligible);
    String note = reason.get().isBlank() ? Character.toUpperCase(action.done().charAt(0)) + action.done().substring(1) + " with the broker"
        : reason.get().trim();
    busy.set(true);
    error.set("");
    executor.execute(BackgroundTask.of(action.verb() + "ing " + moving.size() + " trade(s)", task -> tx.inTransaction(() -> {
          List<Trade> moved = new ArrayList<>();
          for (Trade t : moving) {
            moved.add(action == Action.CONFIRM ? trades.confirm(actor, t.id(), note) : trades.affirm(actor, t.id(), note));
          }
          return moved;
        }))
        .onSuccess(done)
        .onFailure(e -> error.set("No trade was " + action.done() + ": " + message(e)))
        .onFinished(() -> busy.set(false)));
  }

  private static String message(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
  }

  public Action action() {
    return action;
  }

  /** The trades that will take the step. */
  public List<Trade> eligible() {
    return List.copyOf(eligible);
  }

  /** The trades picked that cannot, with why. */
  public List<Refusal> refused() {
    return List.copyOf(refused);
  }

  /** The reason (cancel) or note (confirm, affirm). */
  public StringProperty reasonProperty() {
    return reason;
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public BooleanBinding canSubmitProperty() {
    return canSubmit;
  }
}
