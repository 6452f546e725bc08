package com.tickmark.app.ui.trade;

import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeLifecycle;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Cancelling one trade, or confirming, affirming, settling or failing several: which of the trades
 * picked may take the step (the others are named with why not), the reason (required to cancel or
 * fail, an optional note otherwise), and the step itself off the FX thread. The steps for several
 * trades run in one transaction: all the eligible trades move, or none does.
 */
public final class TradeActionViewModel {
  /** What the user asked for. */
  public enum Action {
    CANCEL("Cancel", "Cancelling", "cancelled", TradeStatus.CANCELLED, Permission.AMEND_TRADES, ""),
    CONFIRM(
        "Confirm",
        "Confirming",
        "confirmed",
        TradeStatus.CONFIRMED,
        Permission.CAPTURE_TRADES,
        "Confirmed with the broker"),
    AFFIRM(
        "Affirm",
        "Affirming",
        "affirmed",
        TradeStatus.AFFIRMED,
        Permission.CAPTURE_TRADES,
        "Affirmed with the broker"),
    SETTLE(
        "Settle",
        "Settling",
        "settled",
        TradeStatus.SETTLED,
        Permission.CAPTURE_TRADES,
        "Settled at the custodian"),
    FAIL("Fail", "Failing", "failed", TradeStatus.FAILED, Permission.CAPTURE_TRADES, "");

    private final String verb;
    private final String doing;
    private final String done;
    private final TradeStatus target;
    private final Permission permission;
    private final String defaultNote;

    Action(
        String verb,
        String doing,
        String done,
        TradeStatus target,
        Permission permission,
        String defaultNote) {
      this.verb = verb;
      this.doing = doing;
      this.done = done;
      this.target = target;
      this.permission = permission;
      this.defaultNote = defaultNote;
    }

    /** Cancelling and failing need a reason; the other steps take an optional note. */
    public boolean needsReason() {
      return defaultNote.isEmpty();
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

    /** Whether a trade in {@code status} may take this step ({@link TradeLifecycle} says). */
    public boolean appliesTo(TradeStatus status) {
      return TradeLifecycle.allows(status, target);
    }

    /** "only NEW trades can be confirmed": the statuses this step starts from. */
    public String onlyFrom() {
      return "only "
          + TradeLifecycle.from(target).stream().map(Enum::name).collect(Collectors.joining(" or "))
          + " trades can be "
          + done;
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

  /**
   * For {@code picked} trades on {@code businessDate}: a trade settles or fails only once its
   * settlement date has come (the date is needed for those steps only; null for the others).
   */
  public TradeActionViewModel(
      TradeService trades,
      Actor actor,
      TaskExecutor executor,
      Action action,
      List<Trade> picked,
      LocalDate businessDate) {
    this.trades = Objects.requireNonNull(trades, "trades");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.action = Objects.requireNonNull(action, "action");
    this.permitted = actor.may(action.permission());
    if (TradeLifecycle.isSettlementOutcome(action.target())) {
      Objects.requireNonNull(businessDate, "businessDate");
    }
    for (Trade t : picked) {
      if (TradeLifecycle.isSettlementOutcome(action.target())
          && action.appliesTo(t.status())
          && !TradeLifecycle.settlementDue(t, businessDate)) {
        refused.add(
            new Refusal(
                t,
                "settles on " + t.settlementDate() + ", after the business date " + businessDate));
      } else if (action.appliesTo(t.status())) {
        eligible.add(t);
      } else {
        refused.add(
            new Refusal(
                t,
                "is "
                    + t.status()
                    + (TradeLifecycle.isFinal(t.status())
                        ? ", which is final"
                        : "; " + action.onlyFrom())));
      }
    }
    problem.bind(Bindings.createStringBinding(this::firstProblem, reason));
    canSubmit =
        Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !busy.get(), problem, busy);
  }

  private String firstProblem() {
    if (!permitted) {
      return Permitted.refusal(
          actor, action.permission(), action.verb().toLowerCase(Locale.ROOT) + " trades");
    }
    if (eligible.isEmpty()) {
      return refused.size() == 1
          ? "Trade " + refused.get(0) + "."
          : "None of these trades can be " + action.done() + ".";
    }
    if (action.needsReason() && reason.get().isBlank()) {
      return fourEyes()
          ? "Say why: the approver reads the reason."
          : action == Action.FAIL
              ? "Say why it failed (e.g. the counterparty lacked the securities)."
              : "Say why: the audit trail keeps the reason.";
    }
    return "";
  }

  /** Cancelling a confirmed trade needs a second person. */
  public boolean fourEyes() {
    return action == Action.CANCEL
        && eligible.stream().anyMatch(t -> TradeLifecycle.isConfirmed(t.status()));
  }

  /**
   * Cancels the trade (off the FX thread); {@code done} says whether it was done or sent for
   * approval.
   */
  public void cancel(Consumer<TradeService.Outcome> done) {
    if (action != Action.CANCEL || !canSubmit.get()) {
      return;
    }
    Trade t = eligible.get(0);
    String why = reason.get().trim();
    busy.set(true);
    error.set("");
    executor.execute(
        BackgroundTask.of("Cancelling " + t.id(), task -> trades.cancel(actor, t.id(), why))
            .onSuccess(done)
            .onFailure(e -> error.set("The trade was not cancelled: " + message(e)))
            .onFinished(() -> busy.set(false)));
  }

  /**
   * Confirms, affirms, settles or fails every eligible trade in one transaction (off the FX
   * thread); {@code done} gets their new versions. When one is refused, none moves and {@link
   * #errorProperty()} says why.
   */
  public void moveAll(Consumer<List<Trade>> done) {
    if (action == Action.CANCEL || !canSubmit.get()) {
      return;
    }
    List<Trade> moving = List.copyOf(eligible);
    String note = reason.get().isBlank() ? action.defaultNote : reason.get().trim();
    busy.set(true);
    error.set("");
    executor.execute(
        BackgroundTask.of(
                action.doing + " " + moving.size() + " trade(s)",
                task ->
                    trades.changeStatus(
                        actor, moving.stream().map(Trade::id).toList(), action.target, note))
            .onSuccess(done)
            .onFailure(e -> error.set("No trade was " + action.done() + ": " + message(e)))
            .onFinished(() -> busy.set(false)));
  }

  private static String message(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage();
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

  /** The reason (cancel, fail) or note (confirm, affirm, settle). */
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
