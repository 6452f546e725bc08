package com.tickmark.model.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class MarketDataServiceTest {
  static final Actor VIEWER = new Actor(new UserId(1), "vera", Set.of(Role.VIEWER));
  static final Actor NO_ROLE = new Actor(new UserId(2), "nobody", Set.of());
  static final CurrencyCode JPY = new CurrencyCode("JPY");
  static final LocalDate DAY = LocalDate.of(2025, 11, 20);

  /** Prices and rates held in memory; the store answers only the instrument or pair asked for. */
  public static final class InMemoryStore implements MarketDataStore {
    final List<FxRate> rates;
    final List<Price> prices;

    public InMemoryStore(List<FxRate> rates, List<Price> prices) {
      this.rates = rates;
      this.prices = prices;
    }

    @Override
    public List<Price> priceHistory(InstrumentId instrument, LocalDate from, LocalDate to) {
      return prices.stream()
          .filter(p -> p.instrumentId().equals(instrument))
          .filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to))
          .toList();
    }

    @Override
    public List<FxRate> fxHistory(
        CurrencyCode base, CurrencyCode quote, LocalDate from, LocalDate to) {
      return rates.stream()
          .filter(r -> r.base().equals(base) && r.quote().equals(quote))
          .filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to))
          .toList();
    }

    @Override
    public List<String> fxPairs() {
      return rates.stream().map(FxRate::pair).sorted().distinct().toList();
    }
  }

  final MarketDataService service =
      new MarketDataService(
          new InMemoryStore(
              List.of(
                  new FxRate(DAY, CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.08")),
                  new FxRate(DAY, CurrencyCode.USD, JPY, new BigDecimal("151.2")),
                  new FxRate(DAY, CurrencyCode.EUR, CurrencyCode.GBP, new BigDecimal("0.86"))),
              List.of(new Price(new InstrumentId(7), DAY, new BigDecimal("211.5"), 1_000))));

  @Test
  void readsTheWholeStoredHistoryOfAnInstrumentAndAPair() {
    assertThat(service.prices(VIEWER, new InstrumentId(7))).hasSize(1);
    assertThat(service.fxRates(VIEWER, FxPair.parse("EUR/USD")))
        .extracting(FxRate::rate)
        .containsExactly(new BigDecimal("1.08"));
  }

  @Test
  void namesThePairsThatHaveRatesAsTypedPairs() {
    assertThat(service.fxPairs(VIEWER))
        .containsExactly(FxPair.parse("EUR/GBP"), FxPair.parse("EUR/USD"), FxPair.parse("USD/JPY"));
  }

  @Test
  void ratesAgainstACurrencyAreThoseOfEveryPairWithItOnEitherSide() {
    assertThat(service.fxRatesAgainst(VIEWER, CurrencyCode.USD))
        .extracting(FxRate::pair)
        .containsExactlyInAnyOrder("EUR/USD", "USD/JPY");
  }

  @Test
  void refusesAUserWhoMayNotSeeTheFirmsData() {
    assertThatThrownBy(() -> service.prices(NO_ROLE, new InstrumentId(7)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.fxPairs(NO_ROLE)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.fxRates(NO_ROLE, FxPair.parse("EUR/USD")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.fxRatesAgainst(NO_ROLE, CurrencyCode.USD))
        .isInstanceOf(AccessDeniedException.class);
  }
}
