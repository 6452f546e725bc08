package com.tickmark.app.ui.settlement;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.settlement.penalty.BookedPenalty;
import com.tickmark.model.settlement.penalty.Penalty;
import com.tickmark.model.settlement.penalty.PenaltyBooking;
import com.tickmark.model.settlement.penalty.PenaltyBookingService;
import com.tickmark.model.settlement.penalty.PenaltyDirection;
import com.tickmark.model.settlement.penalty.PenaltySum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Penalties screen without controls: the CSDR cash penalties of a month, a row per fail per day
 * with who booked it and when, their totals per currency and direction, and marking the month
 * booked (BOOK_PENALTIES, accountants; once the month is over; audited by the service). Read and
 * written off the FX thread.
 */
public final class PenaltiesViewModel implements ModelViewScreen.Model {
  /** How many months back the month picker offers. */
  static final int MONTHS = 13;

  /** One day's penalty on one fail, as a row. */
  public record PenaltyRow(
      BookedPenalty booked,
      String trade,
      String reference,
      String counterparty,
      String instrument,
      String isin,
      LocalDate date,
      String direction,
      String penaltyClass,
      BigDecimal quantity,
      BigDecimal referencePrice,
      BigDecimal rate,
      BigDecimal amount,
      CurrencyCode currency,
      String bookedBy,
      Instant bookedAt,
      BigDecimal difference) {
    static PenaltyRow of(BookedPenalty b, SettlementNames names) {
      Penalty p = b.penalty();
      PenaltyBooking booking = b.booking().orElse(null);
      int scale = names.scale(p.currency());
      return new PenaltyRow(
          b,
          p.trade().display(),
          p.reference(),
          names.counterparty(p.counterparty()),
          names.instrument(p.instrument()),
          p.isin() == null ? "" : p.isin().value(),
          p.date(),
          label(p.direction()),
          p.basis(),
          p.failingQuantity(),
          p.referencePrice(),
          p.rate(),
          p.amount().setScale(scale, RoundingMode.HALF_EVEN),
          p.currency(),
          booking == null ? "" : booking.bookedBy(),
          booking == null ? null : booking.bookedAt(),
          booking == null ? null : b.difference().setScale(scale, RoundingMode.HALF_EVEN));
    }
  }

  /** "Paid" when we failed, "Received" when the counterparty failed us. */
  static String label(PenaltyDirection d) {
    return d == PenaltyDirection.PAY ? "Paid" : "Received";
  }

  private final PenaltyBookingService bookings;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final TaskExecutor executor;
  private final Permitted bookPermitted;
  private final TableModel<PenaltyRow> table =
      new TableModel<>(
          "settlement.penalties",
          "penalties",
          List.of(
              ColumnSpec.text("trade", "Trade", PenaltyRow::trade),
              ColumnSpec.text("reference", "Our reference", PenaltyRow::reference),
              ColumnSpec.text("counterparty", "Counterparty", PenaltyRow::counterparty),
              ColumnSpec.text("instrument", "Instrument", PenaltyRow::instrument),
              ColumnSpec.text("isin", "ISIN", PenaltyRow::isin),
              ColumnSpec.date("date", "Date", PenaltyRow::date),
              ColumnSpec.text("direction", "Direction", PenaltyRow::direction),
              ColumnSpec.text("class", "Class", PenaltyRow::penaltyClass),
              ColumnSpec.decimal("quantity", "Failing quantity", PenaltyRow::quantity, 0, 6),
              ColumnSpec.decimal("price", "Reference price", PenaltyRow::referencePrice, 0, 6),
              ColumnSpec.decimal("rate", "Rate", PenaltyRow::rate, 0, 8),
              ColumnSpec.money("amount", "Penalty", PenaltyRow::amount, PenaltyRow::currency, 2),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.text("bookedBy", "Booked by", PenaltyRow::bookedBy),
              ColumnSpec.timestamp("bookedAt", "Booked at", PenaltyRow::bookedAt),
              ColumnSpec.money(
                  "difference",
                  "Changed since booked",
                  PenaltyRow::difference,
                  PenaltyRow::currency,
                  2)));
  private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
  private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
  private final ReadOnlyObjectWrapper<List<PenaltySum>> totals =
      new ReadOnlyObjectWrapper<>(this, "totals", List.of());
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>(this, "asOf");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper unbooked = new ReadOnlyBooleanWrapper(this, "unbooked");
  private final BooleanBinding canBookMonth;
  private boolean loaded;

  public PenaltiesViewModel(
      PenaltyBookingService bookings,
      ReferenceDataService referenceData,
      Actor actor,
      Supplier<LocalDate> businessDate,
      TaskExecutor executor) {
    this.bookings = Objects.requireNonNull(bookings, "bookings");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.businessDate = Objects.requireNonNull(businessDate, "business date");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.bookPermitted =
        Permitted.to(actor, Permission.BOOK_PENALTIES, "mark CSDR penalties booked");
    this.canBookMonth =
        Bindings.createBooleanBinding(
            () ->
                bookPermitted.allowed()
                    && !busy.get()
                    && unbooked.get()
                    && month.get() != null
                    && asOf.get() != null
                    && month.get().atEndOfMonth().isBefore(asOf.get()),
            busy,
            unbooked,
            month,
            asOf);
    month.addListener((obs, old, now) -> refresh());
  }

