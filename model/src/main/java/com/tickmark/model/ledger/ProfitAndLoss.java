package com.tickmark.model.ledger;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * P&amp;L in the reporting currency as the ledger books it, per book, strategy and instrument: the
 * day's, the month's to date and the year's to date, and the year's split into realized, unrealized
 * (marked to market) and costs (commissions and fees). A gain is positive: the P&amp;L is the
 * income and expense lines' credits less their debits.
 *
 * <p>Lines without an instrument (FX revaluation, penalties, write-offs, manual journals) count
 * under no instrument; lines without a book under no book.
 */
public record ProfitAndLoss(LocalDate asOf, CurrencyCode reportingCurrency, List<Row> rows) {
  public ProfitAndLoss {
    Objects.requireNonNull(asOf, "as of");
    Objects.requireNonNull(reportingCurrency, "reporting currency");
    rows = List.copyOf(rows);
  }

  /** How the rows are grouped. */
  public enum By {
    BOOK,
    STRATEGY,
    INSTRUMENT
  }

  /**
   * One group's P&amp;L.
   *
   * @param book null when the rows are by strategy, or for lines without a book
   * @param strategy null when the rows are by instrument
   * @param instrument null unless the rows are by instrument (and then for lines without one)
   */
  public record Row(
      BookId book,
      String strategy,
      InstrumentId instrument,
      BigDecimal day,
      BigDecimal monthToDate,
      BigDecimal yearToDate,
      BigDecimal realized,
      BigDecimal unrealized,
      BigDecimal costs) {}

  /**
   * The P&amp;L as of {@code asOf} from {@code yearLines}, the posted lines on the income and
   * expense accounts of {@code chart} dated from the first of {@code asOf}'s year to {@code asOf}.
   */
  public static ProfitAndLoss of(
      ChartOfAccounts chart,
      PostingAccounts accounts,
      LocalDate asOf,
      CurrencyCode reportingCurrency,
      By by,
      List<PostedLine> yearLines) {
    LocalDate month = asOf.withDayOfMonth(1);
    String realized = accounts.code(PostingRole.REALIZED);
    String unrealized = accounts.code(PostingRole.UNREALIZED);
    List<String> costs =
        List.of(accounts.code(PostingRole.COMMISSIONS), accounts.code(PostingRole.FEES));
    Map<List<Object>, BigDecimal[]> sums = new TreeMap<>(ProfitAndLoss::compareKeys);
    for (PostedLine p : yearLines) {
      JournalLine l = p.line();
      if (chart.get(l.account()).accountClass().balanceSheet() || p.date().isAfter(asOf)) {
        continue;
      }
      BigDecimal gain = l.reportingAmount().negate();
      List<Object> key =
          switch (by) {
            case BOOK -> java.util.Arrays.asList(l.book(), l.strategy(), null);
            case STRATEGY -> java.util.Arrays.asList(null, l.strategy(), null);
            case INSTRUMENT -> java.util.Arrays.asList(l.book(), l.strategy(), l.instrument());
          };
      BigDecimal[] s =
          sums.computeIfAbsent(
              key,
              k ->
                  new BigDecimal[] {
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO
                  });
      if (p.date().equals(asOf)) {
        s[0] = s[0].add(gain);
      }
      if (!p.date().isBefore(month)) {
        s[1] = s[1].add(gain);
      }
      s[2] = s[2].add(gain);
      if (l.account().equals(realized)) {
        s[3] = s[3].add(gain);
      } else if (l.account().equals(unrealized)) {
        s[4] = s[4].add(gain);
      } else if (costs.contains(l.account())) {
        s[5] = s[5].add(gain);
      }
    }
    List<Row> rows = new ArrayList<>();
    sums.forEach(
        (k, s) ->
            rows.add(
                new Row(
                    (BookId) k.get(0),
                    (String) k.get(1),
                    (InstrumentId) k.get(2),
                    s[0],
                    s[1],
                    s[2],
                    s[3],
                    s[4],
                    s[5])));
    return new ProfitAndLoss(asOf, reportingCurrency, rows);
  }

  /** The rows' year-to-date P&amp;L added up. */
  public BigDecimal yearToDate() {
    return rows.stream().map(Row::yearToDate).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static int compareKeys(List<Object> a, List<Object> b) {
    Comparator<BookId> books = Comparator.nullsLast(Comparator.comparingLong(BookId::value));
    Comparator<String> strategies = Comparator.nullsLast(Comparator.naturalOrder());
    Comparator<InstrumentId> instruments =
        Comparator.nullsLast(Comparator.comparingLong(InstrumentId::value));
    int c = books.compare((BookId) a.get(0), (BookId) b.get(0));
    if (c == 0) {
      c = strategies.compare((String) a.get(1), (String) b.get(1));
    }
    return c != 0 ? c : instruments.compare((InstrumentId) a.get(2), (InstrumentId) b.get(2));
  }
}
