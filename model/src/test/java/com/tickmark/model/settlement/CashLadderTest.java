package com.tickmark.model.settlement;

import static com.tickmark.model.settlement.SettlementFixtures.ACME;
import static com.tickmark.model.settlement.SettlementFixtures.BOOK;
import static com.tickmark.model.settlement.SettlementFixtures.CASH_EUR;
import static com.tickmark.model.settlement.SettlementFixtures.CASH_USD;
import static com.tickmark.model.settlement.SettlementFixtures.CUSTODY;
import static com.tickmark.model.settlement.SettlementFixtures.EUR;
import static com.tickmark.model.settlement.SettlementFixtures.EURUSD;
import static com.tickmark.model.settlement.SettlementFixtures.MON;
import static com.tickmark.model.settlement.SettlementFixtures.OPENING;
import static com.tickmark.model.settlement.SettlementFixtures.OTHER_BOOK;
import static com.tickmark.model.settlement.SettlementFixtures.USD;
import static com.tickmark.model.settlement.SettlementFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.calendar.MarketCalendars;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.position.PositionDay;
import com.tickmark.model.position.PositionService;
import com.tickmark.model.position.PositionStore;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cash ladder worked by hand on a small firm: 50,000.00 settled dollars as of Monday 9 November
 * 2026, with Veterans Day (Wednesday 11, a USNY holiday) and a weekend in the ten days.
 */
class CashLadderTest {
  static final Actor CLERK = new Actor(new UserId(1), "carla", Set.of(Role.CLERK));
  static final Actor NOBODY = new Actor(new UserId(2), "nobody", Set.of());
  static final LocalDate FRI_6 = LocalDate.of(2026, 11, 6);
  static final LocalDate TUE_10 = LocalDate.of(2026, 11, 10);
  static final LocalDate WED_11 = LocalDate.of(2026, 11, 11); // Veterans Day: USNY closed
  static final LocalDate THU_12 = LocalDate.of(2026, 11, 12);
  static final LocalDate SAT_14 = LocalDate.of(2026, 11, 14);
  static final LocalDate MON_16 = LocalDate.of(2026, 11, 16);
  static final LocalDate MON_23 = LocalDate.of(2026, 11, 23);
  static final LocalDate MON_30 = LocalDate.of(2026, 11, 30);

  // A: a buy due last Friday that has failed: expected on the first day.
  static final Trade FAILED_BUY =
      trade(1, BOOK, ACME, CUSTODY, Side.BUY, "100", "10.00", LocalDate.of(2026, 11, 5), FRI_6);
  // B: a sell due Tuesday.
  static final Trade SELL = trade(2, BOOK, ACME, CUSTODY, Side.SELL, "30", "12.345", MON, TUE_10);
  // C: a buy due on the holiday: its cash moves on Thursday.
  static final Trade HOLIDAY_BUY =
      trade(3, BOOK, ACME, CUSTODY, Side.BUY, "200", "5.125", MON, WED_11);
  // D: a sell due on a Saturday: its cash comes in on Monday 16.
  static final Trade WEEKEND_SELL =
      trade(4, BOOK, ACME, CUSTODY, Side.SELL, "100", "7.50", MON, SAT_14);
  // E: a buy due Thursday of which 100 of 300 have settled: two thirds of 999.90 still to pay.
  static final Trade PARTIAL_BUY =
      trade(5, BOOK, ACME, CUSTODY, Side.BUY, "300", "3.333", FRI_6, THU_12);
  // F: due after the tenth business day: beyond the ladder.
  static final Trade LATE_SELL = trade(6, BOOK, ACME, CUSTODY, Side.SELL, "10", "100", MON, MON_30);
  // G: buys 1,000 euros for 1,100.00 dollars on Tuesday.
  static final Trade FX_BUY =
      trade(7, OTHER_BOOK, EURUSD, CASH_EUR, Side.BUY, "1000", "1.1", MON, TUE_10);
  // H: settled in full on Friday: no longer in the ladder (its cash is in the settled balance).
  static final Trade SETTLED_SELL =
      trade(8, BOOK, ACME, CUSTODY, Side.SELL, "10", "9", LocalDate.of(2026, 11, 5), FRI_6);

  static final List<Trade> TRADES =
      List.of(
          FAILED_BUY,
          SELL,
          HOLIDAY_BUY,
          WEEKEND_SELL,
          PARTIAL_BUY,
          LATE_SELL,
          FX_BUY,
          SETTLED_SELL);

  final ReferenceDataStore referenceData = withCalendars(SettlementFixtures.referenceData());
  final ObligationService obligations =
      new ObligationService(
          TRADES::forEach,
          date ->
              Map.of(
                  PARTIAL_BUY.id(), new BigDecimal("100"), SETTLED_SELL.id(), new BigDecimal("10")),
          referenceData);
  final PositionService positions = new PositionService(openingCash("50000"), referenceData);
  final CashLadderService service = new CashLadderService(positions, obligations, referenceData);

