package com.tickmark.model.settlement;

import static com.tickmark.model.settlement.SettlementFixtures.ACME;
import static com.tickmark.model.settlement.SettlementFixtures.CASH_EUR;
import static com.tickmark.model.settlement.SettlementFixtures.CASH_USD;
import static com.tickmark.model.settlement.SettlementFixtures.CUSTODY;
import static com.tickmark.model.settlement.SettlementFixtures.EURUSD;
import static com.tickmark.model.settlement.SettlementFixtures.MON;
import static com.tickmark.model.settlement.SettlementFixtures.TUE;
import static com.tickmark.model.settlement.SettlementFixtures.WED;
import static com.tickmark.model.settlement.SettlementFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.SsiId;
import com.tickmark.model.refdata.SsiResolver;
import com.tickmark.model.settlement.Obligation.CashLeg;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class ObligationsTest {
  static final BookId BOOK = new BookId(1);
  static final CounterpartyId BROKER = new CounterpartyId(9); // the test trades' counterparty
  static final Ssi US_EQUITY =
      new Ssi(
          new SsiId(1),
          "GSX-EQ-US",
          BROKER,
          AssetClass.EQUITY,
          CurrencyCode.USD,
          "US",
          Bic.parse("DTCYUS33"),
          CUSTODY.id(),
          CASH_USD.id(),
          Bic.parse("GSXXUS33"),
          "DTC 0005",
          false);
  static final Ssi FX_USD =
      new Ssi(
          new SsiId(2),
          "GSX-FX-USD",
          BROKER,
          AssetClass.FX_SPOT,
          CurrencyCode.USD,
          "",
          null,
          null,
          CASH_USD.id(),
          Bic.parse("GSXXUS33"),
          "US000111",
          false);
  static final Ssi FX_EUR =
      new Ssi(
          new SsiId(3),
          "GSX-FX-EUR",
          BROKER,
          AssetClass.FX_SPOT,
          CurrencyCode.EUR,
          "",
          null,
          null,
          CASH_EUR.id(),
          Bic.parse("GSXXDEFF"),
          "DE000222",
          false);

  static Obligations obligations(Ssi... ssis) {
    Map<com.tickmark.model.refdata.InstrumentId, Instrument> instruments =
        Map.of(ACME.id(), ACME, EURUSD.id(), EURUSD);
    return new Obligations(instruments, new SsiResolver(List.of(ssis)));
  }

  static Trade acme(long id, Side side, String quantity, String price) {
    return trade(id, BOOK, ACME, CUSTODY, side, quantity, price, MON, TUE);
  }

  @Test
  void aShareBuyIsReceivedAgainstPaymentByItsSsi() {
    Obligation o = obligations(US_EQUITY).of(acme(1, Side.BUY, "200", "10.50")).orElseThrow();

    assertThat(o.type()).isEqualTo(SettlementType.RVP);
    assertThat(o.type().message()).isEqualTo("MT541");
    assertThat(o.quantity()).isEqualByComparingTo("200");
    assertThat(o.intendedDate()).isEqualTo(TUE);
    assertThat(o.placeOfSettlement().value()).isEqualTo("DTCYUS33");
    assertThat(o.ssi()).isEqualTo(US_EQUITY);
    assertThat(o.deliveryAccount()).isEqualTo(CUSTODY.id());
    assertThat(o.cashLegs())
        .containsExactly(new CashLeg(CurrencyCode.USD, new BigDecimal("-2100.00"), CASH_USD.id()));
  }

  @Test
  void aTradeWithoutAnApplicableSsiIsFlaggedNotGuessed() {
    Obligation o = obligations(FX_USD).of(acme(1, Side.SELL, "200", "10")).orElseThrow();

    assertThat(o.missingSsi()).isTrue();
    assertThat(o.type()).isEqualTo(SettlementType.DVP);
    assertThat(o.placeOfSettlement()).isNull();
    assertThat(o.cash().account()).isNull();
    assertThat(o.cash().amount()).isEqualByComparingTo("2000");
  }

  @Test
  void anFxTradeSettlesBothCurrenciesEachByItsOwnSsi() {
    Trade buyEuros = trade(1, BOOK, EURUSD, CASH_EUR, Side.BUY, "1000000", "1.085", MON, WED);
    Obligation o = obligations(FX_USD, FX_EUR).of(buyEuros).orElseThrow();

    assertThat(o.type()).isEqualTo(SettlementType.PVP);
    assertThat(o.cashLegs())
        .containsExactly(
            new CashLeg(CurrencyCode.EUR, new BigDecimal("1000000"), CASH_EUR.id()),
            new CashLeg(CurrencyCode.USD, new BigDecimal("-1085000.000"), CASH_USD.id()));
    assertThat(o.missingSsi()).isFalse();

    assertThat(obligations(FX_USD).of(buyEuros).orElseThrow().missingSsi())
        .as("the euro leg has no SSI")
        .isTrue();
  }

  @Test
  void aCancelledTradeHasNoObligationAndAnAmendedOneTheNewTerms() {
    Trade t = acme(1, Side.BUY, "200", "10");
    assertThat(obligations(US_EQUITY).of(t.asVersion(2, TradeStatus.CANCELLED))).isEmpty();
  }

  @Test
  void cashNetsPerCounterpartyCurrencyAndValueDate() {
    Obligations builder = obligations(US_EQUITY, FX_USD, FX_EUR);
    List<Obligation> all =
        builder.of(
            List.of(
                acme(1, Side.BUY, "100", "10"), // pays 1,000 USD on Tuesday
                acme(2, Side.SELL, "30", "10"), // receives 300 USD on Tuesday
                acme(3, Side.SELL, "50", "10"), // receives 500 USD on Tuesday
                trade(4, BOOK, EURUSD, CASH_EUR, Side.SELL, "1000", "1.1", MON, TUE)));

    List<NettingSet> sets = Netting.cash(all);

    assertThat(sets)
        .extracting(s -> s.currency().code(), s -> s.members().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EUR", 1),
            org.assertj.core.groups.Tuple.tuple("USD", 4));
    NettingSet usd = sets.get(1);
    assertThat(usd.pay()).isEqualByComparingTo("1000");
    assertThat(usd.receive()).isEqualByComparingTo("1900"); // 300 + 500 + 1,100 from the FX sale
    assertThat(usd.net()).isEqualByComparingTo("900");
    assertThat(sets.get(0).net()).isEqualByComparingTo("-1000");
  }

  @Test
  void anObligationIsPendingThenFailedUntilAllOfItSettlesAndOnlyAFailedOneHasAnAge() {
    Obligation o = obligations(US_EQUITY).of(acme(1, Side.BUY, "200", "10")).orElseThrow();
    ToIntFunction<Obligation> threeDaysLate = x -> 3;

    assertThat(ObligationService.line(o, BigDecimal.ZERO, MON, threeDaysLate))
        .extracting(ObligationLine::status, ObligationLine::ageBusinessDays)
        .containsExactly(ObligationStatus.PENDING, 0);
    assertThat(ObligationService.line(o, new BigDecimal("50"), MON, threeDaysLate).status())
        .isEqualTo(ObligationStatus.PARTIALLY_SETTLED);
    ObligationLine failed = ObligationService.line(o, new BigDecimal("50"), TUE, threeDaysLate);
    assertThat(failed.status()).isEqualTo(ObligationStatus.FAILED);
    assertThat(failed.remaining()).isEqualByComparingTo("150");
    assertThat(failed.ageBusinessDays()).isEqualTo(3);
    assertThat(failed.agingBucket()).isEqualTo("3-5");
    assertThat(ObligationService.line(o, new BigDecimal("200"), TUE, threeDaysLate))
        .extracting(ObligationLine::status, ObligationLine::ageBusinessDays)
        .containsExactly(ObligationStatus.SETTLED, 0);
  }
}
