package com.tickmark.app.ui.trade;

import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.common.TradeValues;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeAmendment;
import com.tickmark.model.trade.TradeLifecycle;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeValidationException;
import com.tickmark.model.trade.TradeValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Amending one trade: its quantity, price, commission, fees and settlement date (what {@link
 * TradeAmendment} changes), prefilled with the current values, each change shown as old → new, and
 * a mandatory reason. While the trade is NEW the amendment applies at once; once confirmed it
 * becomes a request a second person approves, and the result says which. Amounts read in the trade
 * currency's decimals, prices with at least those, quantities without trailing zeros, as {@link
 * TradeValues} writes them.
 */
public final class AmendTradeViewModel {
  public static final String SETTLEMENT_DATE = "settlement date";
  public static final String REASON = "reason";
  public static final List<String> FIELDS =
      List.of(
          TradeValidator.QUANTITY,
          TradeValidator.PRICE,
          TradeValidator.COMMISSION,
          TradeValidator.FEES,
          SETTLEMENT_DATE,
          REASON);

  /** One field the amendment changes. */
  public record Change(String field, String before, String after) {
    @Override
    public String toString() {
      return field + ": " + before + " → " + after;
    }
  }

  private final TradeService trades;
  private final Actor actor;
  private final TaskExecutor executor;
  private final Trade current;
  private final TradeValues values;
  private final boolean mayAmend;
  private final String notAmendable;
  private final StringProperty quantity = new SimpleStringProperty(this, "quantity");
  private final StringProperty price = new SimpleStringProperty(this, "price");
  private final StringProperty commission = new SimpleStringProperty(this, "commission");
  private final StringProperty fees = new SimpleStringProperty(this, "fees");
  private final ObjectProperty<LocalDate> settlementDate =
      new SimpleObjectProperty<>(this, "settlementDate");
  private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
  private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
  private final ReadOnlyStringWrapper firstProblem =
      new ReadOnlyStringWrapper(this, "firstProblem", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ObservableList<Change> changes = FXCollections.observableArrayList();
  private final BooleanBinding canSubmit;

  /**
   * @param values the reference data the trade's amounts are written with
   */
  public AmendTradeViewModel(
      TradeService trades, Actor actor, TaskExecutor executor, Trade current, TradeValues values) {
    this.trades = Objects.requireNonNull(trades, "trades");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.current = Objects.requireNonNull(current, "current");
    this.values = Objects.requireNonNull(values, "values");
    this.mayAmend = actor.may(Permission.AMEND_TRADES);
    this.notAmendable =
        !TradeLifecycle.isAmendable(current.status())
            ? "Trade " + current.id() + " is " + current.status() + " and can no longer be amended."
            : "";
    for (String f : FIELDS) {
      problems.put(f, new ReadOnlyStringWrapper(this, f, ""));
    }
    CurrencyCode ccy = current.currency();
    quantity.set(Formats.plain(current.quantity(), values.quantityScale(current.quantity())));
    price.set(Formats.plain(current.price(), values.priceScale(current.price(), ccy)));
    commission.set(Formats.plain(current.commission(), values.minorUnits(ccy)));
    fees.set(Formats.plain(current.fees(), values.minorUnits(ccy)));
    settlementDate.set(current.settlementDate());
    canSubmit =
        Bindings.createBooleanBinding(
            () -> mayAmend && notAmendable.isEmpty() && valid.get() && !busy.get(), valid, busy);
    for (Observable o : List.of(quantity, price, commission, fees, settlementDate, reason)) {
      o.addListener(x -> validate());
    }
    validate();
  }

  /**
   * The amendment as typed: only the fields that differ from the trade; null when a number does not
   * parse.
   */
  Optional<TradeAmendment> amendment() {
    Optional<BigDecimal> q = TradeEntryViewModel.number(quantity.get());
    Optional<BigDecimal> p = TradeEntryViewModel.number(price.get());
    Optional<BigDecimal> c = TradeEntryViewModel.number(commission.get());
    Optional<BigDecimal> f = TradeEntryViewModel.number(fees.get());
    if (q.isEmpty() || p.isEmpty() || c.isEmpty() || f.isEmpty() || settlementDate.get() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new TradeAmendment(
            changed(q.get(), current.quantity()),
            changed(p.get(), current.price()),
            changed(c.get(), current.commission()),
            changed(f.get(), current.fees()),
            settlementDate.get().equals(current.settlementDate()) ? null : settlementDate.get()));
  }

  private static BigDecimal changed(BigDecimal typed, BigDecimal was) {
    return typed.compareTo(was) == 0 ? null : typed;
  }

  private void validate() {
    Map<String, String> found = new LinkedHashMap<>();
    required(quantity, TradeValidator.QUANTITY, found);
    required(price, TradeValidator.PRICE, found);
    required(commission, TradeValidator.COMMISSION, found);
    required(fees, TradeValidator.FEES, found);
    if (settlementDate.get() == null) {
      found.put(SETTLEMENT_DATE, "is required");
    }
    List<Change> now = new ArrayList<>();
    Optional<TradeAmendment> a = amendment();
    if (a.isPresent()) {
      a.get().problems(current).forEach(p -> found.putIfAbsent(p.field(), p.message()));
      TradeAmendment am = a.get();
      CurrencyCode ccy = current.currency();
      if (am.quantity() != null) {
        now.add(
            new Change(
                "Quantity", values.quantity(current.quantity()), values.quantity(am.quantity())));
      }
      if (am.price() != null) {
        now.add(
            new Change("Price", values.price(current.price(), ccy), values.price(am.price(), ccy)));
      }
      if (am.commission() != null) {
        now.add(
            new Change(
                "Commission",
                values.amount(current.commission(), ccy),
                values.amount(am.commission(), ccy)));
      }
      if (am.fees() != null) {
        now.add(
            new Change("Fees", values.amount(current.fees(), ccy), values.amount(am.fees(), ccy)));
      }
      if (am.settlementDate() != null) {
        now.add(
            new Change(
                "Settlement date",
                Formats.date(current.settlementDate()),
                Formats.date(am.settlementDate())));
      }
    }
    changes.setAll(now);
    if (reason.get().isBlank()) {
      found.put(
          REASON,
          fourEyes() ? "say why (the approver reads it)" : "say why (the audit trail keeps it)");
    }
    for (Map.Entry<String, ReadOnlyStringWrapper> e : problems.entrySet()) {
      e.getValue().set(found.getOrDefault(e.getKey(), ""));
    }
    String first =
        FIELDS.stream()
            .filter(found::containsKey)
            .findFirst()
            .map(f -> Character.toUpperCase(f.charAt(0)) + f.substring(1) + ": " + found.get(f))
            .orElse("");
    if (first.isEmpty() && a.isPresent() && a.get().isEmpty()) {
      first = "Change at least one field: this is the trade as it is.";
    }
    if (!notAmendable.isEmpty()) {
      first = notAmendable;
    } else if (!mayAmend) {
      first = Permitted.refusal(actor, Permission.AMEND_TRADES, "amend trades");
    }
    firstProblem.set(first);
    valid.set(found.isEmpty() && a.isPresent() && !a.get().isEmpty());
  }

  private static void required(StringProperty text, String field, Map<String, String> found) {
    if (text.get() == null || text.get().isBlank()) {
      found.put(field, "is required");
    } else if (TradeEntryViewModel.number(text.get()).isEmpty()) {
      found.put(field, "'" + text.get().trim() + "' is not a number");
    }
  }

  /** Sends the amendment (off the FX thread); {@code done} gets what became of it. */
  public void submit(Consumer<TradeService.Outcome> done) {
    if (!canSubmit.get()) {
      return;
    }
    TradeAmendment a = amendment().orElseThrow();
    String why = reason.get().trim();
    busy.set(true);
    error.set("");
    executor.execute(
        BackgroundTask.of(
                "Amending " + current.id(), task -> trades.amend(actor, current.id(), a, why))
            .onSuccess(done)
            .onFailure(
                e -> {
                  if (e instanceof TradeValidationException refusal) {
                    refusal
                        .problems()
                        .forEach(
                            p ->
                                Optional.ofNullable(problems.get(p.field()))
                                    .ifPresent(w -> w.set(p.message())));
                  }
                  error.set(
                      "The amendment was not made: "
                          + (e.getMessage() == null
                              ? e.getClass().getSimpleName()
                              : e.getMessage()));
                })
            .onFinished(() -> busy.set(false)));
  }

  /** What the user is told after it was sent: done, or sent to a second person. */
  public static String describe(TradeService.Outcome outcome) {
    if (outcome.waitsForApproval()) {
      return "Sent for approval: request #"
          + outcome.request().id().value()
          + ". Nothing changes until a second person approves it.";
    }
    Trade t = outcome.trade();
    return t.status() == TradeStatus.CANCELLED
        ? "Cancelled: " + t.id() + " is now version " + t.version() + "."
        : "Amended: " + t.id() + " is now version " + t.version() + ".";
  }

  public Trade current() {
    return current;
  }

  /** True when the change needs a second person (the trade is confirmed or affirmed). */
  public boolean fourEyes() {
    return TradeLifecycle.isConfirmed(current.status());
  }

  public ReadOnlyStringProperty problemProperty(String field) {
    return problems.get(field).getReadOnlyProperty();
  }

  public ReadOnlyStringProperty firstProblemProperty() {
    return firstProblem.getReadOnlyProperty();
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

  public ObservableList<Change> changes() {
    return changes;
  }

  public StringProperty quantityProperty() {
    return quantity;
  }

  public StringProperty priceProperty() {
    return price;
  }

  public StringProperty commissionProperty() {
    return commission;
  }

  public StringProperty feesProperty() {
    return fees;
  }

  public ObjectProperty<LocalDate> settlementDateProperty() {
    return settlementDate;
  }

  public StringProperty reasonProperty() {
    return reason;
  }
}
