package com.tickmark.model.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trial balance, income statement and balance sheet of a small journal worked by hand: capital
 * of 10,000 USD and 1,000 EUR (at 1.10), a purchase of 2,000 of securities with 5 commission, a
 * realized gain of 300 and an audit fee of 100.
 */
class FinancialStatementTest {
  static final CurrencyCode USD = CurrencyCode.USD;
  static final CurrencyCode EUR = CurrencyCode.EUR;
  static final BookId BOOK = new BookId(1);
  static final LocalDate D1 = LocalDate.of(2025, 11, 3);
  static final LocalDate D2 = LocalDate.of(2025, 11, 4);
  static final ChartOfAccounts CHART = ChartOfAccounts.standard();

  /** A balance row of {@code balance} (debit positive) in USD at par, or EUR at 1.10. */
  static BalanceRow row(String account, CurrencyCode c, BookId book, String balance) {
    BigDecimal b = new BigDecimal(balance);
    BigDecimal r = c.equals(EUR) ? b.multiply(new BigDecimal("1.10")) : b;
    return new BalanceRow(
        account,
        c,
        book,
        b.max(BigDecimal.ZERO),
        b.min(BigDecimal.ZERO).negate(),
        r.max(BigDecimal.ZERO),
        r.min(BigDecimal.ZERO).negate());
  }

  // Day 1: capital. Cash 10,000 USD and 1,000 EUR (1,100 USD) against capital.
  static final List<BalanceRow> DAY_1 =
      List.of(
          row("1100", USD, null, "10000"),
          row("1100", EUR, null, "1000"),
          row("3100", USD, null, "-10000"),
          row("3100", EUR, null, "-1000"));

  // Day 2, in the book: buy 2,000 + 5 commission on credit; sell at a 300 gain (receivable 2,300,
  // securities out 2,000, realized 300); an audit fee of 100 paid firm-wide.
  static final List<BalanceRow> DAY_2 =
      List.of(
          row("1200", USD, BOOK, "2000"),
          row("5100", USD, BOOK, "5"),
          row("2100", USD, BOOK, "-2005"),
          row("1300", USD, BOOK, "2300"),
          row("1200", USD, BOOK, "-2000"),
          row("4100", USD, BOOK, "-300"),
          row("5200", USD, null, "100"),
          row("1100", USD, null, "-100"));

  static List<BalanceRow> through(LocalDate d) {
    return d.isBefore(D2)
        ? DAY_1
        : java.util.stream.Stream.concat(DAY_1.stream(), DAY_2.stream()).toList();
  }

  @Test
  void theTrialBalancePutsEachBalanceInItsColumnAndBalancesPerCurrency() {
    TrialBalance tb = TrialBalance.of(CHART, D2, null, USD, through(D2));

    assertThat(tb.rows())
        .extracting(
            r ->
                r.account().code()
                    + " "
                    + r.currency()
                    + " "
                    + r.debit().toPlainString()
                    + "/"
                    + r.credit().toPlainString())
        .containsExactly(
            "1100 EUR 1000/0",
            "1100 USD 9900/0",
            "1300 USD 2300/0", // 1200 nets to zero and is left out
            "2100 USD 0/2005",
            "3100 EUR 0/1000",
            "3100 USD 0/10000",
            "4100 USD 0/300",
            "5100 USD 5/0",
            "5200 USD 100/0");
    assertThat(tb.totals())
        .extracting(
            t -> t.currency() + " " + t.debit().toPlainString() + "=" + t.credit().toPlainString())
        .containsExactly("EUR 1000=1000", "USD 12305=12305");
    assertThat(tb.balanced()).isTrue();
    assertThat(tb.reportingTotal()).isEqualByComparingTo("0");

    TrialBalance book = TrialBalance.of(CHART, D2, BOOK, USD, through(D2));
    assertThat(book.rows())
        .extracting(r -> r.account().code())
        .containsExactly("1300", "2100", "4100", "5100");
  }

  @Test
  void theIncomeStatementShowsThePeriodsIncomeLessExpenses() {
    FinancialStatement is =
        FinancialStatement.incomeStatement(CHART, D2, D2, null, USD, through(D2), through(D1));

    assertThat(is.of(AccountClass.INCOME))
        .extracting(FinancialStatement.Line::label, l -> l.amount().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("4100 · Realized trading P&L", "300"));
    assertThat(is.total(AccountClass.EXPENSE)).isEqualByComparingTo("105");
    assertThat(is.netIncome()).isEqualByComparingTo("195");

    FinancialStatement dayOne =
        FinancialStatement.incomeStatement(CHART, D1, D1, null, USD, through(D1), List.of());
    assertThat(dayOne.netIncome()).isEqualByComparingTo("0");
  }

  @Test
  void theBalanceSheetBalancesWithTheEarningsNotYetClosedInEquity() {
    FinancialStatement bs = FinancialStatement.balanceSheet(CHART, D2, null, USD, through(D2));

    // Assets: cash 9,900 + 1,100 (EUR 1,000 at 1.10) + receivable 2,300 = 13,300.
    assertThat(bs.total(AccountClass.ASSET)).isEqualByComparingTo("13300");
    // Liabilities: payable 2,005. Equity: capital 11,100 + earnings 195.
    assertThat(bs.total(AccountClass.LIABILITY)).isEqualByComparingTo("2005");
    assertThat(bs.of(AccountClass.EQUITY))
        .extracting(FinancialStatement.Line::label, l -> l.amount().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3100 · Capital", "11100.00"),
            org.assertj.core.groups.Tuple.tuple("Earnings not yet closed to equity", "195"));
    assertThat(bs.imbalance()).isEqualByComparingTo("0");
  }

  @Test
  void theStatementRunsTheBalanceFromTheOpening() {
    LedgerAccount cash = CHART.get("1100");
    JournalLine fee =
        new JournalLine(
            "1100", USD, new BigDecimal("-100"), new BigDecimal("-100"), null, null, null, "");
    JournalLine in =
        new JournalLine(
            "1100", USD, new BigDecimal("40"), new BigDecimal("40"), null, null, null, "");
    AccountStatement s =
        AccountStatement.of(
            cash,
            D2,
            D2,
            DAY_1,
            List.of(
                new PostedLine(5, D2, EntryKind.MANUAL, "Audit fee", null, fee),
                new PostedLine(6, D2, EntryKind.MANUAL, "Refund", null, in)));

    assertThat(s.sections())
        .extracting(AccountStatement.Section::currency)
        .containsExactly(EUR, USD);
    AccountStatement.Section usd = s.sections().get(1);
    assertThat(usd.opening()).isEqualByComparingTo("10000");
    assertThat(usd.lines())
        .extracting(l -> l.balance().toPlainString())
        .containsExactly("9900", "9940");
    assertThat(usd.closing()).isEqualByComparingTo("9940");
    assertThat(usd.debits()).isEqualByComparingTo("40");
    assertThat(usd.credits()).isEqualByComparingTo("100");
    assertThat(s.sections().get(0).lines()).isEmpty();
    assertThat(s.sections().get(0).closing()).isEqualByComparingTo("1000");
  }
}
