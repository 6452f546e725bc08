package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.calendar.MarketCalendars;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettlementConventionsTest {
  private static final CurrencyCode CAD = CurrencyCode.of("CAD");

  private static final LocalDate US_LAST_T2 = LocalDate.of(2024, 5, 27);
  private static final LocalDate US_FIRST_T1 = LocalDate.of(2024, 5, 28);
  private static final LocalDate UK_EU_LAST_T2 = LocalDate.of(2027, 10, 10);
  private static final LocalDate UK_EU_FIRST_T1 = LocalDate.of(2027, 10, 11);

  @ParameterizedTest
  @ValueSource(strings = {"XNYS", "XNAS", "ARCX", "BATS", "XASE"})
  void usVenuesMoveFromTPlusTwoToTPlusOneOnTheNyseCalendarFor28May2024(String mic) {
    assertThat(SettlementConventions.forListing(new Mic(mic), US_LAST_T2)).hasToString("T+2 XNYS");
    assertThat(SettlementConventions.forListing(new Mic(mic), US_FIRST_T1)).hasToString("T+1 XNYS");
  }

  @Test
  void londonMovesFromTPlusTwoToTPlusOneOnTheLondonCalendarFor11October2027() {
    assertThat(SettlementConventions.forListing(Mic.XLON, UK_EU_LAST_T2)).hasToString("T+2 XLON");
    assertThat(SettlementConventions.forListing(Mic.XLON, UK_EU_FIRST_T1)).hasToString("T+1 XLON");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XETR", "XPAR", "XAMS", "XMIL", "XMAD", "XBRU"})
  void euroVenuesMoveFromTPlusTwoToTPlusOneOnTargetFor11October2027(String mic) {
    assertThat(SettlementConventions.forListing(new Mic(mic), US_FIRST_T1))
        .hasToString("T+2 TARGET");
    assertThat(SettlementConventions.forListing(new Mic(mic), UK_EU_LAST_T2))
        .hasToString("T+2 TARGET");
    assertThat(SettlementConventions.forListing(new Mic(mic), UK_EU_FIRST_T1))
        .hasToString("T+1 TARGET");
  }

  @Test
  void unknownVenueIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> SettlementConventions.forListing(new Mic("XTKS"), US_FIRST_T1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XTKS")
        .hasMessageContaining("XNYS");
    assertThatThrownBy(() -> SettlementConventions.forListing(Mic.XOFF, US_FIRST_T1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShareOnItsVenuesStandardCycleFollowsTheVenuesHistory() {
    Instrument storedT2 = share(Mic.XLON, "T+2 XLON");
    Instrument storedT1 = share(Mic.XLON, "T+1 XLON");
    for (Instrument share : List.of(storedT2, storedT1)) {
      assertThat(SettlementConventions.inForce(share, UK_EU_LAST_T2)).hasToString("T+2 XLON");
      assertThat(SettlementConventions.inForce(share, UK_EU_FIRST_T1)).hasToString("T+1 XLON");
    }
    Instrument us = share(Mic.XNYS, "T+1 XNYS");
    assertThat(SettlementConventions.inForce(us, US_LAST_T2)).hasToString("T+2 XNYS");
    assertThat(SettlementConventions.inForce(us, US_FIRST_T1)).hasToString("T+1 XNYS");
  }

  @Test
  void anExplicitConventionIsUsedAsWrittenOnEveryTradeDate() {
    Instrument lagging = share(Mic.XLON, "T+3 XLON");
    Instrument otherCalendars = share(new Mic("XETR"), "T+2 XETR");
    Instrument unknownVenue = share(new Mic("XTKS"), "T+2 XNYS");
    for (LocalDate date : List.of(UK_EU_LAST_T2, UK_EU_FIRST_T1)) {
      assertThat(SettlementConventions.inForce(lagging, date)).hasToString("T+3 XLON");
      assertThat(SettlementConventions.inForce(otherCalendars, date)).hasToString("T+2 XETR");
      assertThat(SettlementConventions.inForce(unknownVenue, date)).hasToString("T+2 XNYS");
    }
  }

  @Test
  void fxSpotKeepsItsConventionAcrossTheEquitySwitchDates() {
    Instrument gbpUsd =
        new Instrument(
            new InstrumentId(9),
            "GBP/USD",
            "Pound / dollar",
            AssetClass.FX_SPOT,
            null,
            null,
            CurrencyCode.USD,
            CurrencyCode.GBP,
            "",
            "",
            SettlementConventions.forFxSpot(CurrencyCode.GBP, CurrencyCode.USD));
    assertThat(SettlementConventions.inForce(gbpUsd, UK_EU_FIRST_T1)).hasToString("T+2 XLON,USNY");
  }

  static Instrument share(Mic mic, String convention) {
    return new Instrument(
        new InstrumentId(1),
        "SHARE",
        "A share",
        AssetClass.EQUITY,
        Isin.parse("GB0002634946"),
        mic,
        CurrencyCode.GBP,
        null,
        "",
        "GB",
        SettlementConvention.parse(convention));
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
      assertThat(codes)
          .containsAll(SettlementConventions.forListing(new Mic(mic), US_FIRST_T1).calendars());
    }
  }
}
