package com.tickmark.model.settlement.penalty;

import static com.tickmark.model.settlement.SettlementFixtures.ACME;
import static com.tickmark.model.settlement.SettlementFixtures.BOOK;
import static com.tickmark.model.settlement.SettlementFixtures.CASH_EUR;
import static com.tickmark.model.settlement.SettlementFixtures.CASH_USD;
import static com.tickmark.model.settlement.SettlementFixtures.CUSTODY;
import static com.tickmark.model.settlement.SettlementFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.calendar.MarketCalendars;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.SettlementDateCalculator;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.SsiId;
import com.tickmark.model.refdata.SsiResolver;
import com.tickmark.model.settlement.Obligations;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.settlement.status.SettlementFail;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * CSDR cash penalties worked by hand. November 2026 has no TARGET holiday; 14-15 November are a
 * weekend.
 */
class PenaltyCalculatorTest {
  static final LocalDate MON_9 = LocalDate.of(2026, 11, 9);
  static final LocalDate THU_12 = LocalDate.of(2026, 11, 12);
  static final LocalDate FRI_13 = LocalDate.of(2026, 11, 13);
  static final LocalDate MON_16 = LocalDate.of(2026, 11, 16);
  static final LocalDate TUE_17 = LocalDate.of(2026, 11, 17);
  static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
  static final CounterpartyId BROKER = new CounterpartyId(9);

  static final Instrument LIQUID = share(10, "SAPX", "DE0007164600");
  static final Instrument ILLIQUID = share(11, "SMLX", "DE0005190003");
  static final Instrument BOND_ETF =
      new Instrument(
          new InstrumentId(12),
          "EUNH",
          "Euro government bond ETF",
          AssetClass.ETF,
          Isin.parse("IE00B4WXJJ64"),
          new Mic("XETR"),
          CurrencyCode.EUR,
          null,
          "Fixed income",
          "IE",
          SettlementConvention.of(2, MarketCalendars.TARGET));

  static final Ssi EU_EQUITY = ssi(1, AssetClass.EQUITY, CurrencyCode.EUR, "DAKVDEFF");
  static final Ssi EU_ETF = ssi(2, AssetClass.ETF, CurrencyCode.EUR, "DAKVDEFF");
  static final Ssi US_EQUITY = ssi(3, AssetClass.EQUITY, CurrencyCode.USD, "DTCYUS33");

  final Map<InstrumentId, Instrument> instruments =
      Map.of(
          LIQUID.id(), LIQUID, ILLIQUID.id(), ILLIQUID, BOND_ETF.id(), BOND_ETF, ACME.id(), ACME);
  final java.util.TreeMap<LocalDate, BigDecimal> closes = new java.util.TreeMap<>();
  final List<String> problems = new ArrayList<>();
  final Obligations obligations =
      new Obligations(instruments, new SsiResolver(List.of(EU_EQUITY, EU_ETF, US_EQUITY)));
  final PenaltyCalculator calculator =
      new PenaltyCalculator(
          instruments,
          MarketCalendars.standard(2026, 2026),
          (instrument, date) ->
              Optional.ofNullable(closes.floorEntry(date)).map(Map.Entry::getValue),
          (instrument, date) ->
              instrument.equals(LIQUID)
                  ? PenaltyClass.LIQUID_SHARE
                  : instrument.equals(ILLIQUID) ? PenaltyClass.ILLIQUID_SHARE : PenaltyClass.OTHER,
          (currency, date) -> Optional.of(new BigDecimal("2.40")), // the ECB's lending rate
          currency -> 2,
          trade -> PenaltyService.settlesInEuCsd(obligations, trade, problems));

