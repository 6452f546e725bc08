package com.tickmark.app.ui.ledger;

import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.ledger.ManualJournal;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
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
 * The New manual journal form without controls: a date, a description and lines of an account, a
 * currency, a debit or a credit, a book and a memo; each currency's debits, credits and their
 * difference as they are typed; sent for a second accountant's approval only when it balances. Sent
 * off the FX thread; the service checks it again.
 */
public final class ManualJournalViewModel {
  /** One line as typed. */
  public static final class Line {
    private final ObjectProperty<LedgerAccount> account = new SimpleObjectProperty<>();
    private final ObjectProperty<CurrencyCode> currency = new SimpleObjectProperty<>();
    private final StringProperty debit = new SimpleStringProperty("");
    private final StringProperty credit = new SimpleStringProperty("");
    private final ObjectProperty<BookChoice> book = new SimpleObjectProperty<>();
    private final StringProperty memo = new SimpleStringProperty("");

    Line(CurrencyCode currency, BookChoice book) {
      this.currency.set(currency);
      this.book.set(book);
      // an account that holds one currency takes it
      account.addListener(
          (obs, old, now) -> {
            if (now != null && now.currency() != null) {
              this.currency.set(now.currency());
            }
          });
    }

    public ObjectProperty<LedgerAccount> accountProperty() {
      return account;
    }

    public ObjectProperty<CurrencyCode> currencyProperty() {
      return currency;
    }

    public StringProperty debitProperty() {
      return debit;
    }

    public StringProperty creditProperty() {
      return credit;
    }

    public ObjectProperty<BookChoice> bookProperty() {
      return book;
    }

    public StringProperty memoProperty() {
      return memo;
    }

    private void listen(InvalidationListener l) {
      List<Observable> all = List.of(account, currency, debit, credit, book, memo);
      all.forEach(p -> p.addListener(l));
    }
  }

  private final LedgerService ledger;
  private final Actor actor;
  private final TaskExecutor executor;
  private final List<LedgerAccount> accounts;
  private final List<CurrencyCode> currencies;
  private final List<BookChoice> books;
  private final Consumer<ApprovalRequest> submitted;
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
  private final StringProperty description = new SimpleStringProperty(this, "description", "");
  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final BooleanBinding canSubmit;
  private final InvalidationListener onChange = obs -> check();

