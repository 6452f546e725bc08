package com.tickmark.model.refdata;

import com.tickmark.model.calendar.MarketCalendars;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The standard settlement conventions for listed equities and FX spot, naming the calendars of
 * {@link MarketCalendars}.
 *
 * <p>These are the cycles in force now: US equities settle T+1 since 28 May 2024 (SEC Rule 15c6-1);
 * UK and EU equities settle T+2 and are due to move to T+1 with first trade date 11 October 2027.
 * The conventions here are static, so that move needs a change here (or a convention chosen by
 * trade date) before then.
 *
 * <p>FX spot settles two business days after trade date, counted on the settlement calendars of
 * both currencies; USD/CAD settles T+1. The market's own rule has refinements this leaves out (for
 * example how a USD holiday affects the spot date of a pair that does not include USD).
 */
public final class SettlementConventions {
  private static final CurrencyCode CAD = CurrencyCode.of("CAD");

  /** Listing venue (MIC) to equity convention, in MIC order. */
  private static final SortedMap<String, SettlementConvention> VENUES = venues();

  /** Currency to the code of its settlement calendar, in currency order. */
  private static final SortedMap<CurrencyCode, String> CURRENCY_CALENDARS =
      Collections.unmodifiableSortedMap(
          new TreeMap<>(
              Map.of(
                  CurrencyCode.USD,
                  MarketCalendars.USNY,
                  CurrencyCode.EUR,
                  MarketCalendars.TARGET,
                  CurrencyCode.GBP,
                  MarketCalendars.XLON,
                  CAD,
                  MarketCalendars.CATO)));

  private SettlementConventions() {}

  /**
   * The convention of an equity listed on {@code mic}: US venues (XNYS, XNAS, ARCX, BATS, XASE)
   * {@code T+1 XNYS}; XLON {@code T+2 XLON}; euro venues (XETR, XPAR, XAMS, XMIL, XMAD, XBRU)
   * {@code T+2 TARGET}.
   *
   * @throws IllegalArgumentException for a venue without a known convention
   */
  public static SettlementConvention forListing(Mic mic) {
    Objects.requireNonNull(mic, "listing venue (MIC)");
    SettlementConvention convention = VENUES.get(mic.value());
    if (convention == null) {
      throw new IllegalArgumentException(
          "No standard settlement convention for venue "
              + mic
              + "; known venues: "
              + String.join(", ", VENUES.keySet())
              + ". Give the instrument an explicit convention such as 'T+2 XLON'.");
    }
    return convention;
  }

  /**
   * The spot convention of {@code base}/{@code quote}: T+2 on both currencies' settlement calendars
   * (EUR/USD gives {@code T+2 TARGET,USNY}), and T+1 for USD/CAD in either order.
   *
   * @throws IllegalArgumentException if the two currencies are the same or either has no known
   *     calendar
   */
  public static SettlementConvention forFxSpot(CurrencyCode base, CurrencyCode quote) {
    Objects.requireNonNull(base, "base currency");
    Objects.requireNonNull(quote, "quote currency");
    if (base.equals(quote)) {
      throw new IllegalArgumentException(
          "An FX pair needs two different currencies: " + base + "/" + quote);
    }
    int lag = Set.of(base, quote).equals(Set.of(CurrencyCode.USD, CAD)) ? 1 : 2;
    return SettlementConvention.of(lag, calendarFor(base), calendarFor(quote));
  }

  /**
   * The code of the calendar on which {@code currency} settles: USD USNY, EUR TARGET, GBP XLON, CAD
   * CATO.
   *
   * @throws IllegalArgumentException for a currency without a known calendar
   */
  public static String calendarFor(CurrencyCode currency) {
    Objects.requireNonNull(currency, "currency");
    String calendar = CURRENCY_CALENDARS.get(currency);
    if (calendar == null) {
      throw new IllegalArgumentException(
          "No settlement calendar for currency "
              + currency
              + "; known currencies: "
              + CURRENCY_CALENDARS.keySet());
    }
    return calendar;
  }

  private static SortedMap<String, SettlementConvention> venues() {
    SortedMap<String, SettlementConvention> venues = new TreeMap<>();
    SettlementConvention us = SettlementConvention.of(1, MarketCalendars.XNYS);
    SettlementConvention uk = SettlementConvention.of(2, MarketCalendars.XLON);
    SettlementConvention euro = SettlementConvention.of(2, MarketCalendars.TARGET);
    for (String mic : List.of("XNYS", "XNAS", "ARCX", "BATS", "XASE")) {
      venues.put(mic, us);
    }
    venues.put("XLON", uk);
    for (String mic : List.of("XETR", "XPAR", "XAMS", "XMIL", "XMAD", "XBRU")) {
      venues.put(mic, euro);
    }
    return Collections.unmodifiableSortedMap(venues);
  }
}
