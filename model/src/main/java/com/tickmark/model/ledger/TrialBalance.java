package com.tickmark.model.ledger;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every account's balance as of a date, per currency: a debit balance in the debit column, a credit
 * balance in the credit column, and the balance in the reporting currency. Per currency the debit
 * column totals the credit column, and the reporting balances total zero; when they do not, the
 * books are wrong and {@link #balanced()} says so.
 *
 * @param book the book it is for; null when consolidated
 */
public record TrialBalance(
    LocalDate asOf, BookId book, CurrencyCode reportingCurrency, List<Row> rows) {
  public TrialBalance {
    Objects.requireNonNull(asOf, "as of");
    Objects.requireNonNull(reportingCurrency, "reporting currency");
    rows = List.copyOf(rows);
  }

  /** One account in one currency. */
  public record Row(
      LedgerAccount account,
      CurrencyCode currency,
      BigDecimal debit,
      BigDecimal credit,
      BigDecimal reportingBalance) {
    /** Debit positive, credit negative. */
    public BigDecimal balance() {
      return debit.subtract(credit);
    }
  }

  /** A currency's column totals. */
  public record Total(CurrencyCode currency, BigDecimal debit, BigDecimal credit) {
    public boolean balanced() {
      return debit.compareTo(credit) == 0;
    }
  }

  /**
   * The trial balance of {@code balances} (totals through {@code asOf}) on {@code chart}'s
   * accounts, for {@code book} or, when null, every book together. Accounts whose balance is zero
   * in a currency are left out.
   */
  public static TrialBalance of(
      ChartOfAccounts chart,
      LocalDate asOf,
      BookId book,
      CurrencyCode reportingCurrency,
      List<BalanceRow> balances) {
    Map<String, Map<CurrencyCode, BigDecimal[]>> sums = new TreeMap<>();
    for (BalanceRow b : balances) {
      if (book != null && !book.equals(b.book())) {
        continue;
      }
      BigDecimal[] s =
          sums.computeIfAbsent(b.account(), a -> new TreeMap<>())
              .computeIfAbsent(
                  b.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      s[0] = s[0].add(b.balance());
      s[1] = s[1].add(b.reportingBalance());
    }
    List<Row> rows = new ArrayList<>();
    sums.forEach(
        (code, byCurrency) ->
            byCurrency.forEach(
                (currency, s) -> {
                  if (s[0].signum() == 0 && s[1].signum() == 0) {
                    return;
                  }
                  BigDecimal balance = s[0].stripTrailingZeros();
                  rows.add(
                      new Row(
                          chart.get(code),
                          currency,
                          balance.signum() > 0 ? balance : BigDecimal.ZERO,
                          balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO,
                          s[1].stripTrailingZeros()));
                }));
    rows.sort(Comparator.comparing((Row r) -> r.account().code()).thenComparing(Row::currency));
    return new TrialBalance(asOf, book, reportingCurrency, rows);
  }

  /** The debit and credit totals of each currency, in currency order. */
  public List<Total> totals() {
    Map<CurrencyCode, BigDecimal[]> sums = new TreeMap<>();
    for (Row r : rows) {
      BigDecimal[] s =
          sums.computeIfAbsent(
              r.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      s[0] = s[0].add(r.debit());
      s[1] = s[1].add(r.credit());
    }
    return sums.entrySet().stream()
        .map(e -> new Total(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  /** The reporting balances of every row added up: zero when the books balance. */
  public BigDecimal reportingTotal() {
    return rows.stream().map(Row::reportingBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * True when every currency's debits equal its credits and the reporting balances total zero. The
   * consolidated trial balance always does when the journal is right; a single book's may not, when
   * firm-wide lines (the opening cash, say) carry the other side of its entries.
   */
  public boolean balanced() {
    return totals().stream().allMatch(Total::balanced) && reportingTotal().signum() == 0;
  }
}
