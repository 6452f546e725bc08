package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.calendar.MarketCalendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettlementConventionsTest {
  private static final CurrencyCode CAD = CurrencyCode.of("CAD");

  @ParameterizedTest
  @ValueSource(strings = {"XNYS", "XNAS", "ARCX", "BATS", "XASE"})
  void usVenuesSettleTPlusOneOnTheNyseCalendar(String mic) {
    assertThat(SettlementConventions.forListing(new Mic(mic))).hasToString("T+1 XNYS");
  }

  @Test
  void londonSettlesTPlusTwoOnTheLondonCalendar() {
    assertThat(SettlementConventions.forListing(Mic.XLON)).hasToString("T+2 XLON");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XETR", "XPAR", "XAMS", "XMIL", "XMAD", "XBRU"})
  void euroVenuesSettleTPlusTwoOnTarget(String mic) {
    assertThat(SettlementConventions.forListing(new Mic(mic))).hasToString("T+2 TARGET");
  }

  @Test
  void unknownVenueIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> SettlementConventions.forListing(new Mic("XTKS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XTKS")
        .hasMessageContaining("XNYS");
    assertThatThrownBy(() -> SettlementConventions.forListing(Mic.XOFF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fxSpotIsTPlusTwoOnBothCurrenciesCalendarsInPairOrder() {
    assertThat(SettlementConventions.forFxSpot(CurrencyCode.EUR, CurrencyCode.USD))
        .hasToString("T+2 TARGET,USNY");
    assertThat(SettlementConventions.forFxSpot(CurrencyCode.GBP, CurrencyCode.USD))
        .hasToString("T+2 XLON,USNY");
    assertThat(SettlementConventions.forFxSpot(CurrencyCode.EUR, CurrencyCode.GBP))
        .hasToString("T+2 TARGET,XLON");
    assertThat(SettlementConventions.forFxSpot(CAD, CurrencyCode.EUR))
        .hasToString("T+2 CATO,TARGET");
  }

  @Test
  void usdCadIsTPlusOneInEitherOrder() {
    assertThat(SettlementConventions.forFxSpot(CurrencyCode.USD, CAD)).hasToString("T+1 USNY,CATO");
    assertThat(SettlementConventions.forFxSpot(CAD, CurrencyCode.USD)).hasToString("T+1 CATO,USNY");
  }

  @Test
  void fxPairWithUnknownCurrencyIsRejectedNamingIt() {
    assertThatThrownBy(
            () -> SettlementConventions.forFxSpot(CurrencyCode.USD, CurrencyCode.of("JPY")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JPY")
        .hasMessageContaining("USD");
  }

  @Test
  void fxPairOfOneCurrencyIsRejected() {
    assertThatThrownBy(() -> SettlementConventions.forFxSpot(CurrencyCode.EUR, CurrencyCode.EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR/EUR");
  }

  @Test
  void eachCurrencySettlesOnItsOwnCalendar() {
    assertThat(SettlementConventions.calendarFor(CurrencyCode.USD)).isEqualTo("USNY");
    assertThat(SettlementConventions.calendarFor(CurrencyCode.EUR)).isEqualTo("TARGET");
    assertThat(SettlementConventions.calendarFor(CurrencyCode.GBP)).isEqualTo("XLON");
    assertThat(SettlementConventions.calendarFor(CAD)).isEqualTo("CATO");
  }

  @Test
  void everyCalendarNamedByAConventionIsAStandardCalendar() {
    var codes = MarketCalendars.standard(2025, 2025).keySet();
    for (String currency : new String[] {"USD", "EUR", "GBP", "CAD"}) {
      assertThat(codes).contains(SettlementConventions.calendarFor(CurrencyCode.of(currency)));
    }
    for (String mic : new String[] {"XNYS", "XLON", "XETR"}) {
      assertThat(codes).containsAll(SettlementConventions.forListing(new Mic(mic)).calendars());
    }
  }
}
