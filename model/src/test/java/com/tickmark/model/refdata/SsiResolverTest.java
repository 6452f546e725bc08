package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.refdata.report.CatalogFixture;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which standing settlement instruction a trade settles on. */
class SsiResolverTest {
  static final Instrument AAPL = CatalogFixture.AAPL;
  static final Instrument SAP = CatalogFixture.SAP;
  static final Instrument EURUSD = CatalogFixture.EURUSD;
  static final CounterpartyId GSX = new CounterpartyId(1);
  static final CounterpartyId LWB = new CounterpartyId(2);
  static final AccountId CUST_US = new AccountId(6);
  static final AccountId CUST_EU = new AccountId(7);
  static final AccountId CASH_USD = new AccountId(8);
  static final AccountId CASH_EUR = new AccountId(9);
  static final AccountId CASH_GBP = new AccountId(10);

  /** A UCITS ETF domiciled in Ireland, listed on NYSE Arca: it settles in the US. */
  static final Instrument IRISH_ETF =
      new Instrument(
          new InstrumentId(2),
          "NFTM",
          "Northfield Total Market UCITS ETF",
          AssetClass.ETF,
          Isin.withCheckDigit("IE00BNFTM00"),
          new Mic("ARCX"),
          CurrencyCode.USD,
          null,
          "Index",
          "IE",
          SettlementConvention.of(1, "XNYS"));

  static Ssi equity(long id, String code, CounterpartyId cp, String country, CurrencyCode ccy) {
    return securities(id, code, cp, AssetClass.EQUITY, country, ccy);
  }

  static Ssi securities(
      long id,
      String code,
      CounterpartyId cp,
      AssetClass assetClass,
      String country,
      CurrencyCode ccy) {
    boolean us = ccy.equals(CurrencyCode.USD);
    return new Ssi(
        new SsiId(id),
        code,
        cp,
        assetClass,
        ccy,
        country,
        new Bic(us ? "DTCYUS33" : "DAKVDEFF"),
        us ? CUST_US : CUST_EU,
        us ? CASH_USD : CASH_EUR,
        new Bic(us ? "GSXXUS33" : "MKCLDEFF"),
        "SAFE-" + id,
        false);
  }

  static Ssi fx(long id, String code, CounterpartyId cp, CurrencyCode ccy) {
    return new Ssi(
        new SsiId(id),
        code,
        cp,
        AssetClass.FX_SPOT,
        ccy,
        "",
        null,
        null,
        ccy.equals(CurrencyCode.USD)
            ? CASH_USD
            : ccy.equals(CurrencyCode.EUR) ? CASH_EUR : CASH_GBP,
        new Bic("GSXXUS33"),
        "ACC-" + id,
        false);
  }

  static String code(Optional<Ssi> ssi) {
    return ssi.map(Ssi::code).orElse("(none)");
  }

  @Test
  void theMarketsOwnSsiBeatsOneForAnyMarketWhateverTheirOrder() {
    Ssi any = equity(1, "GSX-EQ-ANY", GSX, "", CurrencyCode.USD);
    Ssi us = equity(2, "GSX-EQ-US", GSX, "US", CurrencyCode.USD);

    assertThat(code(new SsiResolver(List.of(any, us)).resolve(GSX, AAPL, CurrencyCode.USD)))
        .isEqualTo("GSX-EQ-US");
    assertThat(code(new SsiResolver(List.of(us, any)).resolve(GSX, AAPL, CurrencyCode.USD)))
        .isEqualTo("GSX-EQ-US");
    assertThat(code(new SsiResolver(List.of(any)).resolve(GSX, AAPL, CurrencyCode.USD)))
        .as("no US one: the one for any market")
        .isEqualTo("GSX-EQ-ANY");
  }

