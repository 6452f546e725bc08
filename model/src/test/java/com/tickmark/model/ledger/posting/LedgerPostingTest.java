package com.tickmark.model.ledger.posting;

import static com.tickmark.model.ledger.posting.LedgerFixtures.ACME;
import static com.tickmark.model.ledger.posting.LedgerFixtures.BMW;
import static com.tickmark.model.ledger.posting.LedgerFixtures.CASH_EUR;
import static com.tickmark.model.ledger.posting.LedgerFixtures.CASH_USD;
import static com.tickmark.model.ledger.posting.LedgerFixtures.EQUITIES;
import static com.tickmark.model.ledger.posting.LedgerFixtures.EUR;
import static com.tickmark.model.ledger.posting.LedgerFixtures.EURUSD;
import static com.tickmark.model.ledger.posting.LedgerFixtures.MACRO;
import static com.tickmark.model.ledger.posting.LedgerFixtures.MON;
import static com.tickmark.model.ledger.posting.LedgerFixtures.OPENING;
import static com.tickmark.model.ledger.posting.LedgerFixtures.THU;
import static com.tickmark.model.ledger.posting.LedgerFixtures.TUE;
import static com.tickmark.model.ledger.posting.LedgerFixtures.USD;
import static com.tickmark.model.ledger.posting.LedgerFixtures.WED;
import static com.tickmark.model.ledger.posting.LedgerFixtures.close;
import static com.tickmark.model.ledger.posting.LedgerFixtures.d;
import static com.tickmark.model.ledger.posting.LedgerFixtures.eurUsd;
import static com.tickmark.model.ledger.posting.LedgerFixtures.openingCash;
import static com.tickmark.model.ledger.posting.LedgerFixtures.openingPosition;
import static com.tickmark.model.ledger.posting.LedgerFixtures.settled;
import static com.tickmark.model.ledger.posting.LedgerFixtures.trade;
import static com.tickmark.model.ledger.posting.LedgerFixtures.withPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.MissingRateException;
import com.tickmark.model.ledger.PostingRole;
import com.tickmark.model.ledger.lot.LotMethod;
import com.tickmark.model.ledger.lot.LotPosition;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.settlement.penalty.BookedPenalty;
import com.tickmark.model.settlement.penalty.Penalty;
import com.tickmark.model.settlement.penalty.PenaltyBooking;
import com.tickmark.model.settlement.penalty.PenaltyDirection;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The posting rules on worked examples; every figure is worked by hand in the comments. */
class LedgerPostingTest {
  private final InMemoryJournal journal = new InMemoryJournal();

  private PostingRun post(LocalDate through, LedgerFixtures.Inputs inputs) {
    return journal.store(LedgerPosting.post(through, inputs.build(), journal));
  }

