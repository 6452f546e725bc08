package com.tickmark.model.risk;

import static com.tickmark.model.risk.RiskFixtures.EQUITIES;
import static com.tickmark.model.risk.RiskFixtures.EUR;
import static com.tickmark.model.risk.RiskFixtures.MACRO;
import static com.tickmark.model.risk.RiskFixtures.USD;
import static com.tickmark.model.risk.RiskFixtures.portfolio;
import static com.tickmark.model.risk.RiskFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.InstrumentId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposuresTest {
  // $100,000 US tech; €50,000 × 1.2 = $60,000 German bank; short $40,000 tech ETF facing a broker;
  // €100,000 cash ($120,000) and $30,000 more of the bank in the macro book.
  private static final RiskPortfolio BOOKS =
      portfolio(
          position(EQUITIES, 1, AssetClass.EQUITY, "Technology", USD, 1_000, 100, 1),
          position(EQUITIES, 2, AssetClass.EQUITY, "Financials", EUR, 1_000, 50, 1.2),
          new RiskPosition(
              EQUITIES,
              new InstrumentId(3),
              "QQQ",
              AssetClass.ETF,
              "S1",
              "Technology",
              "US",
              "Broker A",
              USD,
              -400,
              100,
              1),
          RiskPosition.cash(MACRO, EUR, 100_000, 1.2),
          position(MACRO, 2, AssetClass.EQUITY, "Financials", EUR, 500, 50, 1.2));

  private final Exposures exposures = new Exposures(BOOKS);

  @Test
  void totalsLongShortNetAndGross() {
    Exposure firm = exposures.total();

    assertThat(firm.key()).isEqualTo("FIRM");
    assertThat(firm.positions()).isEqualTo(5);
    assertThat(firm.longValue()).isCloseTo(310_000, within(1e-6));
    assertThat(firm.shortValue()).isCloseTo(-40_000, within(1e-6));
    assertThat(firm.net()).isCloseTo(270_000, within(1e-6));
    assertThat(firm.gross()).isCloseTo(350_000, within(1e-6));
  }

  @Test
  void groupsBySectorLargestGrossFirstWithCashUnclassified() {
    List<Exposure> sectors = exposures.by(ExposureDimension.SECTOR);

    assertThat(sectors)
        .extracting(Exposure::key)
        .containsExactly("Technology", "(none)", "Financials");
    assertThat(sectors.get(0).net()).isCloseTo(60_000, within(1e-6));
    assertThat(sectors.get(0).gross()).isCloseTo(140_000, within(1e-6));
    assertThat(sectors.get(2).positions()).isEqualTo(2);
  }

  @Test
  void groupsByCurrencyAssetClassBookAndCounterparty() {
    assertThat(exposures.by(ExposureDimension.CURRENCY))
        .extracting(Exposure::key, Exposure::net)
        .containsExactly(tuple("EUR", 210_000.0), tuple("USD", 60_000.0));
    assertThat(exposures.by(ExposureDimension.ASSET_CLASS))
        .extracting(Exposure::key)
        .containsExactly("EQUITY", "CASH", "ETF");
    assertThat(exposures.by(ExposureDimension.BOOK))
        .extracting(Exposure::key)
        .containsExactly(EQUITIES.toString(), MACRO.toString());
    // Only the ETF faces a counterparty.
    assertThat(exposures.by(ExposureDimension.COUNTERPARTY))
        .singleElement()
        .satisfies(e -> assertThat(e.key()).isEqualTo("Broker A"))
        .satisfies(e -> assertThat(e.shortValue()).isCloseTo(-40_000, within(1e-6)));
  }

  @Test
  void ranksNamesByTheirNetValueOverAllBooksAsAShareOfGross() {
    List<Exposures.Concentration> top = exposures.topConcentrations(2);

    // The US stock: 100,000 of 350,000 gross = 28.6 %; then the bank, held in two books:
    // 60,000 + 30,000 = 90,000 = 25.7 %.
    assertThat(top).extracting(Exposures.Concentration::name).containsExactly("I1", "I2");
    assertThat(top.get(0).shareOfGross()).isCloseTo(100_000 / 350_000.0, within(1e-12));
    assertThat(top.get(1).marketValue()).isCloseTo(90_000, within(1e-6));
    assertThat(top.get(1).shareOfGross()).isCloseTo(90_000 / 350_000.0, within(1e-12));
  }
}