  @Test
  void noSsiForTheCounterpartyCurrencyOrMarketIsNoAnswerNotAGuess() {
    SsiResolver resolver =
        new SsiResolver(
            List.of(
                equity(1, "LWB-EQ-US", LWB, "US", CurrencyCode.USD),
                equity(2, "GSX-EQ-GB", GSX, "GB", CurrencyCode.USD),
                equity(3, "GSX-EQ-US-EUR", GSX, "US", CurrencyCode.EUR),
                fx(4, "GSX-FX-USD", GSX, CurrencyCode.USD)));

    assertThat(resolver.resolve(GSX, AAPL, CurrencyCode.USD)).isEmpty();
  }

  @Test
  void aRetiredSsiIsNeverPicked() {
    Ssi us = equity(1, "GSX-EQ-US", GSX, "US", CurrencyCode.USD);
    Ssi any = equity(2, "GSX-EQ-ANY", GSX, "", CurrencyCode.USD);

    assertThat(new SsiResolver(List.of(us.withRetired(true))).resolve(GSX, AAPL, CurrencyCode.USD))
        .isEmpty();
    assertThat(
            code(
                new SsiResolver(List.of(us.withRetired(true), any))
                    .resolve(GSX, AAPL, CurrencyCode.USD)))
        .isEqualTo("GSX-EQ-ANY");
  }

  @Test
  void anEtfSettlesWhereItIsListedOnTheEquitySsiUnlessItHasItsOwn() {
    Ssi equityUs = equity(1, "GSX-EQ-US", GSX, "US", CurrencyCode.USD);
    Ssi equityIe = equity(2, "GSX-EQ-IE", GSX, "IE", CurrencyCode.USD);
    Ssi etfUs = securities(3, "GSX-ETF-US", GSX, AssetClass.ETF, "US", CurrencyCode.USD);
    Ssi etfAny = securities(4, "GSX-ETF-ANY", GSX, AssetClass.ETF, "", CurrencyCode.USD);

    assertThat(SsiResolver.marketCountry(IRISH_ETF)).isEqualTo("US");
    assertThat(
            code(
                new SsiResolver(List.of(equityUs, equityIe))
                    .resolve(GSX, IRISH_ETF, CurrencyCode.USD)))
        .isEqualTo("GSX-EQ-US");
    assertThat(
            code(
                new SsiResolver(List.of(equityUs, etfUs))
                    .resolve(GSX, IRISH_ETF, CurrencyCode.USD)))
        .as("its own asset class beats the equity one")
        .isEqualTo("GSX-ETF-US");
    assertThat(
            code(
                new SsiResolver(List.of(etfAny, equityUs))
                    .resolve(GSX, IRISH_ETF, CurrencyCode.USD)))
        .as("the market counts first")
        .isEqualTo("GSX-EQ-US");
    assertThat(new SsiResolver(List.of(etfUs)).resolve(GSX, AAPL, CurrencyCode.USD))
        .as("an ETF SSI does not serve shares")
        .isEmpty();
  }

  @Test
  void theMarketIsTheListingVenuesCountryElseTheInstrumentsAndNoneForFx() {
    assertThat(SsiResolver.marketCountry(SAP)).isEqualTo("DE");
    Instrument offVenue =
        new Instrument(
            new InstrumentId(5),
            "OTC1",
            "Off venue plc",
            AssetClass.EQUITY,
            Isin.withCheckDigit("GB00OTC0000"),
            Mic.XOFF,
            CurrencyCode.GBP,
            null,
            "",
            "GB",
            SettlementConvention.of(2, "XLON"));
    assertThat(SsiResolver.marketCountry(offVenue)).isEqualTo("GB");
    assertThat(SsiResolver.marketCountry(EURUSD)).isEmpty();
  }

