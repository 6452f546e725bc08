package com.tickmark.app.ui.trade;

import com.tickmark.app.ui.common.FormProblems;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.money.PlainDecimal;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.refdata.SettlementConventions;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.time.BusinessDateProvider;
import com.tickmark.model.trade.NewTrade;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeValidationException;
import com.tickmark.model.trade.TradeValidator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
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
 * The manual trade entry form (a phone trade): its fields as the clerk types them, every problem
 * next to the field it concerns (shown once the clerk left the field or pressed Capture, so the
 * form opens clean), the settlement date and gross amount worked out as they type, and a trade
 * recorded only when it has no problem. The rules are the model's own ({@link TradeValidator},
 * which {@link TradeService#capture} applies again); the form adds only what typing brings (a
 * number that is not one, a time that is not one) and the mandatory reason.
 */
public final class TradeEntryViewModel {
  /** Fields the form reports problems under, besides the validator's. */
  public static final String EXECUTION_TIME = "execution time";

  public static final String REASON = "reason";

  /**
   * The fields in the order the form shows them: the first problem named is the first one to fix.
   */
  public static final List<String> FIELDS =
      List.of(
          TradeValidator.BOOK,
          TradeValidator.INSTRUMENT,
          TradeValidator.SIDE,
          TradeValidator.QUANTITY,
          TradeValidator.PRICE,
          TradeValidator.COMMISSION,
          TradeValidator.FEES,
          TradeValidator.COUNTERPARTY,
          TradeValidator.ACCOUNT,
          TradeValidator.TRADE_DATE,
          EXECUTION_TIME,
          REASON);

  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  /** One pickable book, instrument, broker or account: its code and what the list shows. */
  public record Choice(String code, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  /** The reference data the form checks against, read once when it opens. */
  record Snapshot(
      List<Book> books,
      List<Instrument> instruments,
      List<Counterparty> counterparties,
      List<Account> accounts,
      List<Currency> currencies,
      Map<String, HolidayCalendar> calendars,
      LocalDate businessDate) {}

  private record PriceKey(InstrumentId instrument, LocalDate date) {}

  private final TradeService trades;
  private final ReferenceDataService referenceData;
  private final BusinessDateProvider businessDate;
  private final Actor actor;
  private final TaskExecutor executor;
  private final Clock clock;
  private final boolean mayCapture;

  private final StringProperty book = new SimpleStringProperty(this, "book", "");
  private final StringProperty instrument = new SimpleStringProperty(this, "instrument", "");
  private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side");
  private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "");
  private final StringProperty price = new SimpleStringProperty(this, "price", "");
  private final StringProperty commission = new SimpleStringProperty(this, "commission", "");
  private final StringProperty fees = new SimpleStringProperty(this, "fees", "");
  private final StringProperty counterparty = new SimpleStringProperty(this, "counterparty", "");
  private final StringProperty account = new SimpleStringProperty(this, "account", "");
  private final ObjectProperty<LocalDate> tradeDate = new SimpleObjectProperty<>(this, "tradeDate");
  private final StringProperty executionTime = new SimpleStringProperty(this, "executionTime", "");
  private final StringProperty brokerRef = new SimpleStringProperty(this, "brokerRef", "");
  private final StringProperty orderId = new SimpleStringProperty(this, "orderId", "");
  private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

  private final ObservableList<Choice> books = FXCollections.observableArrayList();
  private final ObservableList<Choice> instruments = FXCollections.observableArrayList();
  private final ObservableList<Choice> brokers = FXCollections.observableArrayList();
  private final ObservableList<Choice> accounts = FXCollections.observableArrayList();

