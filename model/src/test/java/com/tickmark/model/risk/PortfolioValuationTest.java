package com.tickmark.model.risk;

import static com.tickmark.model.risk.RiskFixtures.EQUITIES;
import static com.tickmark.model.risk.RiskFixtures.EUR;
import static com.tickmark.model.risk.RiskFixtures.GBP;
import static com.tickmark.model.risk.RiskFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.position.Position;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.SettlementConvention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioValuationTest {
  private static final Instrument SAP =
      new Instrument(
          new InstrumentId(7),
          "SAP",
          "SAP SE",
          AssetClass.EQUITY,
          Isin.parse("DE0007164600"),
          Mic.XETR,
          EUR,
          null,
          "Technology",
          "DE",
          SettlementConvention.of(2, "XETR"));
  private static final Instrument EURUSD =
      new Instrument(
          new InstrumentId(8),
          "EUR/USD",
          "Euro / US dollar",
          AssetClass.FX_SPOT,
          null,
          null,
          USD,
          EUR,
          "",
          "",
          SettlementConvention.of(2, "XNYS"));
  private static final List<LocalDate> DAYS = RiskFixtures.businessDays(2);

  private static Position holding(long quantity) {
    BigDecimal q = BigDecimal.valueOf(quantity);
    return new Position(EQUITIES, SAP.id(), null, q, BigDecimal.ZERO, q, BigDecimal.ZERO);
  }

  @Test
  void listsThePricesOfTheInstrumentsAndEveryForeignCurrency() {
    assertThat(PortfolioValuation.factorsOf(List.of(SAP), List.of(USD, GBP), USD))
        .containsExactly(RiskFactor.price(SAP.id()), RiskFactor.fx(EUR), RiskFactor.fx(GBP));
  }

  @Test
  void valuesATradeDateHoldingAtTheLastCloseCarriedForwardAndTheDaysRate() {
    // SAP closed at €200 on the first day only; EUR/USD is 1.10 on the last day.
    MarketHistory history =
        MarketHistory.builder(USD, DAYS)
            .prices(SAP.id(), List.of(new Price(SAP.id(), DAYS.get(0), new BigDecimal("200"), 0)))
            .fxRates(EUR, List.of(new FxRate(DAYS.get(1), EUR, USD, new BigDecimal("1.10"))))
            .build();
    PortfolioValuation valuation = new PortfolioValuation(history);

    RiskPosition sap = valuation.security(holding(150), SAP, "GROWTH");

    assertThat(valuation.date()).isEqualTo(DAYS.get(1));
    assertThat(sap.marketValue()).isCloseTo(150 * 200 * 1.10, within(1e-9));
    assertThat(sap.strategy()).isEqualTo("GROWTH");
    assertThat(sap.sector()).isEqualTo("Technology");
    assertThat(valuation.cash(EQUITIES, EUR, 1_000).marketValue()).isCloseTo(1_100, within(1e-9));
    assertThat(valuation.cash(EQUITIES, USD, 1_000).marketValue()).isEqualTo(1_000);
  }

  @Test
  void refusesAHoldingWithoutAClose() {
    MarketHistory history =
        MarketHistory.builder(USD, DAYS)
            .prices(SAP.id(), List.of())
            .fxRates(EUR, List.of(new FxRate(DAYS.get(1), EUR, USD, new BigDecimal("1.10"))))
            .build();

    assertThatThrownBy(() -> new PortfolioValuation(history).security(holding(1), SAP, ""))
        .hasMessage("There is no close of SAP on or before " + DAYS.get(1));
  }

  @Test
  void sendsFxSpotToCash() {
    MarketHistory history = MarketHistory.builder(USD, DAYS).build();

    assertThatThrownBy(
            () ->
                new PortfolioValuation(history)
                    .security(
                        new Position(
                            EQUITIES,
                            EURUSD.id(),
                            null,
                            BigDecimal.ONE,
                            BigDecimal.ONE,
                            BigDecimal.ZERO,
                            BigDecimal.ZERO),
                        EURUSD,
                        ""))
        .hasMessageContaining("value it as cash in EUR");
  }
}
