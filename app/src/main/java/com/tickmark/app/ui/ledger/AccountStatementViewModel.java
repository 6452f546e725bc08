package com.tickmark.app.ui.ledger;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.ledger.AccountStatement;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.ledger.PostedLine;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Account statement screen without controls: an account's posted lines between two dates per
 * currency, each with the running balance after it, and each currency's opening and closing
 * balance. Opens on the business date's month; another screen may ask for an account ({@link
 * #show}). Read off the FX thread.
 */
public final class AccountStatementViewModel implements ModelViewScreen.Model {
  /**
   * One posted line, amounts in its currency's scale; balances debit positive.
   *
   * @param debit null (an empty cell) for a credit
   * @param credit positive; null for a debit
   */
  public record Row(
      LocalDate date,
      long entry,
      String kind,
      String description,
      String trade,
      String book,
      CurrencyCode currency,
      BigDecimal debit,
      BigDecimal credit,
      BigDecimal balance) {}

  /** A currency's opening balance, movements and closing balance, in its scale. */
  public record Section(
      CurrencyCode currency,
      BigDecimal opening,
      BigDecimal debits,
      BigDecimal credits,
      BigDecimal closing) {}

  private final LedgerService ledger;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final TaskExecutor executor;
  private final TableModel<Row> table =
      new TableModel<>(
          "ledger.statement",
          "statement lines",
          List.of(
              ColumnSpec.date("date", "Date", Row::date),
              ColumnSpec.integer("entry", "Entry", Row::entry),
              ColumnSpec.text("kind", "Kind", Row::kind),
              ColumnSpec.text("description", "Description", Row::description).withWidth(260),
              ColumnSpec.text("trade", "Trade", Row::trade),
              ColumnSpec.text("book", "Book", Row::book),
              ColumnSpec.text("currency", "Currency", r -> r.currency().code()),
              ColumnSpec.money("debit", "Debit", Row::debit, Row::currency),
              ColumnSpec.money("credit", "Credit", Row::credit, Row::currency),
              ColumnSpec.money("balance", "Running balance", Row::balance, Row::currency)));
  private final ObservableList<LedgerAccount> accounts = FXCollections.observableArrayList();
  private final ObjectProperty<LedgerAccount> account = new SimpleObjectProperty<>(this, "account");
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
  private final ReadOnlyObjectWrapper<List<Section>> sections =
      new ReadOnlyObjectWrapper<>(this, "sections", List.of());
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private boolean loaded;
  private boolean starting;
  private String asked;

  public AccountStatementViewModel(
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
    account.addListener((obs, old, now) -> refresh());
    from.addListener((obs, old, now) -> refresh());
    to.addListener((obs, old, now) -> refresh());
  }

  private record Start(LocalDate date, List<LedgerAccount> accounts) {}

  /**
   * The first time: the chart's posting accounts to pick from and the business date's month; the
   * statement of the account another screen asked for, else of the first account.
   */
  @Override
  public void activate() {
    if (loaded) {
      return;
    }
    loaded = true;
    executor.execute(
        BackgroundTask.of(
                "Reading the chart of accounts",
                task ->
                    new Start(
                        businessDate.get(),
                        ledger.chart(actor).accounts().stream().filter(a -> !a.header()).toList()))
            .onSuccess(
                s -> {
                  starting = true;
                  accounts.setAll(s.accounts());
                  from.set(s.date().withDayOfMonth(1));
                  to.set(s.date());
                  starting = false;
                  LedgerAccount first = s.accounts().isEmpty() ? null : s.accounts().get(0);
                  LedgerAccount wanted = asked == null ? first : find(asked).orElse(first);
                  if (wanted != null && wanted.equals(account.get())) {
                    refresh();
                  } else {
                    account.set(wanted); // reads it
                  }
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the chart of accounts", e))));
  }

  /** Shows the statement of the account {@code code} (asked by another screen's drill). */
  public void show(String code) {
    asked = code;
    if (accounts.isEmpty()) {
      return; // the chart is being read: the account is picked when it arrives
    }
    find(code)
        .ifPresentOrElse(
            account::set,
            () ->
                notice.set(
                    Notice.warning(
                        "No account " + code,
                        "There is no posting account " + code + " in the chart.")));
  }

  private Optional<LedgerAccount> find(String code) {
    return accounts.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  private record Loaded(List<Row> rows, List<Section> sections) {}

  /** Reads the statement of the account picked between the dates picked. */
  @Override
  public void refresh() {
    LedgerAccount a = account.get();
    LocalDate start = from.get();
    LocalDate end = to.get();
    if (starting || a == null || start == null || end == null) {
      return;
    }
    if (end.isBefore(start)) {
      table.clear();
      sections.set(List.of());
      notice.set(
          Notice.warning(
              "The dates are the wrong way round",
              "The statement ends (" + end + ") before it starts (" + start + ")."));
      return;
    }
    notice.set(Notice.NONE);
    table.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading the statement of " + a.label(),
                task -> {
                  LedgerNames names = LedgerNames.read(referenceData, actor);
                  return load(ledger.statement(actor, a.code(), start, end), names);
                })
            .onSuccess(
                l -> {
                  if (!a.equals(account.get())
                      || !start.equals(from.get())
                      || !end.equals(to.get())) {
                    return; // another account or range was picked meanwhile; its read shows
                  }
                  table.setAll(l.rows());
                  sections.set(l.sections());
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the statement", e)))
            .onFinished(() -> table.loadingProperty().set(false)));
  }

  private static Loaded load(AccountStatement statement, LedgerNames names) {
    List<Row> rows = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    for (AccountStatement.Section s : statement.sections()) {
      CurrencyCode c = s.currency();
      for (AccountStatement.Line l : s.lines()) {
        PostedLine p = l.posted();
        JournalLine line = p.line();
        rows.add(
            new Row(
                p.date(),
                p.entryId(),
                p.kind().label(),
                p.description(),
                p.trade() == null ? "" : p.trade().display(),
                names.book(line.book()),
                c,
                line.amount().signum() > 0 ? names.money(line.debitAmount(), c) : null,
                line.amount().signum() < 0 ? names.money(line.creditAmount(), c) : null,
                names.money(l.balance(), c)));
      }
      sections.add(
          new Section(
              c,
              names.money(s.opening(), c),
              names.money(s.debits(), c),
              names.money(s.credits(), c),
              names.money(s.closing(), c)));
    }
    return new Loaded(rows, sections);
  }

  public TableModel<Row> table() {
    return table;
  }

  /** The chart's posting accounts, in code order. */
  public ObservableList<LedgerAccount> accounts() {
    return accounts;
  }

  public ObjectProperty<LedgerAccount> accountProperty() {
    return account;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  /** Each currency's opening balance, debits, credits and closing balance. */
  public ReadOnlyObjectProperty<List<Section>> sectionsProperty() {
    return sections.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Notice> noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public void dismissNotice() {
    notice.set(Notice.NONE);
  }
}