  @Test
  void eachDayOpensWithTheDayBeforesProjectedBalanceAndAddsReceiptsLessPayments() {
    LadderAccount usd = account(service.ladder(CLERK, MON), USD);
    assertThat(usd.account()).isEqualTo(CASH_USD.id()); // no SSI: the currency's one cash account

    // Ten USNY business days: the holiday (Wed 11) and the weekend are skipped.
    assertThat(usd.days())
        .extracting(LadderDay::date)
        .containsExactly(
            MON,
            TUE_10,
            THU_12,
            LocalDate.of(2026, 11, 13),
            MON_16,
            LocalDate.of(2026, 11, 17),
            LocalDate.of(2026, 11, 18),
            LocalDate.of(2026, 11, 19),
            LocalDate.of(2026, 11, 20),
            MON_23);
    assertThat(usd.days())
        .extracting(d -> row(d.opening(), d.receipts(), d.payments(), d.net(), d.projected()))
        .startsWith(
            // Mon 9: the failed buy A is expected today.
            "50000.00 0.00 1000.00 -1000.00 49000.00",
            // Tue 10: the sell B comes in, the FX buy G pays its dollars.
            "49000.00 370.35 1100.00 -729.65 48270.35",
            // Thu 12: C (due on the holiday) and the two thirds of E still to settle.
            "48270.35 0.00 1691.60 -1691.60 46578.75",
            "46578.75 0.00 0.00 0.00 46578.75",
            // Mon 16: D, due on Saturday.
            "46578.75 750.00 0.00 750.00 47328.75")
        .endsWith("47328.75 0.00 0.00 0.00 47328.75");
    assertThat(usd.closing()).isEqualByComparingTo("47328.75");
  }

  @Test
  void eachFigureKnowsTheObligationsBehindIt() {
    LadderAccount usd = account(service.ladder(CLERK, MON), USD);
    LadderDay thursday = usd.days().get(2);
    assertThat(thursday.paymentMovements())
        .extracting(m -> m.obligation().trade(), m -> m.amount().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(HOLIDAY_BUY.id(), "-1025.00"),
            org.assertj.core.groups.Tuple.tuple(PARTIAL_BUY.id(), "-666.60"));
    assertThat(usd.days().get(0).paymentMovements())
        .singleElement()
        .satisfies(m -> assertThat(m.line().status()).isEqualTo(ObligationStatus.FAILED));
    List<TradeId> inLadder =
        usd.days().stream()
            .flatMap(d -> d.movements().stream())
            .map(m -> m.obligation().trade())
            .toList();
    assertThat(inLadder).doesNotContain(LATE_SELL.id(), SETTLED_SELL.id());
  }

  @Test
  void theEuroLegOfAnFxTradeIsInTheEuroLadderOnTheTargetCalendar() {
    LadderAccount eur = account(service.ladder(CLERK, MON), EUR);
    assertThat(eur.account()).isEqualTo(CASH_EUR.id());
    assertThat(eur.days()).hasSize(CashLadder.DAYS);
    assertThat(eur.days().get(2).date()).isEqualTo(WED_11); // TARGET is open on Veterans Day
    assertThat(eur.days())
        .extracting(d -> row(d.opening(), d.receipts(), d.payments(), d.net(), d.projected()))
        .startsWith("0.00 0.00 0.00 0.00 0.00", "0.00 1000.00 0.00 1000.00 1000.00");
  }

  @Test
  void aLadderFromASundayStartsOnMonday() {
    CashLadder ladder = service.ladder(CLERK, LocalDate.of(2026, 11, 8));
    assertThat(account(ladder, USD).days().get(0).date()).isEqualTo(MON);
  }

  @Test
  void onlyUsersWhoMayViewDataSeeTheLadder() {
    assertThatThrownBy(() -> service.ladder(NOBODY, MON)).isInstanceOf(AccessDeniedException.class);
  }

  static String row(BigDecimal... amounts) {
    StringBuilder s = new StringBuilder();
    for (BigDecimal a : amounts) {
      s.append(s.isEmpty() ? "" : " ").append(a.toPlainString());
    }
    return s.toString();
  }

  static LadderAccount account(CashLadder ladder, com.tickmark.model.refdata.CurrencyCode c) {
    return ladder.accounts().stream().filter(a -> a.currency().equals(c)).findFirst().orElseThrow();
  }

  /** Settled cash as the position service reports it: an opening dollar balance, no movements. */
  static PositionStore openingCash(String usd) {
    return new PositionStore() {
      @Override
      public void post(PositionChanges changes) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<PositionDay> totalsThrough(LocalDate date) {
        return List.of();
      }

      @Override
      public Optional<LocalDate> openingDate() {
        return Optional.of(OPENING);
      }

      @Override
      public List<OpeningPosition> openingPositions() {
        return List.of();
      }

      @Override
      public List<OpeningCash> openingCash() {
        return List.of(new OpeningCash(OPENING, CASH_USD.id(), new BigDecimal(usd)));
      }

      @Override
      public void insertOpening(List<OpeningPosition> positions, List<OpeningCash> cash) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /**
   * The fixture firm with the real USNY and TARGET calendars of 2026, and XNYS that its US share
   * settles on (a failed obligation is aged on it).
   */
  static ReferenceDataStore withCalendars(ReferenceDataStore firm) {
    Map<String, HolidayCalendar> calendars =
        Map.of(
            MarketCalendars.USNY,
            MarketCalendars.usny(2026, 2026),
            MarketCalendars.TARGET,
            MarketCalendars.target(2026, 2026),
            MarketCalendars.XNYS,
            MarketCalendars.xnys(2026, 2026));
    return new ReferenceDataStore() {
      @Override
      public List<Currency> currencies() {
        return firm.currencies();
      }

      @Override
      public Map<String, HolidayCalendar> calendars() {
        return calendars;
      }

      @Override
      public List<Strategy> strategies() {
        return firm.strategies();
      }

      @Override
      public List<Book> books() {
        return firm.books();
      }

      @Override
      public List<Counterparty> counterparties() {
        return firm.counterparties();
      }

      @Override
      public List<Instrument> instruments() {
        return firm.instruments();
      }

      @Override
      public List<Account> accounts() {
        return firm.accounts();
      }

      @Override
      public List<Ssi> ssis() {
        return firm.ssis();
      }
    };
  }
}