  @Test
  void anFxTradeSettlesEachCurrencyOnItsOwnSsi() {
    SsiResolver resolver =
        new SsiResolver(
            List.of(
                fx(1, "GSX-FX-USD", GSX, CurrencyCode.USD),
                fx(2, "GSX-FX-EUR", GSX, CurrencyCode.EUR),
                equity(3, "GSX-EQ-ANY-EUR", GSX, "", CurrencyCode.EUR)));

    assertThat(SsiResolver.settlementCurrencies(EURUSD))
        .containsExactly(CurrencyCode.EUR, CurrencyCode.USD);
    assertThat(code(resolver.resolve(GSX, EURUSD, CurrencyCode.EUR))).isEqualTo("GSX-FX-EUR");
    assertThat(code(resolver.resolve(GSX, EURUSD, CurrencyCode.USD))).isEqualTo("GSX-FX-USD");
    assertThat(code(resolver.resolve(GSX, SAP, CurrencyCode.EUR)))
        .as("an FX SSI serves no securities")
        .isEqualTo("GSX-EQ-ANY-EUR");
    assertThatThrownBy(() -> resolver.resolve(GSX, EURUSD, CurrencyCode.GBP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EURUSD settles in [EUR, USD], not in GBP");
  }

  @Test
  void twoEquallySpecificSsisAreNoAnswerAndAreFoundBySameScope() {
    Ssi one = equity(1, "GSX-EQ-US", GSX, "US", CurrencyCode.USD);
    Ssi two = equity(2, "GSX-EQ-US-2", GSX, "US", CurrencyCode.USD);

    assertThat(new SsiResolver(List.of(one, two)).resolve(GSX, AAPL, CurrencyCode.USD)).isEmpty();
    assertThat(SsiResolver.sameScope(two, List.of(one, two))).contains(one);
    assertThat(SsiResolver.sameScope(two, List.of(one.withRetired(true), two))).isEmpty();
    assertThat(
            SsiResolver.sameScope(
                two, List.of(equity(3, "GSX-EQ-ANY", GSX, "", CurrencyCode.USD), two)))
        .as("different specificity: no tie")
        .isEmpty();
  }

  @Test
  void anEuCsdIsOneWhoseBicNamesAMemberState() {
    assertThat(equity(1, "A", GSX, "DE", CurrencyCode.EUR).settlesInEuCsd()).isTrue();
    assertThat(equity(2, "B", GSX, "US", CurrencyCode.USD).settlesInEuCsd()).isFalse();
    assertThat(Ssi.isEuCsd(new Bic("SICVFRPP"))).isTrue();
    assertThat(Ssi.isEuCsd(new Bic("NECINL2A"))).isTrue();
    assertThat(Ssi.isEuCsd(new Bic("CRSTGB22"))).as("CREST: the UK left the EU").isFalse();
    assertThat(Ssi.isEuCsd(new Bic("INSECHZZ"))).as("SIX SIS, Switzerland").isFalse();
    assertThat(Ssi.isEuCsd(new Bic("MOTIITMM"))).isTrue();
    assertThat(fx(3, "C", GSX, CurrencyCode.EUR).settlesInEuCsd()).isFalse();
    assertThat(Ssi.EU_COUNTRIES).hasSize(27);
  }

  @Test
  void aSecuritiesSsiNeedsAPlaceOfSettlementAndCustodyAccountAndAnFxOneHasNeither() {
    assertThatThrownBy(
            () ->
                new Ssi(
                    new SsiId(1),
                    "X",
                    GSX,
                    AssetClass.EQUITY,
                    CurrencyCode.USD,
                    "US",
                    null,
                    CUST_US,
                    CASH_USD,
                    new Bic("GSXXUS33"),
                    "1",
                    false))
        .hasMessage("SSI X needs a place of settlement");
    assertThatThrownBy(
            () ->
                new Ssi(
                    new SsiId(1),
                    "Y",
                    GSX,
                    AssetClass.FX_SPOT,
                    CurrencyCode.USD,
                    "US",
                    null,
                    null,
                    CASH_USD,
                    new Bic("GSXXUS33"),
                    "1",
                    false))
        .hasMessageContaining("settles cash only");
  }
}