  private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
  private final FormProblems shown = new FormProblems();
  private final ReadOnlyStringWrapper firstProblem =
      new ReadOnlyStringWrapper(this, "firstProblem", "");
  private final ReadOnlyStringWrapper settlementDate =
      new ReadOnlyStringWrapper(this, "settlementDate", "");
  private final ReadOnlyStringWrapper grossAmount =
      new ReadOnlyStringWrapper(this, "grossAmount", "");
  private final ReadOnlyStringWrapper instrumentInfo =
      new ReadOnlyStringWrapper(this, "instrumentInfo", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final BooleanBinding canCapture;
  private final BooleanBinding captureOffered;

  /**
   * Problems the service found that the form could not (someone changed the reference data
   * meanwhile).
   */
  private final Map<String, String> refused = new HashMap<>();

  private final Map<PriceKey, Optional<BigDecimal>> referencePrices = new HashMap<>();
  private TradeValidator validator;
  private Snapshot snapshot;

  public TradeEntryViewModel(
      TradeService trades,
      ReferenceDataService referenceData,
      BusinessDateProvider businessDate,
      Actor actor,
      TaskExecutor executor,
      Clock clock) {
    this.trades = Objects.requireNonNull(trades, "trades");
    this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
    this.businessDate = Objects.requireNonNull(businessDate, "businessDate");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.mayCapture = actor.may(Permission.CAPTURE_TRADES);
    for (String f : FIELDS) {
      problems.put(f, new ReadOnlyStringWrapper(this, f, ""));
    }
    canCapture =
        Bindings.createBooleanBinding(
            () -> mayCapture && loaded.get() && valid.get() && !busy.get(), loaded, valid, busy);
    captureOffered =
        Bindings.createBooleanBinding(
            () -> mayCapture && loaded.get() && !busy.get(), loaded, busy);
    Observable[] inputs = {
      book,
      instrument,
      side,
      quantity,
      price,
      commission,
      fees,
      counterparty,
      account,
      tradeDate,
      executionTime,
      reason
    };
    for (Observable o : inputs) {
      o.addListener(
          x -> {
            refused.clear();
            validate();
          });
    }
    instrument.addListener(x -> fetchReferencePrice());
    tradeDate.addListener(x -> fetchReferencePrice());
    executionTime.set(LocalTime.now(clock.withZone(ZoneOffset.UTC)).format(TIME));
    validate();
  }

  /**
   * Reads the reference data and the business date (off the FX thread); the form checks nothing
   * until then.
   */
  public void load() {
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading reference data for the trade",
                task ->
                    new Snapshot(
                        referenceData.books(actor),
                        referenceData.instruments(actor),
                        referenceData.counterparties(actor),
                        referenceData.accounts(actor),
                        referenceData.currencies(actor),
                        referenceData.calendars(actor),
                        businessDate.businessDate()))
            .onSuccess(this::apply)
            .onFailure(e -> error.set("Could not read the reference data: " + message(e)))
            .onFinished(() -> busy.set(false)));
  }

  private void apply(Snapshot s) {
    snapshot = s;
    validator =
        new TradeValidator(
            s.books(),
            s.instruments(),
            s.counterparties(),
            s.accounts(),
            s.currencies(),
            s.calendars(),
            (id, date) -> referencePrices.getOrDefault(new PriceKey(id, date), Optional.empty()));
    // retired reference data is not offered for a new trade (and the rules refuse it if typed)
    books.setAll(
        s.books().stream()
            .filter(b -> !b.retired())
            .sorted(Comparator.comparing(Book::code))
            .map(b -> new Choice(b.code(), b.code() + " · " + b.name()))
            .toList());
    instruments.setAll(
        s.instruments().stream()
            .filter(i -> !i.retired())
            .sorted(Comparator.comparing(Instrument::symbol))
            .map(
                i ->
                    new Choice(
                        i.symbol(), i.symbol() + " · " + i.name() + " · " + i.currency().code()))
            .toList());
    brokers.setAll(
        s.counterparties().stream()
            .filter(c -> c.role() == CounterpartyRole.BROKER && !c.retired())
            .sorted(Comparator.comparing(Counterparty::code))
            .map(c -> new Choice(c.code(), c.code() + " · " + c.name()))
            .toList());
    accounts.setAll(
        s.accounts().stream()
            .filter(a -> !a.retired())
            .sorted(Comparator.comparing(Account::code))
            .map(a -> new Choice(a.code(), a.code() + " · " + a.name()))
            .toList());
    loaded.set(true);
    if (tradeDate.get() == null) {
      tradeDate.set(s.businessDate());
    }
    fetchReferencePrice();
    validate();
  }

  /**
   * Reads the reference price for the instrument and trade date typed, once per pair, then checks
   * again.
   */
  private void fetchReferencePrice() {
    if (snapshot == null || tradeDate.get() == null) {
      return;
    }
    Optional<Instrument> picked =
        snapshot.instruments().stream()
            .filter(i -> i.symbol().equalsIgnoreCase(instrument.get().trim()))
            .findFirst();
    if (picked.isEmpty()) {
      return;
    }
    PriceKey key = new PriceKey(picked.get().id(), tradeDate.get());
    if (referencePrices.containsKey(key)) {
      return;
    }
    executor.execute(
        BackgroundTask.of(
                "Reading the reference price of " + picked.get().symbol(),
                task -> trades.referencePrice(actor, key.instrument(), key.date()))
            .onSuccess(
                p -> {
                  referencePrices.put(key, p);
                  validate();
                })
            .onFailure(e -> referencePrices.put(key, Optional.empty())));
  }

  /**
   * The trade as typed; numbers that do not parse are left out (their problem is shown instead).
   */
  NewTrade newTrade() {
    return new NewTrade(
        book.get(),
        instrument.get(),
        side.get(),
        number(quantity.get()).orElse(null),
        number(price.get()).orElse(null),
        number(commission.get()).orElse(null),
        number(fees.get()).orElse(null),
        counterparty.get(),
        blankToNull(account.get()),
        tradeDate.get(),
        executedAt().orElse(null),
        blankToNull(brokerRef.get()),
        blankToNull(orderId.get()));
  }

  private Optional<Instant> executedAt() {
    Optional<LocalTime> time = time(executionTime.get());
    if (time.isEmpty() || tradeDate.get() == null) {
      return Optional.empty();
    }
    return Optional.of(tradeDate.get().atTime(time.get()).toInstant(ZoneOffset.UTC));
  }

  private void validate() {
    Map<String, String> found = new LinkedHashMap<>();
    if (validator != null) {
      TradeValidator.Checked checked = validator.check(newTrade(), snapshot.businessDate());
      checked.problems().forEach(p -> found.putIfAbsent(p.field(), p.message()));
      settlementDate.set(
          checked.settlementDate() == null ? "" : checked.settlementDate().toString());
      grossAmount.set(
          checked.grossAmount() == null || checked.instrument() == null
              ? ""
              : checked.instrument().currency().code()
                  + " "
                  + String.format(
                      Locale.ROOT, "%,." + checked.minorUnits() + "f", checked.grossAmount()));
      instrumentInfo.set(
          checked.instrument() == null
              ? ""
              : checked.instrument().name()
                  + " · "
                  + checked.instrument().currency().code()
                  + " · settles "
                  + (tradeDate.get() == null
                      ? checked.instrument().settlement()
                      : SettlementConventions.inForce(checked.instrument(), tradeDate.get())));
    }
    notNumber(quantity, TradeValidator.QUANTITY, found);
    notNumber(price, TradeValidator.PRICE, found);
    notNumber(commission, TradeValidator.COMMISSION, found);
    notNumber(fees, TradeValidator.FEES, found);
    if (!executionTime.get().isBlank() && time(executionTime.get()).isEmpty()) {
      found.put(EXECUTION_TIME, "write the UTC time as HH:mm or HH:mm:ss");
    } else if (executionTime.get().isBlank()) {
      found.put(EXECUTION_TIME, "is required (UTC, HH:mm:ss)");
    }
    if (reason.get().isBlank()) {
      found.put(REASON, "say why the trade is keyed in by hand (the audit trail keeps it)");
    }
    refused.forEach(found::putIfAbsent);
    for (Map.Entry<String, ReadOnlyStringWrapper> e : problems.entrySet()) {
      e.getValue().set(found.getOrDefault(e.getKey(), ""));
    }
    firstProblem.set(
        FIELDS.stream()
            .filter(found::containsKey)
            .findFirst()
            .map(f -> capitalised(f) + ": " + found.get(f))
            .or(
                () ->
                    found.entrySet().stream()
                        .findFirst()
                        .map(e -> capitalised(e.getKey()) + ": " + e.getValue()))
            .orElse(""));
    valid.set(validator != null && found.isEmpty());
  }

  private static void notNumber(StringProperty text, String field, Map<String, String> found) {
    if (!text.get().isBlank() && number(text.get()).isEmpty()) {
      found.put(field, "'" + text.get().trim() + "' is not a number");
    }
  }

  /**
   * Records the trade (off the FX thread). On success {@code captured} gets it; problems the
   * service finds show next to their fields, anything else in {@link #errorProperty()}. With
   * problems left, nothing is sent and every problem shows.
   */
  public void capture(Consumer<Trade> captured) {
    shown.submitted();
    if (!canCapture.get()) {
      return;
    }
    NewTrade n = newTrade();
    String why = reason.get().trim();
    busy.set(true);
    error.set("");
    executor.execute(
        BackgroundTask.of("Capturing a trade", task -> trades.capture(actor, n, why))
            .onSuccess(captured)
            .onFailure(
                e -> {
                  if (e instanceof TradeValidationException refusal) {
                    refusal.problems().forEach(p -> refused.putIfAbsent(p.field(), p.message()));
                    validate();
                  } else {
                    error.set("The trade was not recorded: " + message(e));
                  }
                })
            .onFinished(() -> busy.set(false)));
  }

  private static String message(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage();
  }

  static Optional<BigDecimal> number(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim().replace("_", "").replace(" ", "");
    if (t.contains(",")) {
      // thousands separators only where they belong: "1,5" is not read as 15
      if (!THOUSANDS.matcher(t).matches()) {
        return Optional.empty();
      }
      t = t.replace(",", "");
    }
    try {
      return Optional.of(PlainDecimal.parse(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalTime> time(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String capitalised(String field) {
    return Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }

  public boolean mayCapture() {
    return mayCapture;
  }

  /** The problem with {@code field} ("" when none); see {@link #FIELDS}. */
  public ReadOnlyStringProperty problemProperty(String field) {
    ReadOnlyStringWrapper p = problems.get(field);
    if (p == null) {
      throw new IllegalArgumentException("No field '" + field + "'; the fields are " + FIELDS);
    }
    return p.getReadOnlyProperty();
  }

  /**
   * The problem with {@code field} as the clerk sees it: "" until they left the field or pressed
   * Capture, then {@link #problemProperty(String)}.
   */
  public FormProblems.Field shownProblemProperty(String field) {
    return shown.field(field, problemProperty(field));
  }

  /** The first thing to fix, with its field ("" when the trade may be recorded). */
  public ReadOnlyStringProperty firstProblemProperty() {
    return firstProblem.getReadOnlyProperty();
  }

  /** Whether the trade would be recorded as typed. */
  public BooleanBinding canCaptureProperty() {
    return canCapture;
  }

  /**
   * Whether Capture may be pressed: the form is ready and nothing is running. Pressed with problems
   * left, it shows them all instead of sending.
   */
  public BooleanBinding captureOfferedProperty() {
    return captureOffered;
  }

  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The settlement date the instrument's convention and calendars give ("" until known). */
  public ReadOnlyStringProperty settlementDateProperty() {
    return settlementDate.getReadOnlyProperty();
  }

  /** Quantity × price in the instrument's currency ("" until known). */
  public ReadOnlyStringProperty grossAmountProperty() {
    return grossAmount.getReadOnlyProperty();
  }

  /** The picked instrument's name, currency and settlement convention. */
  public ReadOnlyStringProperty instrumentInfoProperty() {
    return instrumentInfo.getReadOnlyProperty();
  }

  /** What went wrong that is no field's problem (reading reference data, storing the trade). */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ObservableList<Choice> books() {
    return books;
  }

  public ObservableList<Choice> instruments() {
    return instruments;
  }

  public ObservableList<Choice> brokers() {
    return brokers;
  }

  public ObservableList<Choice> accounts() {
    return accounts;
  }

  public StringProperty bookProperty() {
    return book;
  }

  public StringProperty instrumentProperty() {
    return instrument;
  }

  public ObjectProperty<Side> sideProperty() {
    return side;
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

  public StringProperty counterpartyProperty() {
    return counterparty;
  }

  public StringProperty accountProperty() {
    return account;
  }

  public ObjectProperty<LocalDate> tradeDateProperty() {
    return tradeDate;
  }

  public StringProperty executionTimeProperty() {
    return executionTime;
  }

  public StringProperty brokerRefProperty() {
    return brokerRef;
  }

  public StringProperty orderIdProperty() {
    return orderId;
  }

  public StringProperty reasonProperty() {
    return reason;
  }
}