  /** The screen became visible: the first time, offer the months and show the current one. */
  @Override
  public void activate() {
    if (!loaded) {
      loaded = true;
      YearMonth current = YearMonth.from(businessDate.get());
      List<YearMonth> offered = new ArrayList<>();
      for (int i = 0; i < MONTHS; i++) {
        offered.add(current.minusMonths(i));
      }
      months.setAll(offered);
      month.set(current); // reads it
    }
  }

  private record Loaded(LocalDate date, List<PenaltyRow> rows) {}

  /** Reads the month's penalties and their bookings again. */
  @Override
  public void refresh() {
    YearMonth m = month.get();
    if (m == null) {
      return;
    }
    table.loadingProperty().set(true);
    unbooked.set(false); // until the month's own rows are read
    executor.execute(
        BackgroundTask.of(
                "Reading the CSDR penalties of " + m,
                task -> {
                  LocalDate date = businessDate.get();
                  SettlementNames names = SettlementNames.read(referenceData, actor);
                  PenaltyBookingService.Book book =
                      bookings.between(actor, m.atDay(1), m.atEndOfMonth());
                  return new Loaded(
                      date, book.penalties().stream().map(b -> PenaltyRow.of(b, names)).toList());
                })
            .onSuccess(
                l -> {
                  if (!m.equals(month.get())) {
                    return; // another month was picked meanwhile; its read shows
                  }
                  asOf.set(l.date());
                  table.setAll(l.rows());
                  totals.set(
                      PenaltySum.of(l.rows().stream().map(r -> r.booked().penalty()).toList()));
                  unbooked.set(l.rows().stream().anyMatch(r -> !r.booked().booked()));
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the CSDR penalties", e)))
            .onFinished(() -> table.loadingProperty().set(false)));
  }

  /** Whether the user may mark penalties booked, and if not why (the button's tooltip). */
  public Permitted bookPermitted() {
    return bookPermitted;
  }

  /**
   * "Mark month booked…" may be pressed: the user may, the month is over, some of its penalties are
   * not booked yet and nothing is being booked.
   */
  public BooleanBinding canBookMonth() {
    return canBookMonth;
  }

  /** What the confirmation asks: how many penalties and their amounts, per currency and side. */
  public String bookMonthQuestion() {
    List<Penalty> open =
        table.allRows().stream()
            .filter(r -> !r.booked().booked())
            .map(r -> r.booked().penalty())
            .toList();
    return "Mark the "
        + open.size()
        + (open.size() == 1 ? " penalty" : " penalties")
        + " of "
        + month.get()
        + " not booked yet as booked for the ledger: "
        + PenaltySum.of(open).stream()
            .map(
                s ->
                    label(s.direction()).toLowerCase(Locale.ROOT)
                        + " "
                        + s.amount().toPlainString()
                        + " "
                        + s.currency().code())
            .collect(Collectors.joining(", "))
        + ". Each booking is kept in the audit trail and cannot be undone; if a penalty changes"
        + " later, the difference is shown beside its booking.";
  }

  /**
   * Books the month's penalties not booked yet, off the FX thread, then reads them again; runs
   * {@code done} (which closes the confirmation) when finished, the outcome in the notice.
   */
  public void bookMonth(Runnable done) {
    if (!canBookMonth.get()) {
      return;
    }
    YearMonth m = month.get();
    busy.set(true);
    executor.execute(
        BackgroundTask.of(
                "Booking the CSDR penalties of " + m, task -> bookings.bookMonth(actor, m))
            .onSuccess(
                booked -> {
                  int n = booked.booked().size();
                  notice.set(
                      Notice.success(
                          "Booked " + n + (n == 1 ? " penalty" : " penalties") + " of " + m,
                          booked.changed().isEmpty()
                              ? ""
                              : booked.changed().size()
                                  + " booked before changed since; see Changed since booked."));
                  refresh();
                })
            .onFailure(e -> notice.set(Notice.of("Could not book the penalties of " + m, e)))
            .onFinished(
                () -> {
                  busy.set(false);
                  done.run();
                }));
  }

  public TableModel<PenaltyRow> table() {
    return table;
  }

  /** The months the picker offers, the business date's first. */
  public ObservableList<YearMonth> months() {
    return months;
  }

  public ObjectProperty<YearMonth> monthProperty() {
    return month;
  }

  /** The month's penalties added up per currency and direction. */
  public ReadOnlyObjectProperty<List<PenaltySum>> totalsProperty() {
    return totals.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
    return asOf.getReadOnlyProperty();
  }
}
