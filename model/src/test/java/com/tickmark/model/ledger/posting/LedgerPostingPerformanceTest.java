package com.tickmark.model.ledger.posting;

import static com.tickmark.model.ledger.posting.LedgerFixtures.MON;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.ledger.PostingAccounts;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The end of day's posting of 100,000 trades (the benchmark, 5 s end to end with the store)
 * is linear: posting them in a fresh JVM, before the JIT has compiled much, takes the rules 1.2 to
 * 2.3 s of CPU on the shared build machine (the more it is loaded, the longer code runs
 * interpreted), and about 0.6 s once compiled. The bound is loose enough for a loaded machine and
 * tight enough to catch a loop that goes quadratic (which would take minutes).
 */
class LedgerPostingPerformanceTest {
  private static final int TRADES = 100_000;
  private static final int INSTRUMENTS = 200;
  private static final int BOOKS = 10;

  @Test
  void postsTheEventsOfAHundredThousandTradesInLinearTime() {
    Random random = new Random(14);
    List<Instrument> instruments = new ArrayList<>();
    List<Price> closes = new ArrayList<>();
    for (int i = 1; i <= INSTRUMENTS; i++) {
      Instrument instrument =
          LedgerFixtures.share(
              100 + i,
              "S" + i,
              "US0378331005",
              "XNYS",
              i % 4 == 0 ? LedgerFixtures.EUR : LedgerFixtures.USD);
      instruments.add(instrument);
      for (int day = 0; day < 5; day++) {
        closes.add(
            LedgerFixtures.close(
                instrument,
                MON.plusDays(day),
                BigDecimal.valueOf(5_000 + random.nextInt(5_000), 2).toPlainString()));
      }
    }
    List<Book> books = new ArrayList<>();
    for (int b = 1; b <= BOOKS; b++) {
      books.add(new Book(new BookId(b), "B" + b, "Book " + b, "S" + b, LedgerFixtures.USD));
    }
    List<Trade> trades = new ArrayList<>();
    List<SettledPart> settled = new ArrayList<>();
    for (int t = 1; t <= TRADES; t++) {
      Trade trade =
          LedgerFixtures.trade(
              t,
              books.get(random.nextInt(BOOKS)).id(),
              instruments.get(random.nextInt(INSTRUMENTS)),
              random.nextBoolean() ? Side.BUY : Side.SELL,
              Integer.toString(1 + random.nextInt(1_000)),
              BigDecimal.valueOf(5_000 + random.nextInt(5_000), 2).toPlainString(),
              "1.50",
              "0.10",
              MON.plusDays(random.nextInt(3)),
              random.nextInt(600));
      trades.add(trade);
      if (t % 2 == 0) {
        settled.add(
            LedgerFixtures.settled(
                trade,
                trade.settlementDate(),
                trade.quantity().toPlainString(),
                trade.netCashOut().abs().toPlainString()));
      }
    }
    LocalDate friday = MON.plusDays(4);
    List<com.tickmark.model.marketdata.FxRate> rates = new ArrayList<>();
    for (int day = -3; day < 5; day++) {
      rates.add(LedgerFixtures.eurUsd(MON.plusDays(day), "1.0" + (5 + Math.floorMod(day, 4))));
    }
    PostingInputs inputs =
        new PostingInputs(
            new ReferenceData(
                LedgerFixtures.REFERENCE_DATA.currencies(),
                Map.of(),
                List.of(),
                books,
                List.of(),
                instruments,
                List.of(),
                List.of()),
            PostingAccounts.standard(),
            new ReportingRates(LedgerFixtures.USD, rates),
            LedgerFixtures.WEEKDAYS,
            trades,
            settled,
            closes,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Map.of());

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    PostingRun run = LedgerPosting.post(friday, inputs, new InMemoryJournal());
    long cpuMillis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;

    System.out.println(
        "Posted "
            + TRADES
            + " trades: "
            + run.entries().size()
            + " entries in "
            + cpuMillis
            + " ms of CPU");
    assertThat(run.entries().size()).isGreaterThan(TRADES + TRADES / 2);
    assertThat(cpuMillis).isLessThan(5_000);
  }
}
