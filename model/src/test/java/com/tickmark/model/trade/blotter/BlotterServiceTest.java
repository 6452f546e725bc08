package com.tickmark.model.trade.blotter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.firm.FirmServiceTest;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.MarketDataService;
import com.tickmark.model.marketdata.MarketDataServiceTest;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BlotterServiceTest {
  static final Actor VIEWER = new Actor(new UserId(1), "vera", Set.of(Role.VIEWER));
  static final Actor NO_ROLE = new Actor(new UserId(2), "nobody", Set.of());
  static final LocalDate DAY = LocalDate.of(2025, 11, 20);
  static final CurrencyCode JPY = new CurrencyCode("JPY");

  final AtomicInteger sourcesMade = new AtomicInteger();

  BlotterService service(String baseCurrency) {
    List<FxRate> rates =
        List.of(
            new FxRate(DAY, CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10")),
            new FxRate(DAY, CurrencyCode.EUR, CurrencyCode.GBP, new BigDecimal("0.85")),
            new FxRate(DAY, CurrencyCode.USD, JPY, new BigDecimal("150")));
    return new BlotterService(
        () -> {
          sourcesMade.incrementAndGet();
          return new NoTrades();
        },
        new ReferenceDataService(new NoReferenceData()),
        new MarketDataService(new MarketDataServiceTest.InMemoryStore(rates, List.of())),
        FirmServiceTest.firm("Northwind", baseCurrency, DAY, false));
  }

  @Test
  void totalsInUsdWhenTheWorkspaceNamesNoBaseCurrency() {
    BlotterReference reference = service(null).reference(VIEWER);
    assertThat(reference.reportingCurrency()).isEqualTo(CurrencyCode.USD);
    assertThat(reference.toBaseCents(new BigDecimal("100"), CurrencyCode.EUR, DAY))
        .isEqualTo(11_000);
    assertThat(reference.toBaseCents(new BigDecimal("1500"), JPY, DAY))
        .as("USD/JPY inverted")
        .isEqualTo(1_000);
    assertThat(reference.toBaseCents(new BigDecimal("100"), CurrencyCode.GBP, DAY))
        .as("no GBP/USD rate: EUR/GBP does not involve the reporting currency")
        .isEqualTo(BlotterReference.NO_RATE);
  }

  @Test
  void totalsInTheWorkspacesBaseCurrency() {
    BlotterReference reference = service("EUR").reference(VIEWER);
    assertThat(reference.reportingCurrency()).isEqualTo(CurrencyCode.EUR);
    assertThat(reference.toBaseCents(new BigDecimal("85"), CurrencyCode.GBP, DAY))
        .isEqualTo(10_000);
    assertThat(reference.toBaseCents(new BigDecimal("1500"), JPY, DAY))
        .isEqualTo(BlotterReference.NO_RATE);
  }

  @Test
  void eachCallerGetsItsOwnReaderOfTheTrades() {
    BlotterService service = service(null);
    assertThat(service.trades(VIEWER)).isNotSameAs(service.trades(VIEWER));
    assertThat(sourcesMade).hasValue(2);
  }

  @Test
  void refusesAUserWhoMayNotSeeTheFirmsData() {
    BlotterService service = service(null);
    assertThatThrownBy(() -> service.trades(NO_ROLE)).isInstanceOf(AccessDeniedException.class);
    assertThat(sourcesMade).as("no reader made for a refused user").hasValue(0);
    assertThatThrownBy(() -> service.reference(NO_ROLE)).isInstanceOf(AccessDeniedException.class);
  }

  private static final class NoTrades implements BlotterSource {
    @Override
    public List<BlotterTrade> newestBefore(long beforeId, int limit) {
      return List.of();
    }

    @Override
    public List<BlotterTrade> after(long afterId, int limit) {
      return List.of();
    }

    @Override
    public List<BlotterTrade> byIds(Collection<TradeId> ids) {
      return List.of();
    }

    @Override
    public int count() {
      return 0;
    }

    @Override
    public List<FixMessage> fixMessages(TradeId id) {
      return List.of();
    }
  }

  private static final class NoReferenceData implements ReferenceDataStore {
    @Override
    public List<Currency> currencies() {
      return List.of();
    }

    @Override
    public Map<String, HolidayCalendar> calendars() {
      return Map.of();
    }

    @Override
    public List<Strategy> strategies() {
      return List.of();
    }

    @Override
    public List<Book> books() {
      return List.of();
    }

    @Override
    public List<Counterparty> counterparties() {
      return List.of();
    }

    @Override
    public List<Instrument> instruments() {
      return List.of();
    }

    @Override
    public List<Account> accounts() {
      return List.of();
    }

    @Override
    public List<Ssi> ssis() {
      return List.of();
    }
  }
}
