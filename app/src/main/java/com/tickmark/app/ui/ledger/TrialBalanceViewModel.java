package com.tickmark.app.ui.ledger;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.ledger.TrialBalance;
import com.tickmark.model.ledger.posting.PostingService;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Trial balance screen without controls: every account's balance as of a date, for one book or
 * all of them together, per currency in the debit or the credit column and in the reporting
 * currency; each currency's column totals and the reporting total, and whether the books balance.
 * Read off the FX thread.
 */
public final class TrialBalanceViewModel implements ModelViewScreen.Model {
  /**
   * One account in one currency, amounts in the currency's scale.
   *
   * @param debit the debit balance; null (an empty cell) for an account in credit
   * @param credit the credit balance, positive; null for an account in debit
   */
  public record Row(
      String account,
      String name,
      String accountClass,
      CurrencyCode currency,
      BigDecimal debit,
      BigDecimal credit,
      BigDecimal balance,
      BigDecimal reportingBalance,
      CurrencyCode reportingCurrency) {}

  /** A currency's column totals, in its scale. */
  public record Total(CurrencyCode currency, BigDecimal debit, BigDecimal credit) {
    public boolean balanced() {
      return debit.compareTo(credit) == 0;
    }
  }

  /**
   * What the totals bar shows.
   *
   * @param reportingTotal the reporting balances added up: zero when the books balance
   */
  public record Summary(
      List<Total> totals,
      CurrencyCode reportingCurrency,
      BigDecimal reportingTotal,
      boolean balanced) {
    static final Summary NONE = new Summary(List.of(), null, null, true);
  }

  private final LedgerService ledger;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final TaskExecutor executor;
  private final TableModel<Row> table =
      new TableModel<>(
          "ledger.trial-balance",
          "trial balance",
          List.of(
              ColumnSpec.text("account", "Account", Row::account),
              ColumnSpec.text("name", "Name", Row::name).withWidth(220),
              ColumnSpec.text("class", "Class", Row::accountClass),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.money("debit", "Debit", Row::debit, Row::currency),
              ColumnSpec.money("credit", "Credit", Row::credit, Row::currency),
              ColumnSpec.money("balance", "Balance", Row::balance, Row::currency),
              ColumnSpec.money(
                  "reporting",
                  "Balance in reporting currency",
                  Row::reportingBalance,
                  Row::reportingCurrency)));
  private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
  private final ObservableList<BookChoice> books = FXCollections.observableArrayList();
  private final ObjectProperty<BookChoice> book = new SimpleObjectProperty<>(this, "book");
  private final ReadOnlyObjectWrapper<Summary> summary =
      new ReadOnlyObjectWrapper<>(this, "summary", Summary.NONE);
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private final PostingService posting;
  private final Permitted postPermitted;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "posting");
  private boolean loaded;

  /**
   * @param posting posts the lifecycle to the ledger on demand ({@link #post})
   */
  public TrialBalanceViewModel(
      LedgerService ledger,
      PostingService posting,
      ReferenceDataService referenceData,
      Actor actor,
      Supplier<LocalDate> businessDate,
      TaskExecutor executor) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.posting = Objects.requireNonNull(posting, "posting");
    this.postPermitted =
        Permitted.to(actor, Permission.ROLL_BUSINESS_DATE, "post the lifecycle to the ledger");
    this.referenceData = Objects.requireNonNull(referenceData, "reference data");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.businessDate = Objects.requireNonNull(businessDate, "business date");
    this.executor = Objects.requireNonNull(executor, "executor");
    asOf.addListener((obs, old, now) -> refresh());
    book.addListener((obs, old, now) -> refresh());
  }

  private record Start(LocalDate date, List<BookChoice> books) {}

  /** The first time: the books to pick from, then the consolidated trial balance today. */
  @Override
  public void activate() {
    if (loaded) {
      return;
    }
    loaded = true;
    executor.execute(
        BackgroundTask.of(
                "Reading the books",
                task ->
                    new Start(
                        businessDate.get(),
                        BookChoice.of("All books (consolidated)", referenceData.books(actor))))
            .onSuccess(
                s -> {
                  books.setAll(s.books());
                  book.set(s.books().get(0));
                  asOf.set(s.date()); // reads it
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the books", e))));
  }

  private record Loaded(List<Row> rows, Summary summary) {}

  /** Reads the trial balance as of the date picked, for the book picked. */
  @Override
  public void refresh() {
    LocalDate date = asOf.get();
    BookChoice choice = book.get();
    if (date == null || choice == null) {
      return;
    }
    table.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading the trial balance as of " + date,
                task -> {
                  LedgerNames names = LedgerNames.read(referenceData, actor);
                  return load(ledger.trialBalance(actor, date, choice.id()), names);
                })
            .onSuccess(
                l -> {
                  if (!date.equals(asOf.get()) || !choice.equals(book.get())) {
                    return; // another date or book was picked meanwhile; its read shows
                  }
                  table.setAll(l.rows());
                  summary.set(l.summary());
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the trial balance", e)))
            .onFinished(() -> table.loadingProperty().set(false)));
  }

  private static Loaded load(TrialBalance tb, LedgerNames names) {
    CurrencyCode reporting = tb.reportingCurrency();
    List<Row> rows =
        tb.rows().stream()
            .map(
                r ->
                    new Row(
                        r.account().code(),
                        r.account().name(),
                        r.account().accountClass().label(),
                        r.currency(),
                        r.debit().signum() == 0 ? null : names.money(r.debit(), r.currency()),
                        r.credit().signum() == 0 ? null : names.money(r.credit(), r.currency()),
                        names.money(r.balance(), r.currency()),
                        names.money(r.reportingBalance(), reporting),
                        reporting))
            .toList();
    List<Total> totals =
        tb.totals().stream()
            .map(
                t ->
                    new Total(
                        t.currency(),
                        names.money(t.debit(), t.currency()),
                        names.money(t.credit(), t.currency())))
            .toList();
    return new Loaded(
        rows,
        new Summary(totals, reporting, names.money(tb.reportingTotal(), reporting), tb.balanced()));
  }

  public TableModel<Row> table() {
    return table;
  }

  /** As of the close of this date. */
  public ObjectProperty<LocalDate> asOfProperty() {
    return asOf;
  }

  /** All books together first, then each book. */
  public ObservableList<BookChoice> books() {
    return books;
  }

  public ObjectProperty<BookChoice> bookProperty() {
    return book;
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

  /** Whether the user may post, and if not why (the button's tooltip). */
  public Permitted postPermitted() {
    return postPermitted;
  }

  /** True while a posting runs. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /**
   * Posts everything that happened up to the business date and is not posted yet (the end of day
   * does the same), off the FX thread; the notice says what was posted, and the trial balance is
   * read again.
   */
  public void post() {
    if (!postPermitted.allowed() || busy.get()) {
      return;
    }
    busy.set(true);
    executor.execute(
        BackgroundTask.of("Posting to the ledger", task -> posting.post(actor, businessDate.get()))
            .onSuccess(
                r -> {
                  int n = r.entries().size();
                  notice.set(
                      Notice.success(
                          n == 0
                              ? "Nothing new to post through " + r.through()
                              : "Posted "
                                  + n
                                  + (n == 1 ? " entry" : " entries")
                                  + " through "
                                  + r.through(),
                          String.join(" ", r.warnings())));
                  refresh();
                })
            .onFailure(e -> notice.set(Notice.of("Could not post to the ledger", e)))
            .onFinished(() -> busy.set(false)));
  }
}
