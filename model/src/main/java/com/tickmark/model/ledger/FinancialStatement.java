package com.tickmark.model.ledger;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An income statement over a period or a balance sheet as of a date, in the reporting currency: the
 * accounts of each class with their amounts in the class's natural sign (assets and expenses as
 * debits, the others as credits, so that each shows positive when normal).
 *
 * <p>The balance sheet carries the earnings not yet closed to equity (income less expenses to date)
 * as a line of equity, so that assets = liabilities + equity holds whenever the books balance.
 *
 * @param from the first day of the income statement's period; null for a balance sheet
 * @param book the book it is for; null when consolidated
 */
public record FinancialStatement(
    Kind kind,
    LocalDate from,
    LocalDate to,
    BookId book,
    CurrencyCode reportingCurrency,
    Map<AccountClass, List<Line>> lines) {
  /** Code of the line that carries the balance sheet's earnings not yet closed to equity. */
  public static final String EARNINGS = "earnings";

  public enum Kind {
    INCOME_STATEMENT,
    BALANCE_SHEET
  }

  public FinancialStatement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reportingCurrency, "reporting currency");
    Map<AccountClass, List<Line>> copy = new EnumMap<>(AccountClass.class);
    lines.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    lines = copy;
  }

  /**
   * One account's amount in the reporting currency, in its class's natural sign.
   *
   * @param account the account; null for the earnings line
   */
  public record Line(LedgerAccount account, String label, BigDecimal amount) {}

  /** The income statement of {@code from} to {@code to}: income, expenses and the net income. */
  public static FinancialStatement incomeStatement(
      ChartOfAccounts chart,
      LocalDate from,
      LocalDate to,
      BookId book,
      CurrencyCode reportingCurrency,
      List<BalanceRow> throughTo,
      List<BalanceRow> beforeFrom) {
    Map<String, BigDecimal> moved = reporting(throughTo, book);
    reporting(beforeFrom, book)
        .forEach((code, amount) -> moved.merge(code, amount.negate(), BigDecimal::add));
    Map<AccountClass, List<Line>> lines = new EnumMap<>(AccountClass.class);
    for (AccountClass c : List.of(AccountClass.INCOME, AccountClass.EXPENSE)) {
      lines.put(c, linesOf(chart, moved, c));
    }
    return new FinancialStatement(Kind.INCOME_STATEMENT, from, to, book, reportingCurrency, lines);
  }

  /** The balance sheet as of {@code asOf}: assets, liabilities, equity and unclosed earnings. */
  public static FinancialStatement balanceSheet(
      ChartOfAccounts chart,
      LocalDate asOf,
      BookId book,
      CurrencyCode reportingCurrency,
      List<BalanceRow> throughAsOf) {
    Map<String, BigDecimal> balances = reporting(throughAsOf, book);
    Map<AccountClass, List<Line>> lines = new EnumMap<>(AccountClass.class);
    for (AccountClass c :
        List.of(AccountClass.ASSET, AccountClass.LIABILITY, AccountClass.EQUITY)) {
      lines.put(c, new ArrayList<>(linesOf(chart, balances, c)));
    }
    BigDecimal earnings =
        total(linesOf(chart, balances, AccountClass.INCOME))
            .subtract(total(linesOf(chart, balances, AccountClass.EXPENSE)));
    if (earnings.signum() != 0) {
      lines
          .get(AccountClass.EQUITY)
          .add(new Line(null, "Earnings not yet closed to equity", earnings));
    }
    return new FinancialStatement(Kind.BALANCE_SHEET, null, asOf, book, reportingCurrency, lines);
  }

  /** The lines of {@code accountClass}, in code order. */
  public List<Line> of(AccountClass accountClass) {
    return lines.getOrDefault(accountClass, List.of());
  }

  /** The total of {@code accountClass}'s lines. */
  public BigDecimal total(AccountClass accountClass) {
    return total(of(accountClass));
  }

  /** Income less expenses: the income statement's bottom line. */
  public BigDecimal netIncome() {
    return total(AccountClass.INCOME).subtract(total(AccountClass.EXPENSE));
  }

  /** Assets less liabilities and equity: zero when the balance sheet balances. */
  public BigDecimal imbalance() {
    return total(AccountClass.ASSET)
        .subtract(total(AccountClass.LIABILITY))
        .subtract(total(AccountClass.EQUITY));
  }

  private static BigDecimal total(List<Line> lines) {
    return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The reporting balances (debit positive) per account of {@code book} or of all books. */
  private static Map<String, BigDecimal> reporting(List<BalanceRow> rows, BookId book) {
    Map<String, BigDecimal> out = new TreeMap<>();
    for (BalanceRow r : rows) {
      if (book == null || book.equals(r.book())) {
        out.merge(r.account(), r.reportingBalance(), BigDecimal::add);
      }
    }
    return out;
  }

  private static List<Line> linesOf(
      ChartOfAccounts chart, Map<String, BigDecimal> balances, AccountClass accountClass) {
    List<Line> lines = new ArrayList<>();
    balances.forEach(
        (code, balance) -> {
          LedgerAccount a = chart.get(code);
          if (a.accountClass() == accountClass && balance.signum() != 0) {
            lines.add(
                new Line(a, a.label(), accountClass.debitNormal() ? balance : balance.negate()));
          }
        });
    return lines;
  }
}