  @Test
  void aLiquidShareWeFailedToDeliverCostsOneBasisPointOfItsValue() {
    // We sell 1,000 SAPX and lack the shares on the intended day, Monday 9 November, closing at
    // 45.67: 1,000 × 45.67 × 0.0001 = 4.567, rounded to 4.57, which we pay.
    closes.put(MON_9, new BigDecimal("45.67"));
    Trade t = euTrade(1, LIQUID, Side.SELL, "1000", MON_9);

    List<Penalty> penalties = penalties(open(t, "LACK"), List.of(), MON_9, MON_9);

    assertThat(penalties)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.failingQuantity()).isEqualByComparingTo("1000");
              assertThat(p.referencePrice()).isEqualByComparingTo("45.67");
              assertThat(p.rate()).isEqualByComparingTo("0.0001");
              assertThat(p.basis()).isEqualTo("liquid share");
              assertThat(p.amount()).isEqualTo(new BigDecimal("4.57"));
              assertThat(p.direction()).isEqualTo(PenaltyDirection.PAY);
              assertThat(p.currency()).isEqualTo(CurrencyCode.EUR);
            });
  }

  @Test
  void anIlliquidShareTheCounterpartyFailedToDeliverPaysUsHalfABasisPoint() {
    // We buy 2,000 SMLX; the seller lacks them (LACK) on Monday 9 November, close 12.34:
    // 2,000 × 12.34 × 0.00005 = 1.234, rounded to 1.23, which we receive.
    closes.put(MON_9, new BigDecimal("12.34"));
    Trade t = euTrade(2, ILLIQUID, Side.BUY, "2000", MON_9);

    List<Penalty> penalties = penalties(open(t, "LACK"), List.of(), MON_9, MON_9);

    assertThat(penalties)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rate()).isEqualByComparingTo("0.00005");
              assertThat(p.amount()).isEqualTo(new BigDecimal("1.23"));
              assertThat(p.direction()).isEqualTo(PenaltyDirection.RECEIVE);
            });
  }

  @Test
  void aLackOfCashIsChargedAtTheCentralBankRateWhateverTheInstrument() {
    // We buy 10,000 of a government-bond ETF and lack the cash (MONY) on Monday 9 November,
    // close 50.00, ECB marginal lending rate 2.40 %: 10,000 × 50.00 × 2.40 % ÷ 365
    // = 12,000 ÷ 365 = 32.8767…, rounded to 32.88, which we pay.
    closes.put(MON_9, new BigDecimal("50.00"));
    Trade t = euTrade(3, BOND_ETF, Side.BUY, "10000", MON_9);

    List<Penalty> penalties = penalties(open(t, "MONY"), List.of(), MON_9, MON_9);

    assertThat(penalties)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.basis()).isEqualTo("lack of cash");
              assertThat(p.rate()).isEqualByComparingTo("0.000065753425"); // 2.40 % ÷ 365
              assertThat(p.amount()).isEqualTo(new BigDecimal("32.88"));
              assertThat(p.direction()).isEqualTo(PenaltyDirection.PAY);
            });
  }

  @Test
  void aFailResolvedAfterNBusinessDaysAccruesExactlyNDailyPenaltiesOnWhatIsStillFailing() {
    // Intended Thursday 12 November; 400 settle on Friday 13, the other 600 on Tuesday 17.
    // Failing at the end of Thu 12: 1,000; Fri 13: 600; the weekend is not charged; Mon 16: 600;
    // nothing on Tue 17. Three business days late, three penalties (liquid share, 1 bp):
    // Thu 1,000 × 40.00 × 0.0001 = 4.00; Fri 600 × 41.00 × 0.0001 = 2.46;
    // Mon 600 × 42.50 × 0.0001 = 2.55. Total 9.01.
    closes.put(THU_12, new BigDecimal("40.00"));
    closes.put(FRI_13, new BigDecimal("41.00"));
    closes.put(MON_16, new BigDecimal("42.50"));
    closes.put(TUE_17, new BigDecimal("43.00"));
    Trade t = euTrade(4, LIQUID, Side.SELL, "1000", THU_12);
    int age =
        new SettlementDateCalculator(MarketCalendars.standard(2026, 2026))
            .businessDaysAfter(LIQUID.settlement().calendars(), THU_12, TUE_17);
    SettlementFail fail =
        new SettlementFail(
            t,
            THU_12,
            "LACK",
            age,
            SettlementFail.FailState.RESOLVED,
            TUE_17,
            new BigDecimal("1000"),
            "a.csv:2",
            null);
    List<SettledPart> parts = List.of(part(t, FRI_13, "400"), part(t, TUE_17, "600"));

    List<Penalty> penalties = penalties(fail, parts, LocalDate.of(2026, 11, 1), NOV_30);

    assertThat(age).isEqualTo(3);
    assertThat(penalties).hasSize(age);
    assertThat(penalties)
        .extracting(p -> p.date() + " " + p.failingQuantity().toPlainString() + " " + p.amount())
        .containsExactly("2026-11-12 1000 4.00", "2026-11-13 600 2.46", "2026-11-16 600 2.55");
    assertThat(penalties.stream().map(Penalty::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("9.01");
  }

  @Test
  void anOpenFailIsChargedEachBusinessDayUpToTheDateAskedAboutWithinThePeriod() {
    closes.put(THU_12, new BigDecimal("40.00"));
    Trade t = euTrade(5, LIQUID, Side.SELL, "1000", THU_12);

    // The latest close stands in on days without one.
    assertThat(penalties(open(t, "LACK"), List.of(), LocalDate.of(2026, 11, 1), TUE_17))
        .extracting(Penalty::date)
        .containsExactly(THU_12, FRI_13, MON_16, TUE_17);
    assertThat(penalties(open(t, "LACK"), List.of(), MON_16, MON_16))
        .extracting(Penalty::date)
        .containsExactly(MON_16);
  }

  @Test
  void aShareSettlingAtDtcAccruesNone() {
    closes.put(MON_9, new BigDecimal("100.00"));
    Trade us = trade(6, BOOK, ACME, CUSTODY, Side.SELL, "1000", "100.00", MON_9, MON_9);

    assertThat(penalties(open(us, "LACK"), List.of(), MON_9, NOV_30)).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void aTradeWithoutAnSsiIsNotGuessedButReported() {
    closes.put(MON_9, new BigDecimal("100.00"));
    Instrument gbp =
        new Instrument(
            new InstrumentId(13),
            "GBPX",
            "Sterling share",
            AssetClass.EQUITY,
            Isin.parse("GB0002634946"),
            new Mic("XLON"),
            CurrencyCode.GBP,
            null,
            "",
            "GB",
            SettlementConvention.of(2, MarketCalendars.XLON));
    PenaltyCalculator withGbp =
        new PenaltyCalculator(
            Map.of(gbp.id(), gbp),
            MarketCalendars.standard(2026, 2026),
            (i, d) -> Optional.of(BigDecimal.TEN),
            (i, d) -> PenaltyClass.LIQUID_SHARE,
            (c, d) -> Optional.empty(),
            c -> 2,
            trade ->
                PenaltyService.settlesInEuCsd(
                    new Obligations(Map.of(gbp.id(), gbp), new SsiResolver(List.of())),
                    trade,
                    problems));
    Trade t = trade(7, BOOK, gbp, CUSTODY, Side.SELL, "10", "10", MON_9, MON_9);

    assertThat(withGbp.penalties(open(t, "LACK"), List.of(), MON_9, MON_9, problems)).isEmpty();
    assertThat(problems).singleElement().asString().contains("T00000007", "no SSI");
  }

  @Test
  void whoPaysFollowsTheReasonAndOurSide() {
    assertThat(PenaltyCalculator.direction(Side.SELL, "LACK")).isEqualTo(PenaltyDirection.PAY);
    assertThat(PenaltyCalculator.direction(Side.BUY, "LACK")).isEqualTo(PenaltyDirection.RECEIVE);
    assertThat(PenaltyCalculator.direction(Side.BUY, "MONY")).isEqualTo(PenaltyDirection.PAY);
    assertThat(PenaltyCalculator.direction(Side.SELL, "MONY")).isEqualTo(PenaltyDirection.RECEIVE);
    assertThat(PenaltyCalculator.direction(Side.SELL, "CMIS")).isEqualTo(PenaltyDirection.RECEIVE);
    assertThat(PenaltyCalculator.direction(Side.BUY, "CMIS")).isEqualTo(PenaltyDirection.RECEIVE);
  }

  @Test
  void theEuroRateIsTheEcbMarginalLendingRateInForceThatDay() {
    CentralBankRates rates = new CentralBankRates();
    assertThat(rates.annualPercent(CurrencyCode.EUR, LocalDate.of(2024, 9, 17)))
        .contains(new BigDecimal("4.50"));
    assertThat(rates.annualPercent(CurrencyCode.EUR, LocalDate.of(2024, 9, 18)))
        .contains(new BigDecimal("3.90"));
    assertThat(rates.annualPercent(CurrencyCode.GBP, LocalDate.of(2024, 9, 18))).isEmpty();
  }

  @Test
  void monthlyTotalsNetWhatWeReceiveAgainstWhatWePay() {
    closes.put(MON_9, new BigDecimal("45.67"));
    List<Penalty> all = new ArrayList<>();
    all.addAll(
        penalties(
            open(euTrade(8, LIQUID, Side.SELL, "1000", MON_9), "LACK"),
            List.of(),
            MON_9,
            MON_9)); // we pay 4.57
    closes.put(MON_9, new BigDecimal("12.34"));
    all.addAll(
        penalties(
            open(euTrade(9, ILLIQUID, Side.BUY, "2000", MON_9), "LACK"),
            List.of(),
            MON_9,
            MON_9)); // we receive 1.23

    assertThat(PenaltyTotals.byCounterparty(all))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.counterparty()).isEqualTo(BROKER);
              assertThat(t.fails()).isEqualTo(2);
              assertThat(t.days()).isEqualTo(2);
              assertThat(t.paid()).isEqualByComparingTo("4.57");
              assertThat(t.received()).isEqualByComparingTo("1.23");
              assertThat(t.net()).isEqualByComparingTo("-3.34");
            });
  }

  private List<Penalty> penalties(
      SettlementFail fail, List<SettledPart> parts, LocalDate from, LocalDate to) {
    return calculator.penalties(fail, parts, from, to, problems);
  }

  static Trade euTrade(long id, Instrument i, Side side, String quantity, LocalDate settles) {
    return trade(id, BOOK, i, CUSTODY, side, quantity, "1", settles.minusDays(3), settles);
  }

  static SettlementFail open(Trade t, String reason) {
    return new SettlementFail(
        t,
        t.settlementDate(),
        reason,
        0,
        SettlementFail.FailState.OPEN,
        null,
        BigDecimal.ZERO,
        "a.csv:2",
        null);
  }

  static SettledPart part(Trade t, LocalDate on, String quantity) {
    return new SettledPart(t.id(), on, new BigDecimal(quantity), BigDecimal.ONE, "a.csv:3", null);
  }

  static Instrument share(long id, String symbol, String isin) {
    return new Instrument(
        new InstrumentId(id),
        symbol,
        symbol + " AG",
        AssetClass.EQUITY,
        Isin.parse(isin),
        new Mic("XETR"),
        CurrencyCode.EUR,
        null,
        "Industrials",
        "DE",
        SettlementConvention.of(2, MarketCalendars.TARGET));
  }

  static Ssi ssi(long id, AssetClass assetClass, CurrencyCode currency, String csd) {
    return new Ssi(
        new SsiId(id),
        "SSI-" + id,
        BROKER,
        assetClass,
        currency,
        "",
        Bic.parse(csd),
        CUSTODY.id(),
        (currency.equals(CurrencyCode.EUR) ? CASH_EUR : CASH_USD).id(),
        Bic.parse("GSXXDEFF"),
        "ACC-" + id,
        false);
  }
}
