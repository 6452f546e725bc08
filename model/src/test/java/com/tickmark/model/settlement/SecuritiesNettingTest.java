package com.tickmark.model.settlement;

import static com.tickmark.model.settlement.SettlementFixtures.ACME;
import static com.tickmark.model.settlement.SettlementFixtures.CASH_EUR;
import static com.tickmark.model.settlement.SettlementFixtures.CUSTODY;
import static com.tickmark.model.settlement.SettlementFixtures.EURUSD;
import static com.tickmark.model.settlement.SettlementFixtures.MON;
import static com.tickmark.model.settlement.SettlementFixtures.TUE;
import static com.tickmark.model.settlement.SettlementFixtures.WED;
import static com.tickmark.model.settlement.SettlementFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.settlement.Obligation.CashLeg;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecuritiesNettingTest {
  static final CounterpartyId BROKER = ObligationsTest.BROKER;
  static final CounterpartyId OTHER_BROKER = new CounterpartyId(8);
  static final AccountId OTHER_CUSTODY = new AccountId(4);
  static final Ssi SSI = ObligationsTest.US_EQUITY;

  /** A Tokyo share: Tickmark knows no netting for XTKS, so it settles gross. */
  static final Instrument TOYOTA =
      new Instrument(
          new InstrumentId(3),
          "7203",
          "Toyota Motor",
          AssetClass.EQUITY,
          Isin.parse("JP3633400001"),
          new Mic("XTKS"),
          CurrencyCode.USD,
          null,
          "Autos",
          "JP",
          SettlementConvention.of(2, "XNYS"));

  static final Map<InstrumentId, Instrument> INSTRUMENTS =
      Map.of(ACME.id(), ACME, EURUSD.id(), EURUSD, TOYOTA.id(), TOYOTA);

  private long nextId = 1;

  /** An obligation against payment of {@code quantity} at 10 a share. */
  private Obligation obligation(
      Instrument instrument,
      Side side,
      String quantity,
      AccountId account,
      CounterpartyId counterparty,
      LocalDate date,
      Ssi ssi) {
    BigDecimal q = new BigDecimal(quantity);
    BigDecimal cash = q.multiply(BigDecimal.TEN).multiply(BigDecimal.valueOf(-side.sign()));
    long id = nextId++;
    return new Obligation(
        new TradeId(id),
        "E" + id,
        ObligationsTest.BOOK,
        counterparty,
        instrument.id(),
        side,
        side == Side.BUY ? SettlementType.RVP : SettlementType.DVP,
        q,
        account,
        date,
        ssi == null ? null : ssi.placeOfSettlement(),
        ssi,
        List.of(new CashLeg(CurrencyCode.USD, cash, ssi == null ? null : ssi.cashAccount())));
  }

  private Obligation acme(Side side, String quantity) {
    return obligation(ACME, side, quantity, CUSTODY.id(), BROKER, TUE, SSI);
  }

  @Test
  void buysAndSellsOfOneInstrumentInOneAccountOnOneDateNetToTheDifference() {
    List<Obligation> all =
        List.of(acme(Side.BUY, "100"), acme(Side.SELL, "30"), acme(Side.SELL, "50"));

    List<SecuritiesNettingSet> sets = Netting.securities(all, INSTRUMENTS);

    assertThat(sets).hasSize(1);
    SecuritiesNettingSet set = sets.get(0);
    assertThat(set.netted()).isTrue();
    assertThat(set.members()).containsExactlyElementsOf(all);
    assertThat(set.receive()).isEqualByComparingTo("100");
    assertThat(set.deliver()).isEqualByComparingTo("80");
    assertThat(set.net()).isEqualByComparingTo("20"); // one receipt of 20 shares
    assertThat(set.cash()).isEqualByComparingTo("-200"); // against paying 1,000 - 300 - 500
    assertThat(set.account()).isEqualTo(CUSTODY.id());
    assertThat(set.settlementDate()).isEqualTo(TUE);
  }

  @Test
  void otherAccountsDatesAndCounterpartiesDoNotNetTogether() {
    List<Obligation> all =
        List.of(
            acme(Side.BUY, "100"),
            acme(Side.SELL, "30"),
            obligation(ACME, Side.SELL, "40", OTHER_CUSTODY, BROKER, TUE, SSI),
            obligation(ACME, Side.SELL, "10", CUSTODY.id(), BROKER, WED, SSI),
            obligation(ACME, Side.SELL, "5", CUSTODY.id(), OTHER_BROKER, TUE, SSI));

    List<SecuritiesNettingSet> sets = Netting.securities(all, INSTRUMENTS);

    assertThat(sets)
        .extracting(
            s -> s.account().value(),
            s -> s.counterparty().value(),
            SecuritiesNettingSet::settlementDate,
            s -> s.net().intValueExact(),
            s -> s.members().size())
        .containsExactly(
            tuple(1L, 8L, TUE, -5, 1),
            tuple(1L, 9L, TUE, 70, 2),
            tuple(4L, 9L, TUE, -40, 1),
            tuple(1L, 9L, WED, -10, 1));
    assertThat(sets).allMatch(SecuritiesNettingSet::netted);
  }

  @Test
  void aMarketThatDoesNotNetIsLeftGrossOneSetPerObligation() {
    Obligation buy = obligation(TOYOTA, Side.BUY, "100", CUSTODY.id(), BROKER, TUE, SSI);
    Obligation sell = obligation(TOYOTA, Side.SELL, "60", CUSTODY.id(), BROKER, TUE, SSI);

    List<SecuritiesNettingSet> sets = Netting.securities(List.of(buy, sell), INSTRUMENTS);

    assertThat(sets)
        .extracting(SecuritiesNettingSet::netted, s -> s.net().intValueExact(), s -> s.members())
        .containsExactly(tuple(false, 100, List.of(buy)), tuple(false, -60, List.of(sell)));
  }

  @Test
  void anObligationWithoutAnSsiOrFreeOfPaymentStaysGrossBesideItsNettedSet() {
    Obligation buy = acme(Side.BUY, "100");
    Obligation sell = acme(Side.SELL, "30");
    Obligation noSsi = obligation(ACME, Side.SELL, "7", CUSTODY.id(), BROKER, TUE, null);
    Obligation free = acme(Side.SELL, "3");
    Obligation freeDelivery =
        new Obligation(
            free.trade(),
            free.reference(),
            free.book(),
            free.counterparty(),
            free.instrument(),
            free.side(),
            SettlementType.DFP,
            free.quantity(),
            free.deliveryAccount(),
            free.intendedDate(),
            free.placeOfSettlement(),
            free.ssi(),
            free.cashLegs());

    List<SecuritiesNettingSet> sets =
        Netting.securities(List.of(buy, noSsi, sell, freeDelivery), INSTRUMENTS);

    assertThat(sets)
        .extracting(SecuritiesNettingSet::netted, s -> s.net().intValueExact())
        .containsExactly(tuple(true, 70), tuple(false, -7), tuple(false, -3));
  }

  @Test
  void fxSpotHasNoSecuritiesToNet() {
    Obligation fx =
        ObligationsTest.obligations(ObligationsTest.FX_USD, ObligationsTest.FX_EUR)
            .of(trade(1, ObligationsTest.BOOK, EURUSD, CASH_EUR, Side.BUY, "1000", "1.1", MON, WED))
            .orElseThrow();

    assertThat(Netting.securities(List.of(fx, acme(Side.BUY, "1")), INSTRUMENTS))
        .extracting(s -> s.instrument())
        .containsExactly(ACME.id());
  }
}
