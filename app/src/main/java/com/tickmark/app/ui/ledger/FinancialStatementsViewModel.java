package com.tickmark.app.ui.ledger;

import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.shell.ModelViewScreen;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.ledger.AccountClass;
import com.tickmark.model.ledger.FinancialStatement;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Financial statements screen without controls: the income statement of a period or the balance
 * sheet as of a date, for one book or all of them together, each account's amount in the reporting
 * currency in its class's natural sign, and the statement's bottom line (the net income; whether
 * assets equal liabilities and equity). Read off the FX thread.
 */
public final class FinancialStatementsViewModel implements ModelViewScreen.Model {
  /** The statements to pick from. */
  public enum Statement {
    INCOME_STATEMENT("Income statement"),
    BALANCE_SHEET("Balance sheet");

    private final String label;

    Statement(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * One line of the statement, its amount in the reporting currency's scale.
   *
   * @param group the class's label (Income, Assets)
   * @param account the account's code; empty for the balance sheet's unclosed earnings
   */
  public record Row(
      String group, String account, String name, BigDecimal amount, CurrencyCode currency) {}

  /**
   * What the summary bar shows, in the reporting currency's scale: for an income statement the
   * income, expenses and net income; for a balance sheet the assets, liabilities and equity and by
   * how much assets exceed the other two (zero when it balances).
   *
   * @param statement null before anything was read
   */
  public record Summary(
      Statement statement,
      CurrencyCode reportingCurrency,
      BigDecimal income,
      BigDecimal expenses,
      BigDecimal netIncome,
      BigDecimal assets,
      BigDecimal liabilities,
      BigDecimal equity,
      BigDecimal imbalance) {
    static final Summary NONE = new Summary(null, null, null, null, null, null, null, null, null);

    public boolean balances() {
      return imbalance == null || imbalance.signum() == 0;
    }
  }

  private final LedgerService ledger;
  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final Supplier<LocalDate> businessDate;
  private final TaskExecutor executor;
  private final TableModel<Row> table =
      new TableModel<>(
          "ledger.financial-statements",
          "financial statement",
          List.of(
              ColumnSpec.text("group", "Group", Row::group),
              ColumnSpec.text("account", "Account", Row::account),
              ColumnSpec.text("name", "Name", Row::name).withWidth(260),
              ColumnSpec.money(
                  "amount", "Amount in reporting currency", Row::amount, Row::currency)));
  private final ObjectProperty<Statement> statement =
      new SimpleObjectProperty<>(this, "statement", Statement.INCOME_STATEMENT);
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
  private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
  private final ObservableList<BookChoice> books = FXCollections.observableArrayList();
  private final ObjectProperty<BookChoice> book = new SimpleObjectProperty<>(this, "book");
  private final ReadOnlyObjectWrapper<Summary> summary =
      new ReadOnlyObjectWrapper<>(this, "summary", Summary.NONE);
  private final ReadOnlyObjectWrapper<Notice> notice =
      new ReadOnlyObjectWrapper<>(this, "notice", Notice.NONE);
  private boolean loaded;
  private boolean starting;

  public FinancialStatementsViewModel(
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
    statement.addListener((obs, old, now) -> refresh());
    from.addListener((obs, old, now) -> refresh());
    to.addListener((obs, old, now) -> refresh());
    asOf.addListener((obs, old, now) -> refresh());
    book.addListener((obs, old, now) -> refresh());
  }

  private record Start(LocalDate date, List<BookChoice> books) {}

  /**
   * The first time: the books to pick from, then the consolidated income statement of the business
   * date's year to date.
   */
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
                  starting = true;
                  books.setAll(s.books());
                  book.set(s.books().get(0));
                  from.set(s.date().withDayOfYear(1));
                  to.set(s.date());
                  asOf.set(s.date());
                  starting = false;
                  refresh();
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the books", e))));
  }

  private record Request(Statement statement, LocalDate from, LocalDate to, BookChoice book) {}

  private record Loaded(List<Row> rows, Summary summary) {}

  /** Reads the statement picked, for the dates and the book picked. */
  @Override
  public void refresh() {
    Request request = request();
    if (starting || request == null) {
      return;
    }
    table.loadingProperty().set(true);
    executor.execute(
        BackgroundTask.of(
                "Reading the " + request.statement().label.toLowerCase(Locale.ROOT),
                task -> {
                  LedgerNames names = LedgerNames.read(referenceData, actor);
                  FinancialStatement fs =
                      request.statement() == Statement.INCOME_STATEMENT
                          ? ledger.incomeStatement(
                              actor, request.from(), request.to(), request.book().id())
                          : ledger.balanceSheet(actor, request.to(), request.book().id());
                  return load(request.statement(), fs, names);
                })
            .onSuccess(
                l -> {
                  if (!request.equals(request())) {
                    return; // another statement, date or book was picked meanwhile; its read shows
                  }
                  table.setAll(l.rows());
                  summary.set(l.summary());
                })
            .onFailure(e -> notice.set(Notice.of("Could not read the statement", e)))
            .onFinished(() -> table.loadingProperty().set(false)));
  }

  /** What the pickers ask for; null while one of them is empty. */
  private Request request() {
    Statement s = statement.get();
    BookChoice b = book.get();
    if (s == null || b == null) {
      return null;
    }
    if (s == Statement.INCOME_STATEMENT) {
      return from.get() == null || to.get() == null
          ? null
          : new Request(s, from.get(), to.get(), b);
    }
    return asOf.get() == null ? null : new Request(s, null, asOf.get(), b);
  }

  private static Loaded load(Statement kind, FinancialStatement fs, LedgerNames names) {
    CurrencyCode reporting = fs.reportingCurrency();
    List<AccountClass> classes =
        kind == Statement.INCOME_STATEMENT
            ? List.of(AccountClass.INCOME, AccountClass.EXPENSE)
            : List.of(AccountClass.ASSET, AccountClass.LIABILITY, AccountClass.EQUITY);
    List<Row> rows = new ArrayList<>();
    for (AccountClass c : classes) {
      for (FinancialStatement.Line line : fs.of(c)) {
        rows.add(
            new Row(
                c.label(),
                line.account() == null ? "" : line.account().code(),
                line.account() == null ? line.label() : line.account().name(),
                names.money(line.amount(), reporting),
                reporting));
      }
    }
    Summary s =
        kind == Statement.INCOME_STATEMENT
            ? new Summary(
                kind,
                reporting,
                names.money(fs.total(AccountClass.INCOME), reporting),
                names.money(fs.total(AccountClass.EXPENSE), reporting),
                names.money(fs.netIncome(), reporting),
                null,
                null,
                null,
                null)
            : new Summary(
                kind,
                reporting,
                null,
                null,
                null,
                names.money(fs.total(AccountClass.ASSET), reporting),
                names.money(fs.total(AccountClass.LIABILITY), reporting),
                names.money(fs.total(AccountClass.EQUITY), reporting),
                names.money(fs.imbalance(), reporting));
    return new Loaded(rows, s);
  }

  public TableModel<Row> table() {
    return table;
  }

  public ObjectProperty<Statement> statementProperty() {
    return statement;
  }

  /** The income statement's first day. */
  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  /** The income statement's last day. */
  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  /** The balance sheet as of the close of this date. */
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
}
