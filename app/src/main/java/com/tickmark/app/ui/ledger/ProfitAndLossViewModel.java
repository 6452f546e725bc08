package com.tickmark.app.ui.ledger;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.ledger.ProfitAndLoss;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The P&amp;L screen without controls: the P&amp;L the ledger books as of a date, by book, strategy
 * or instrument — the day's, month to date, year to date, and the year's realized, unrealized and
 * costs — in the reporting currency, a gain positive. Read off the FX thread.
 */
public final class ProfitAndLossViewModel implements ModelViewScreen.Model {
  /** How the rows are grouped, in words. */
  public enum By {
    BOOK("Book", ProfitAndLoss.By.BOOK),
    STRATEGY("Strategy", ProfitAndLoss.By.STRATEGY),
    INSTRUMENT("Book and instrument", ProfitAndLoss.By.INSTRUMENT);

    private final String label;
    private final ProfitAndLoss.By by;

    By(String label, ProfitAndLoss.By by) {
      this.label = label;
      this.by = by;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** One group's P&amp;L, in the reporting currency's scale; codes, not ids. */
  public record Row(
      String book,
      String strategy,
      String instrument,
      BigDecimal day,
      BigDecimal monthToDate,
      BigDecimal yearToDate,
      BigDecimal realized,
      BigDecimal unrealized,
      BigDecimal costs,
      CurrencyCode currency) {}

  /**
   * The rows' totals, in the reporting currency's scale.
   *
   * @param currency null before anything was read
   */
  public record Summary(
      CurrencyCode currency, BigDecimal day, BigDecimal monthToDate, BigDecimal yearToDate) {
    static final Summary NONE = new Summary(null, null, null, null);
  }

  private final LedgerService ledger;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final TaskExecutor executor;
  private final TableModel<Row> table =
      new TableModel<>(
          "ledger.pnl",
          "P&L rows",
          List.of(
              ColumnSpec.text("book", "Book", Row::book),
              ColumnSpec.text("strategy", "Strategy", Row::strategy),
              ColumnSpec.text("instrument", "Instrument", Row::instrument),
              ColumnSpec.money("day", "Day", Row::day, Row::currency),
              ColumnSpec.money("mtd", "Month to date", Row::monthToDate, Row::currency),
              ColumnSpec.money("ytd", "Year to date", Row::yearToDate, Row::currency),
              ColumnSpec.money("realized", "Realized (YTD)", Row::realized, Row::currency),
              ColumnSpec.money("unrealized", "Unrealized (YTD)", Row::unrealized, Row::currency),
              ColumnSpec.money("costs", "Costs (YTD)", Row::costs, Row::currency)));
  private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
  private final ObjectProperty<By> by = new SimpleObjectProperty<>(this, "by", By.BOOK);
  private final ReadOnlyObjectWrapper<Summary> summary =
      new ReadOnlyObjectWrapper<>(this, "summary", Summary.NONE);
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private boolean loaded;

  public ProfitAndLossViewModel(
      LedgerService ledger,
      ReferenceDataService referenceData,
      Actor actor,
      Supplier<LocalDate> businessDate,
      TaskExecutor executor) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.businessDate = Objects.requireNonNull(businessDate, "business date");
    this.executor = Objects.requireNonNull(executor, "executor");
    asOf.addListener((obs, old, now) -> refresh());
    by.addListener((obs, old, now) -> refresh());
  }

  /** The first time: the P&amp;L by book as of the business date. */
  @Override
  public void activate() {
    if (loaded) {
      return;
    }
    loaded = true;
    executor.execute(
        BackgroundTask.of("Reading the business date", task -> businessDate.get())
            .onSuccess(asOf::set)
            .onFailure(e -> notice.set(Notice.of("Could not read the business date", e))));
  }

  private record Request(LocalDate asOf, By by) {}

  private record Loaded(List<Row> rows, Summary summary) {}

  /** Reads the P&amp;L for the date and grouping picked. */
  @Override
  public void refresh() {
    if (asOf.get() == null || by.get() == null) {
      return;
    }
    Request request = new Request(asOf.get(), by.get());
    table.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading the P&L as of " + request.asOf(),
                task -> {
                  LedgerNames names = LedgerNames.read(referenceData, actor);
                  return load(ledger.profitAndLoss(actor, request.asOf(), request.by().by), names);
                })
            .onSuccess(
                l -> {
                  if (!request.equals(new Request(asOf.get(), by.get()))) {
                    return; // another date or grouping was picked meanwhile; its read shows
                  }
                  table.setAll(l.rows());
                  summary.set(l.summary());
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the P&L", e)))
            .onFinished(() -> table.loadingProperty().set(false)));
  }

  private static Loaded load(ProfitAndLoss pnl, LedgerNames names) {
    CurrencyCode c = pnl.reportingCurrency();
    BigDecimal day = BigDecimal.ZERO;
    BigDecimal month = BigDecimal.ZERO;
    List<Row> rows =
        pnl.rows().stream()
            .map(
                r ->
                    new Row(
                        names.book(r.book()),
                        r.strategy() == null ? "" : r.strategy(),
                        names.instrument(r.instrument()),
                        names.money(r.day(), c),
                        names.money(r.monthToDate(), c),
                        names.money(r.yearToDate(), c),
                        names.money(r.realized(), c),
                        names.money(r.unrealized(), c),
                        names.money(r.costs(), c),
                        c))
            .toList();
    for (ProfitAndLoss.Row r : pnl.rows()) {
      day = day.add(r.day());
      month = month.add(r.monthToDate());
    }
    return new Loaded(
        rows,
        new Summary(
            c, names.money(day, c), names.money(month, c), names.money(pnl.yearToDate(), c)));
  }

  public TableModel<Row> table() {
    return table;
  }

  public ObjectProperty<LocalDate> asOfProperty() {
    return asOf;
  }

  public ObjectProperty<By> byProperty() {
    return by;
  }

  public ReadOnlyObjectProperty<Summary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }
}
