package com.tickmark.model.ledger.report;

import com.tickmark.model.ledger.AccountClass;
import com.tickmark.model.ledger.ChartOfAccounts;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.report.catalog.ParameterValues;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** What the ledger's reports share: the book chosen, and how an account is grouped. */
final class LedgerReports {
  static final String DATE = "date";
  static final String FROM = "from";
  static final String TO = "to";

  private LedgerReports() {}

  /** The book the parameters name; empty for every book together. */
  static Optional<Book> book(ParameterValues parameters) {
    return parameters.lookup(BookParameter.NAME, Book.class);
  }

  static BookId bookId(ParameterValues parameters) {
    return book(parameters).map(Book::id).orElse(null);
  }

  /** "all books" or the book's code and name, as a report's subtitle says it. */
  static String scope(ParameterValues parameters) {
    return book(parameters).map(b -> "book " + b.code() + " · " + b.name()).orElse("all books");
  }

  /** Rows in the order their groups print: by group, then account code. */
  static <R> Comparator<R> byGroup(ChartOfAccounts chart, Function<R, LedgerAccount> account) {
    return Comparator.comparing((R r) -> group(chart, account.apply(r)))
        .thenComparing(r -> account.apply(r).code());
  }

  /** The account's group in a statement: its class, then the header right above it. */
  static String group(ChartOfAccounts chart, LedgerAccount account) {
    AccountClass c = account.accountClass();
    LedgerAccount parent = account.parent() == null ? null : chart.get(account.parent());
    String top = chart.root(account.code()).code();
    return parent == null || parent.code().equals(top)
        ? top + " " + c.label()
        : top + " " + c.label() + " / " + parent.label();
  }
}