  /**
   * @param accounts the posting accounts to pick from
   * @param books the books to pick from, "no book" (a firm-wide line) first
   * @param submitted told of the approval request once the journal is sent
   */
  ManualJournalViewModel(
      LedgerService ledger,
      Actor actor,
      TaskExecutor executor,
      LocalDate date,
      List<LedgerAccount> accounts,
      List<CurrencyCode> currencies,
      List<BookChoice> books,
      Consumer<ApprovalRequest> submitted) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.accounts = List.copyOf(accounts);
    this.currencies = List.copyOf(currencies);
    this.books = List.copyOf(books);
    this.submitted = Objects.requireNonNull(submitted, "submitted");
    this.date.set(date);
    this.date.addListener(onChange);
    this.description.addListener(onChange);
    this.canSubmit =
        Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !busy.get(), problem, busy);
    addLine();
    addLine();
  }

  /** Adds an empty line in the currency of the line above. */
  public Line addLine() {
    CurrencyCode currency =
        lines.isEmpty()
            ? currencies.contains(CurrencyCode.USD)
                ? CurrencyCode.USD
                : currencies.isEmpty() ? null : currencies.get(0)
            : lines.get(lines.size() - 1).currency.get();
    Line line = new Line(currency, books.isEmpty() ? null : books.get(0));
    line.listen(onChange);
    lines.add(line);
    check();
    return line;
  }

  /** Removes {@code line}; the form keeps at least one. */
  public void removeLine(Line line) {
    if (lines.size() > 1 && lines.remove(line)) {
      check();
    }
  }

  /** Works out each currency's totals and the first thing to fix. */
  private void check() {
    failure.set("");
    Map<CurrencyCode, BigDecimal[]> sums = new TreeMap<>();
    String first = "";
    if (date.get() == null) {
      first = "Give the journal a date.";
    } else if (description.get() == null || description.get().isBlank()) {
      first = "Describe the journal.";
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String where = "Line " + (i + 1) + ": ";
      String why = "";
      BigDecimal debit = null;
      BigDecimal credit = null;
      try {
        debit = amount(l.debit.get());
        credit = amount(l.credit.get());
      } catch (IllegalArgumentException e) {
        why = e.getMessage();
      }
      if (why.isEmpty()) {
        if (l.account.get() == null) {
          why = "pick an account.";
        } else if (l.currency.get() == null) {
          why = "pick a currency.";
        } else if (debit == null && credit == null) {
          why = "type a debit or a credit.";
        } else if (debit != null && credit != null) {
          why = "a line has a debit or a credit, not both.";
        }
      }
      if (l.currency.get() != null && (debit == null || credit == null)) {
        BigDecimal[] s =
            sums.computeIfAbsent(
                l.currency.get(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        s[0] = s[0].add(debit == null ? BigDecimal.ZERO : debit);
        s[1] = s[1].add(credit == null ? BigDecimal.ZERO : credit);
      }
      if (first.isEmpty() && !why.isEmpty()) {
        first = where + why;
      }
    }
    if (first.isEmpty() && lines.size() < 2) {
      first = "A journal needs at least two lines.";
    }
    List<String> parts = new ArrayList<>();
    List<String> off = new ArrayList<>();
    sums.forEach(
        (c, s) -> {
          BigDecimal difference = s[0].subtract(s[1]);
          int scale = Math.max(2, Math.max(s[0].scale(), s[1].scale()));
          parts.add(
              c.code()
                  + ": Debits "
                  + Formats.grouped(s[0], scale)
                  + " · Credits "
                  + Formats.grouped(s[1], scale)
                  + " · Difference "
                  + Formats.grouped(difference, scale));
          if (difference.signum() != 0) {
            off.add(c.code() + " by " + Formats.grouped(difference.abs(), scale));
          }
        });
    if (first.isEmpty() && !off.isEmpty()) {
      first = "The journal does not balance: " + String.join(", ", off) + ".";
    }
    totals.set(String.join("\n", parts));
    problem.set(first);
  }

  /** A typed amount: null when blank; positive or refused with a sentence. */
  private static BigDecimal amount(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    BigDecimal a;
    try {
      a = new BigDecimal(text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text.strip() + "' is not an amount.");
    }
    if (a.signum() <= 0) {
      throw new IllegalArgumentException(
          "amounts are positive: a credit goes in the Credit column.");
    }
    return a;
  }

  /** The journal as typed, debits positive and credits negative. */
  ManualJournal journal() {
    List<ManualJournal.Line> out = new ArrayList<>();
    for (Line l : lines) {
      BigDecimal debit = amount(l.debit.get());
      BigDecimal signed = debit != null ? debit : amount(l.credit.get()).negate();
      BookChoice b = l.book.get();
      out.add(
          new ManualJournal.Line(
              l.account.get().code(),
              l.currency.get().code(),
              signed.toPlainString(),
              b == null ? "" : b.code(),
              l.memo.get() == null ? "" : l.memo.get().strip(),
              ""));
    }
    return new ManualJournal(date.get().toString(), description.get().strip(), out);
  }

  /**
   * Sends the journal for approval off the FX thread (its description is the request's reason);
   * runs {@code done} (which closes the form) when the service took it, or shows its refusal.
   */
  public void submit(Runnable done) {
    if (!canSubmit.get()) {
      return;
    }
    ManualJournal journal = journal();
    busy.set(true);
    failure.set("");
    executor.execute(
        BackgroundTask.of(
                "Submitting the manual journal",
                task -> ledger.submitManual(actor, journal, journal.description()))
            .onSuccess(
                request -> {
                  done.run();
                  submitted.accept(request);
                })
            .onFailure(
                e ->
                    failure.set(
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))
            .onFinished(() -> busy.set(false)));
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public StringProperty descriptionProperty() {
    return description;
  }

  public ObservableList<Line> lines() {
    return lines;
  }

  /** The posting accounts to pick from, in code order. */
  public List<LedgerAccount> accounts() {
    return accounts;
  }

  public List<CurrencyCode> currencies() {
    return currencies;
  }

  /** "Firm-wide (no book)" first, then the books. */
  public List<BookChoice> books() {
    return books;
  }

  /** A line per currency: "USD: Debits 1,500.00 · Credits 1,500.00 · Difference 0.00". */
  public ReadOnlyStringProperty totalsProperty() {
    return totals.getReadOnlyProperty();
  }

  /** The first thing to fix before the journal may be sent; empty when it may. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Why the service refused the journal; empty until it does. */
  public ReadOnlyStringProperty failureProperty() {
    return failure.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** OK may be pressed: the journal is complete and balances, and is not being sent. */
  public BooleanBinding canSubmit() {
    return canSubmit;
  }
}
