package com.tickmark.model.ledger.lot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Lots opened and relieved, with the figures worked by hand in the comments. */
class LotBookTest {
  private static final LocalDate MON = LocalDate.of(2026, 11, 9);

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static LotPosition position(LotBook book) {
    return LotPosition.of(new LotKey(new BookId(1), new InstrumentId(1)), CurrencyCode.USD, book);
  }

  /** Buys 100 at 10 (cost 1,000) on Monday and 100 at 12 (cost 1,200) on Tuesday. */
  private static LotBook twoBuys(LotMethod method) {
    LotBook book = new LotBook(method, 2);
    book.apply(new TradeId(1), MON, d("100"), d("1000.00"));
    book.apply(new TradeId(2), MON.plusDays(1), d("100"), d("1200.00"));
    return book;
  }

  @Test
  void partialSaleUnderFifoRelievesTheOldestLotFirst() {
    LotBook book = twoBuys(LotMethod.FIFO);

    // Sell 150 at 13 = 1,950: all of lot 1 (100, cost 1,000) and 50 of lot 2 (1,200 × 50/100 =
    // 600): cost relieved 1,600, realized 1,950 − 1,600 = 350. Left: 50 of lot 2 at cost 600.
    Relief relief = book.apply(new TradeId(3), MON.plusDays(2), d("-150"), d("-1950.00"));

    assertThat(relief.quantity()).isEqualByComparingTo("150");
    assertThat(relief.cost()).isEqualByComparingTo("1600.00");
    assertThat(relief.proceeds()).isEqualByComparingTo("1950.00");
    assertThat(relief.realized()).isEqualByComparingTo("350.00");
    assertThat(book.quantity()).isEqualByComparingTo("50");
    assertThat(book.cost()).isEqualByComparingTo("600.00");
    assertThat(book.lots())
        .singleElement()
        .satisfies(lot -> assertThat(lot.trade()).isEqualTo(new TradeId(2)));
    assertThat(book.realized()).isEqualByComparingTo("350.00");
  }

  @Test
  void partialSaleUnderAverageCostRelievesAtThePoolsAverage() {
    LotBook book = twoBuys(LotMethod.AVERAGE_COST);

    // Pool: 200 at 2,200 (average 11). Sell 150 at 13 = 1,950: cost 2,200 × 150/200 = 1,650,
    // realized 300. Left: 50 at cost 550, average still 11.
    Relief relief = book.apply(new TradeId(3), MON.plusDays(2), d("-150"), d("-1950.00"));

    assertThat(relief.cost()).isEqualByComparingTo("1650.00");
    assertThat(relief.realized()).isEqualByComparingTo("300.00");
    assertThat(book.quantity()).isEqualByComparingTo("50");
    assertThat(book.cost()).isEqualByComparingTo("550.00");
    LotPosition position = position(book);
    assertThat(position.averageCost()).isEqualByComparingTo("11");
  }

  @Test
  void costIsConservedToTheCentWhenALotIsRelievedInThirds() {
    LotBook book = new LotBook(LotMethod.FIFO, 2);
    book.apply(new TradeId(1), MON, d("3"), d("100.00"));

    // 100.00 × 1/3 = 33.333 → 33.33; then 66.67 × 1/2 = 33.335 → 33.34 (half-even); the last
    // third takes what remains, 33.33. 33.33 + 33.34 + 33.33 = 100.00.
    Relief first = book.apply(new TradeId(2), MON, d("-1"), d("-40.00"));
    Relief second = book.apply(new TradeId(3), MON, d("-1"), d("-40.00"));
    Relief third = book.apply(new TradeId(4), MON, d("-1"), d("-40.00"));

    assertThat(first.cost()).isEqualByComparingTo("33.33");
    assertThat(second.cost()).isEqualByComparingTo("33.34");
    assertThat(third.cost()).isEqualByComparingTo("33.33");
    assertThat(book.cost()).isZero();
    assertThat(book.realized()).isEqualByComparingTo("20.00");
  }

  @Test
  void aSaleBeyondTheHoldingOpensAShortThatABuyCovers() {
    LotBook book = new LotBook(LotMethod.FIFO, 2);
    book.apply(new TradeId(1), MON, d("10"), d("100.00"));

    // Sell 30 at 12 = 360: 10 relieve the long (proceeds 360 × 10/30 = 120, cost 100, gain 20);
    // 20 open a short lot at −240.
    Relief sale = book.apply(new TradeId(2), MON, d("-30"), d("-360.00"));
    assertThat(sale.realized()).isEqualByComparingTo("20.00");
    assertThat(book.quantity()).isEqualByComparingTo("-20");
    assertThat(book.cost()).isEqualByComparingTo("-240.00");

    // Marked at 11: value −220, unrealized −220 − (−240) = 20 (the price fell: a short gains).
    assertThat(position(book).unrealized(d("11"))).isEqualByComparingTo("20");

    // Buy 20 at 11 = 220 covers the short: quantity −20, cost −240, proceeds −220, gain 20.
    Relief cover = book.apply(new TradeId(3), MON, d("20"), d("220.00"));
    assertThat(cover.quantity()).isEqualByComparingTo("-20");
    assertThat(cover.cost()).isEqualByComparingTo("-240.00");
    assertThat(cover.proceeds()).isEqualByComparingTo("-220.00");
    assertThat(cover.realized()).isEqualByComparingTo("20.00");
    assertThat(book.quantity()).isZero();
    assertThat(book.lots()).isEmpty();
    assertThat(book.realized()).isEqualByComparingTo("40.00");
  }
}