  private static EntryDraft entry(PostingRun run, String eventKey) {
    return run.entries().stream()
        .filter(e -> eventKey.equals(e.eventKey()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No entry " + eventKey + " in " + keys(run)));
  }

  /** The run's one entry of {@code kind} about trade {@code id}. */
  private static EntryDraft entry(PostingRun run, EntryKind kind, long id) {
    List<EntryDraft> found =
        run.entries().stream()
            .filter(e -> e.kind() == kind && e.trade() != null && e.trade().value() == id)
            .toList();
    assertThat(found).as("%s entries of trade %d in %s", kind, id, keys(run)).hasSize(1);
    return found.get(0);
  }

  private static List<String> keys(PostingRun run) {
    return run.entries().stream().map(EntryDraft::eventKey).toList();
  }

  /** The entry's amount on the role's account in {@code currency}, debit positive. */
  private static BigDecimal amount(EntryDraft entry, PostingRole role, CurrencyCode currency) {
    return entry.lines().stream()
        .filter(l -> l.account().equals(role.defaultCode()) && l.currency().equals(currency))
        .map(JournalLine::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal reporting(EntryDraft entry, PostingRole role) {
    return entry.lines().stream()
        .filter(l -> l.account().equals(role.defaultCode()))
        .map(JournalLine::reportingAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal balance(PostingRole role, CurrencyCode currency) {
    return journal.balance(role.defaultCode(), currency, null);
  }

  @Test
  void aBuyDebitsSecuritiesAtGrossAndTheCostsToExpensesAgainstThePayable() {
    // Buy 100 ACME at 10.00 with 5.00 commission and 1.00 fees: gross 1,000.00;
    // Dr SECURITIES 1,000, Dr COMMISSIONS 5, Dr FEES 1 / Cr PAYABLE 1,006.
    Trade buy = trade(1, EQUITIES, ACME, Side.BUY, "100", "10.00", "5.00", "1.00", MON, 0);

    PostingRun run = post(MON, new LedgerFixtures.Inputs().trades(buy));

    EntryDraft entry = entry(run, EntryKind.TRADE, 1);
    assertThat(entry.kind()).isEqualTo(EntryKind.TRADE);
    assertThat(entry.date()).isEqualTo(MON);
    assertThat(entry.trade()).isEqualTo(buy.id());
    assertThat(amount(entry, PostingRole.SECURITIES, USD)).isEqualByComparingTo("1000.00");
    assertThat(amount(entry, PostingRole.COMMISSIONS, USD)).isEqualByComparingTo("5.00");
    assertThat(amount(entry, PostingRole.FEES, USD)).isEqualByComparingTo("1.00");
    assertThat(amount(entry, PostingRole.PAYABLE, USD)).isEqualByComparingTo("-1006.00");
    assertThat(entry.lines())
        .allSatisfy(
            l -> {
              assertThat(l.book()).isEqualTo(EQUITIES);
              assertThat(l.strategy()).isEqualTo("LONGSHORT");
              assertThat(l.instrument()).isEqualTo(ACME.id());
            });
    // The lot is at gross cost: the commission is an expense, not part of it.
    assertThat(run.lots())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.quantity()).isEqualByComparingTo("100");
              assertThat(p.cost()).isEqualByComparingTo("1000.00");
            });
  }

  @Test
  void aSaleWithCommissionRealizesOnGrossAndTheCommissionStaysAnExpense() {
    // Buy 100 at 10 (1,000); sell 100 at 11 with 4.00 commission: Dr RECEIVABLE 1,096, Dr
    // COMMISSIONS 4 / Cr SECURITIES 1,100. Relief: proceeds 1,100 − cost 1,000 = 100 realized,
    // Dr SECURITIES 100 / Cr REALIZED 100; SECURITIES back to 0, the cost of no open lots.
    Trade buy = trade(1, EQUITIES, ACME, Side.BUY, "100", "10", MON);
    Trade sell = trade(2, EQUITIES, ACME, Side.SELL, "100", "11", "4.00", "0", TUE, 0);

    PostingRun run = post(TUE, new LedgerFixtures.Inputs().trades(sell, buy));

    EntryDraft sale = entry(run, EntryKind.TRADE, 2);
    assertThat(amount(sale, PostingRole.RECEIVABLE, USD)).isEqualByComparingTo("1096.00");
    assertThat(amount(sale, PostingRole.COMMISSIONS, USD)).isEqualByComparingTo("4.00");
    assertThat(amount(sale, PostingRole.SECURITIES, USD)).isEqualByComparingTo("-1100");
    EntryDraft relief = entry(run, EntryKind.LOT_RELIEF, 2);
    assertThat(relief.kind()).isEqualTo(EntryKind.LOT_RELIEF);
    assertThat(amount(relief, PostingRole.SECURITIES, USD)).isEqualByComparingTo("100");
    assertThat(amount(relief, PostingRole.REALIZED, USD)).isEqualByComparingTo("-100");
    assertThat(balance(PostingRole.SECURITIES, USD)).isZero();
    assertThat(run.lots().get(0).realized()).isEqualByComparingTo("100");
  }

  @Test
  void partialSalesPostTheRealizedPnlOfTheLotMethod() {
    // Buy 100 at 10 (1,000) Monday, 100 at 12 (1,200) Tuesday, sell 150 at 13 (1,950) Wednesday.
    // FIFO: cost 1,000 + 600 = 1,600, realized 350, 50 left at 600.
    // Average cost: cost 2,200 × 150/200 = 1,650, realized 300, 50 left at 550.
    Trade[] trades = {
      trade(1, EQUITIES, ACME, Side.BUY, "100", "10", MON),
      trade(2, EQUITIES, ACME, Side.BUY, "100", "12", TUE),
      trade(3, EQUITIES, ACME, Side.SELL, "150", "13", WED)
    };
    PostingRun fifo = post(WED, new LedgerFixtures.Inputs().trades(trades));
    assertThat(amount(entry(fifo, EntryKind.LOT_RELIEF, 3), PostingRole.REALIZED, USD))
        .isEqualByComparingTo("-350");
    assertThat(balance(PostingRole.SECURITIES, USD)).isEqualByComparingTo("600");

    InMemoryJournal averageJournal = new InMemoryJournal();
    LedgerFixtures.Inputs average = new LedgerFixtures.Inputs().trades(trades);
    average.method = LotMethod.AVERAGE_COST;
    PostingRun run = averageJournal.store(LedgerPosting.post(WED, average.build(), averageJournal));
    assertThat(amount(entry(run, EntryKind.LOT_RELIEF, 3), PostingRole.REALIZED, USD))
        .isEqualByComparingTo("-300");
    assertThat(averageJournal.balance("1200", USD, null)).isEqualByComparingTo("550");
    LotPosition lots = run.lots().get(0);
    assertThat(lots.quantity()).isEqualByComparingTo("50");
    assertThat(lots.averageCost()).isEqualByComparingTo("11");
  }

  @Test
  void aSettlementPaysThePayableFromCashOnTheDayItSettled() {
    // Buy 100 at 10 with 6.00 commission: payable 1,006. Settled Wednesday: Dr PAYABLE 1,006 /
    // Cr CASH 1,006, dated Wednesday; the payable is then nil.
    Trade buy = trade(1, EQUITIES, ACME, Side.BUY, "100", "10", "6.00", "0", MON, 0);
    LedgerFixtures.Inputs inputs = new LedgerFixtures.Inputs().trades(buy);
    inputs.settled.add(settled(buy, WED, "100", "1006.00"));

    PostingRun run = post(WED, inputs);

    EntryDraft settlement = entry(run, "SETTLEMENT:T00000001:" + WED + ":m1");
    assertThat(settlement.kind()).isEqualTo(EntryKind.SETTLEMENT);
    assertThat(settlement.date()).isEqualTo(WED);
    assertThat(amount(settlement, PostingRole.PAYABLE, USD)).isEqualByComparingTo("1006.00");
    assertThat(amount(settlement, PostingRole.CASH, USD)).isEqualByComparingTo("-1006.00");
    assertThat(balance(PostingRole.PAYABLE, USD)).isZero();
    assertThat(balance(PostingRole.CASH, USD)).isEqualByComparingTo("-1006.00");
  }

  @Test
  void aDaysMarkToMarketIsReversedTheNextBusinessDay() {
    // Hold 100 ACME at cost 1,000. Monday's close 10.50: value 1,050, unrealized 50:
    // Dr MARK_TO_MARKET 50 / Cr UNREALIZED 50. Tuesday: that mark reversed, and Tuesday's close
    // 9.80 marks 980 − 1,000 = −20: Dr UNREALIZED 20 / Cr MARK_TO_MARKET 20.
    LedgerFixtures.Inputs inputs =
        new LedgerFixtures.Inputs()
            .trades(trade(1, EQUITIES, ACME, Side.BUY, "100", "10", MON))
            .closes(close(ACME, MON, "10.50"), close(ACME, TUE, "9.80"));

    PostingRun monday = post(MON, inputs);
    EntryDraft mark = entry(monday, "MTM:" + MON);
    assertThat(amount(mark, PostingRole.MARK_TO_MARKET, USD)).isEqualByComparingTo("50.00");
    assertThat(amount(mark, PostingRole.UNREALIZED, USD)).isEqualByComparingTo("-50.00");
    assertThat(keys(monday)).doesNotContain("MTM-REVERSAL:" + MON);

    PostingRun tuesday = post(TUE, inputs);
    EntryDraft reversal = entry(tuesday, "MTM-REVERSAL:" + MON);
    assertThat(reversal.date()).isEqualTo(TUE);
    assertThat(amount(reversal, PostingRole.MARK_TO_MARKET, USD)).isEqualByComparingTo("-50.00");
    assertThat(amount(entry(tuesday, "MTM:" + TUE), PostingRole.UNREALIZED, USD))
        .isEqualByComparingTo("20.00");
    assertThat(balance(PostingRole.MARK_TO_MARKET, USD)).isEqualByComparingTo("-20.00");
  }

  @Test
  void aHoldingWithoutACloseIsMarkedAtItsLastCloseOrReportedWhenItHasNone() {
    // ACME closed Monday at 11 and not Tuesday: Tuesday marks it at 11 (100 × 11 − 1,000 = 100).
    // BMW never closed: not marked, and the run says so.
    LedgerFixtures.Inputs inputs =
        new LedgerFixtures.Inputs()
            .trades(
                trade(1, EQUITIES, ACME, Side.BUY, "100", "10", MON),
                trade(2, EQUITIES, BMW, Side.BUY, "10", "50", TUE))
            .closes(close(ACME, MON, "11"));

    PostingRun run = post(TUE, inputs);

    EntryDraft tuesday = entry(run, "MTM:" + TUE);
    assertThat(amount(tuesday, PostingRole.MARK_TO_MARKET, USD)).isEqualByComparingTo("100");
    assertThat(amount(tuesday, PostingRole.MARK_TO_MARKET, EUR)).isZero();
    assertThat(run.warnings())
        .containsExactly(
            "No closing price for BMW on or before "
                + TUE
                + ": book 1's holding is not marked to market on "
                + TUE);
    // Still none on Wednesday and Thursday: one sentence for both days.
    assertThat(post(THU, inputs).warnings())
        .containsExactly(
            "No closing price for BMW on or before "
                + THU
                + ": book 1's holding is not marked to market on 2 days from "
                + WED);
  }

  @Test
  void foreignCashIsRevaluedAtTheClosingRate() {
    // Opening cash EUR 1,000 at EUR/USD 1.10 = USD 1,100.00 (capital credited the same).
    // Monday's close 1.12: 1,000 × 1.12 = 1,120.00, 20.00 more: CASH EUR reporting +20.00 with
    // no euro amount, against FX_REVALUATION −20.00 (a gain).
    LedgerFixtures.Inputs inputs = new LedgerFixtures.Inputs();
    inputs.cash.add(openingCash(CASH_EUR, "1000.00"));
    inputs.rates.add(eurUsd(MON, "1.12"));

    PostingRun run = post(MON, inputs);

    EntryDraft opening = entry(run, "OPENING");
    assertThat(opening.date()).isEqualTo(OPENING);
    assertThat(reporting(opening, PostingRole.CASH)).isEqualByComparingTo("1100.00");
    EntryDraft revaluation = entry(run, "FXREVAL:" + MON + ":1");
    assertThat(revaluation.kind()).isEqualTo(EntryKind.FX_REVALUATION);
    assertThat(amount(revaluation, PostingRole.CASH, EUR)).isZero();
    assertThat(reporting(revaluation, PostingRole.CASH)).isEqualByComparingTo("20.00");
    assertThat(reporting(revaluation, PostingRole.FX_REVALUATION)).isEqualByComparingTo("-20.00");
    // Capital is not a monetary account: it stays at its historical 1,100.
    assertThat(reporting(revaluation, PostingRole.CAPITAL)).isZero();
  }

  @Test
  void theOpeningBookIsTheOpeningBalanceSheet() {
    // 100 ACME at cost 1,000, short 10 BMW (cost −400), USD cash 5,000: Dr SECURITIES 1,000 USD,
    // Cr SECURITIES 400 EUR, Dr CASH 5,000 USD; Cr CAPITAL 6,000 USD, Dr CAPITAL 400 EUR.
    LedgerFixtures.Inputs inputs = new LedgerFixtures.Inputs();
    inputs.positions.add(openingPosition(EQUITIES, ACME, "100", "1000"));
    inputs.positions.add(openingPosition(EQUITIES, BMW, "-10", "-400"));
    inputs.cash.add(openingCash(CASH_USD, "5000"));

    EntryDraft opening = entry(post(OPENING, inputs), "OPENING");

    assertThat(amount(opening, PostingRole.SECURITIES, USD)).isEqualByComparingTo("1000");
    assertThat(amount(opening, PostingRole.SECURITIES, EUR)).isEqualByComparingTo("-400");
    assertThat(amount(opening, PostingRole.CASH, USD)).isEqualByComparingTo("5000");
    assertThat(amount(opening, PostingRole.CAPITAL, USD)).isEqualByComparingTo("-6000");
    assertThat(amount(opening, PostingRole.CAPITAL, EUR)).isEqualByComparingTo("400");
  }

  @Test
  void aCancelledTradeIsReversedAndNothingIsPostedAgain() {
    // Posted Monday: Dr SECURITIES 1,000 / Cr PAYABLE 1,000. Cancelled (version 2): Tuesday
    // posts the reversal of entry 1, line for line the other way; the books are back to nil.
    Trade buy = trade(1, EQUITIES, ACME, Side.BUY, "100", "10", MON);
    post(MON, new LedgerFixtures.Inputs().trades(buy));
    JournalEntry posted = journal.liveTradeEntry(buy.id()).orElseThrow();
    assertThat(posted.content().eventKey()).matches("TRADE:T00000001:[0-9a-f]{16}");
    Trade cancelled = buy.nextVersionWithStatus(TradeStatus.CANCELLED);

    PostingRun run = post(TUE, new LedgerFixtures.Inputs().trades(cancelled));

    assertThat(keys(run)).containsExactly("REVERSAL:" + posted.content().eventKey());
    EntryDraft reversal = run.entries().get(0);
    assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
    assertThat(reversal.reverses()).isEqualTo(posted.id());
    assertThat(reversal.date()).isEqualTo(TUE);
    assertThat(balance(PostingRole.SECURITIES, USD)).isZero();
    assertThat(balance(PostingRole.PAYABLE, USD)).isZero();
    assertThat(run.lots()).isEmpty();
    assertThat(post(WED, new LedgerFixtures.Inputs().trades(cancelled)).entries()).isEmpty();
  }

  @Test
  void aStatusChangePostsNothingAndAPriceAmendmentReversesAndReposts() {
    Trade buy = trade(1, EQUITIES, ACME, Side.BUY, "100", "10", MON);
    Trade sell = trade(2, EQUITIES, ACME, Side.SELL, "100", "12", TUE);
    post(TUE, new LedgerFixtures.Inputs().trades(buy, sell));
    JournalEntry firstPosting = journal.liveTradeEntry(buy.id()).orElseThrow();
    // Realized so far: 1,200 − 1,000 = 200.
    assertThat(balance(PostingRole.REALIZED, USD)).isEqualByComparingTo("-200");

    // Confirmed: version 2, the same economics: nothing.
    Trade confirmed = buy.nextVersionWithStatus(TradeStatus.CONFIRMED);
    assertThat(post(TUE, new LedgerFixtures.Inputs().trades(confirmed, sell)).entries()).isEmpty();

    // Amended to 11 (version 3): reverse the entry posted (1,000) and post one at 1,100. The
    // sale's relief, replayed, is 1,200 − 1,100 = 100, not the 200 posted: a correction of −100,
    // Dr REALIZED 100 / Cr SECURITIES 100, so SECURITIES is back to 0 and realized to 100.
    Trade amended = withPrice(confirmed, "11");
    PostingRun run = post(WED, new LedgerFixtures.Inputs().trades(amended, sell));

    assertThat(run.entries())
        .extracting(EntryDraft::kind)
        .containsExactly(EntryKind.REVERSAL, EntryKind.TRADE, EntryKind.LOT_RELIEF);
    assertThat(run.entries().get(0).reverses()).isEqualTo(firstPosting.id());
    assertThat(amount(run.entries().get(0), PostingRole.SECURITIES, USD))
        .isEqualByComparingTo("-1000");
    assertThat(entry(run, EntryKind.TRADE, 1).date()).isEqualTo(WED);
    assertThat(amount(entry(run, EntryKind.TRADE, 1), PostingRole.SECURITIES, USD))
        .isEqualByComparingTo("1100");
    assertThat(amount(entry(run, "LOTFIX:1:1:" + WED + ":1"), PostingRole.REALIZED, USD))
        .isEqualByComparingTo("100");
    assertThat(balance(PostingRole.REALIZED, USD)).isEqualByComparingTo("-100");
    assertThat(balance(PostingRole.SECURITIES, USD)).isZero();
    assertThat(balance(PostingRole.PAYABLE, USD)).isEqualByComparingTo("-1100");
    assertThat(run.lots().get(0).realized()).isEqualByComparingTo("100");
  }

  @Test
  void anAmendmentUndoneLaterPostsTheFirstFiguresAgainUnderTheirOwnKey() {
    // 10 → 11 → 10: the entry at 10 is posted, reversed, then posted a second time (key …:2);
    // SECURITIES ends at 1,000 with one live entry.
    Trade buy = trade(1, EQUITIES, ACME, Side.BUY, "100", "10", MON);
    post(MON, new LedgerFixtures.Inputs().trades(buy));
    String first = journal.liveTradeEntry(buy.id()).orElseThrow().content().eventKey();
    Trade at11 = withPrice(buy, "11");
    post(TUE, new LedgerFixtures.Inputs().trades(at11));

    PostingRun run = post(WED, new LedgerFixtures.Inputs().trades(withPrice(at11, "10")));

    assertThat(keys(run)).endsWith(first + ":2");
    assertThat(balance(PostingRole.SECURITIES, USD)).isEqualByComparingTo("1000");
    assertThat(journal.liveTradeEntry(buy.id()).orElseThrow().content().eventKey())
        .isEqualTo(first + ":2");
    assertThat(post(THU, new LedgerFixtures.Inputs().trades(withPrice(at11, "10"))).entries())
        .isEmpty();
  }

  @Test
  void anFxSpotTradeBalancesEachCurrencyThroughTheFxPositionAndSettlesBothLegs() {
    // Buy EUR 1,000 at 1.10 (USD 1,100): EUR: Dr RECEIVABLE 1,000 / Cr FX_POSITION 1,000;
    // USD: Dr FX_POSITION 1,100 / Cr PAYABLE 1,100. Settled: USD PAYABLE 1,100 from CASH,
    // EUR CASH 1,000 from RECEIVABLE.
    Trade fx = trade(1, MACRO, EURUSD, Side.BUY, "1000", "1.10", MON);
    LedgerFixtures.Inputs inputs = new LedgerFixtures.Inputs().trades(fx);
    inputs.settled.add(settled(fx, WED, "1000", "1100.00"));

    PostingRun run = post(WED, inputs);

    EntryDraft trade = entry(run, EntryKind.TRADE, 1);
    assertThat(amount(trade, PostingRole.RECEIVABLE, EUR)).isEqualByComparingTo("1000");
    assertThat(amount(trade, PostingRole.FX_POSITION, EUR)).isEqualByComparingTo("-1000");
    assertThat(amount(trade, PostingRole.FX_POSITION, USD)).isEqualByComparingTo("1100");
    assertThat(amount(trade, PostingRole.PAYABLE, USD)).isEqualByComparingTo("-1100");
    EntryDraft settlement = entry(run, "SETTLEMENT:T00000001:" + WED + ":m1");
    assertThat(amount(settlement, PostingRole.CASH, USD)).isEqualByComparingTo("-1100");
    assertThat(amount(settlement, PostingRole.CASH, EUR)).isEqualByComparingTo("1000");
    assertThat(balance(PostingRole.RECEIVABLE, EUR)).isZero();
    assertThat(balance(PostingRole.PAYABLE, USD)).isZero();
    assertThat(run.lots()).isEmpty();
    assertThat(keys(run)).noneMatch(k -> k.startsWith("MTM"));
  }

  @Test
  void bookedPenaltiesAndWriteOffsPostOnce() {
    // We pay a 12.50 USD penalty: Dr PENALTY_EXPENSE / Cr PENALTIES_PAYABLE. A 3.00 loss written
    // off: Dr WRITE_OFFS 3 / Cr CASH 3.
    Trade buy = trade(1, EQUITIES, ACME, Side.BUY, "100", "10", MON);
    Penalty penalty =
        new Penalty(
            buy.id(),
            "E1",
            null,
            TUE,
            ACME.id(),
            null,
            d("100"),
            d("10"),
            d("0.0125"),
            "LIQUID",
            d("12.50"),
            USD,
            PenaltyDirection.PAY,
            "LACK");
    PenaltyBooking booking =
        new PenaltyBooking(penalty.key(), d("12.50"), USD, "ann", Instant.EPOCH);
    LedgerFixtures.Inputs inputs = new LedgerFixtures.Inputs().trades(buy);
    inputs.penalties.add(new BookedPenalty(penalty, Optional.of(booking)));
    inputs.penalties.add(
        new BookedPenalty(
            new Penalty(
                buy.id(),
                "E1",
                null,
                WED,
                ACME.id(),
                null,
                d("100"),
                d("10"),
                d("0.0125"),
                "LIQUID",
                d("12.50"),
                USD,
                PenaltyDirection.PAY,
                "LACK"),
            Optional.empty()));
    inputs.writeOffs.add(new WriteOff("BRK-7", WED, USD, d("3.00"), EQUITIES));

    PostingRun run = post(WED, inputs);

    EntryDraft charged = entry(run, "PENALTY:T00000001:" + TUE + ":PAY");
    assertThat(amount(charged, PostingRole.PENALTY_EXPENSE, USD)).isEqualByComparingTo("12.50");
    assertThat(amount(charged, PostingRole.PENALTIES_PAYABLE, USD)).isEqualByComparingTo("-12.50");
    assertThat(charged.lines()).allSatisfy(l -> assertThat(l.book()).isEqualTo(EQUITIES));
    assertThat(keys(run)).noneMatch(k -> k.contains(WED + ":PAY"));
    EntryDraft writeOff = entry(run, "WRITEOFF:BRK-7");
    assertThat(amount(writeOff, PostingRole.WRITE_OFFS, USD)).isEqualByComparingTo("3.00");
    assertThat(amount(writeOff, PostingRole.CASH, USD)).isEqualByComparingTo("-3.00");
    assertThat(post(WED, inputs).entries()).isEmpty();
  }

  @Test
  void aMissingRateStopsTheRunWithASentence() {
    // A BMW trade before any EUR rate: its euros cannot be put in dollars.
    LedgerFixtures.Inputs inputs =
        new LedgerFixtures.Inputs().trades(trade(1, EQUITIES, BMW, Side.BUY, "10", "50", MON));
    inputs.rates.clear();

    assertThatThrownBy(() -> LedgerPosting.post(MON, inputs.build(), journal))
        .isInstanceOf(MissingRateException.class)
        .hasMessage(
            "No closing rate from EUR to USD on or before "
                + MON
                + ": load the EUR rate and post again");
  }

  @Test
  void reportingRoundingIsAbsorbedByTheLargestLine() {
    // BMW buy 3 at 33.335 EUR = 100.005 gross, 0.333 commission, 0.333 fees at EUR/USD 1.10:
    // SECURITIES 110.0055 → 110.01, COMMISSIONS 0.3663 → 0.37, FEES 0.37, PAYABLE −100.671 ×
    // 1.10 = −110.7381 → −110.74. Sum 0.01: the largest line (PAYABLE) takes it: −110.75.
    Trade buy = trade(1, EQUITIES, BMW, Side.BUY, "3", "33.335", "0.333", "0.333", THU, 0);

    EntryDraft entry =
        entry(post(THU, new LedgerFixtures.Inputs().trades(buy)), EntryKind.TRADE, 1);

    assertThat(reporting(entry, PostingRole.SECURITIES)).isEqualByComparingTo("110.01");
    assertThat(reporting(entry, PostingRole.PAYABLE)).isEqualByComparingTo("-110.75");
    assertThat(
            entry.lines().stream()
                .map(JournalLine::reportingAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isZero();
  }
}
