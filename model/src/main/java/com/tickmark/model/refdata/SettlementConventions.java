package com.tickmark.model.refdata;

import com.tickmark.model.calendar.MarketCalendars;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The standard settlement conventions for listed equities and FX spot, naming the calendars of
 * {@link MarketCalendars}, and which one a trade settles by.
 *
 * <p>An equity venue's standard cycle has a history, each cycle in force for trades from its first
 * trade date: US equities settle T+2 and T+1 for trades from 28 May 2024 (SEC Rule 15c6-1); UK and
 * EU equities settle T+2 and T+1 for trades from 11 October 2027 (UK AST plan; the EU date as
 * announced). The earlier move from T+3 to T+2 (US 5 September 2017, UK and EU 6 October 2014) is
 * not kept: trades before it would be given T+2. {@link #forListing(Mic, LocalDate)} gives the
 * cycle in force on a trade date, and {@link #inForce(Instrument, LocalDate)} the convention a
 * trade of an instrument settles by: every intended settlement date is computed through it (by
 * {@link SettlementDateCalculator}).
 *
 * <p>An instrument stores one convention. It follows its venue's history when that convention is
 * one of the venue's standard cycles (an XLON share stored as {@code T+2 XLON} or {@code T+1 XLON}
 * settles T+2 for trades to 8 October 2027 and T+1 from 11 October 2027); any other convention
 * ({@code T+3 XLON}, or other calendars) is explicit and used as written on every trade date. So a
 * share cannot be pinned to a cycle its venue has used as standard: pinning it needs another
 * calendar or lag.
 *
 * <p>FX spot settles two business days after trade date, counted on the settlement calendars of
 * both currencies; USD/CAD settles T+1. The market's own rule has refinements this leaves out (for
 * example how a USD holiday affects the spot date of a pair that does not include USD). FX spot has
 * no dated history here: an FX instrument's convention is used as written.
 */
public final class SettlementConventions {
  private static final CurrencyCode CAD = CurrencyCode.of("CAD");

  /** US equities: T+1 for trades from this date (SEC Rule 15c6-1), T+2 before. */
  public static final LocalDate US_T_PLUS_ONE = LocalDate.of(2024, 5, 28);

  /** UK and EU equities: T+1 for trades from this date, T+2 before. */
  public static final LocalDate UK_EU_T_PLUS_ONE = LocalDate.of(2027, 10, 11);

  /**
   * Listing venue (MIC) to its history: first trade date to the equity convention in force from
   * then, in MIC order. The first cycle is in force from {@link LocalDate#MIN}.
   */
  private static final SortedMap<String, NavigableMap<LocalDate, SettlementConvention>> VENUES =
      venues();

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
   * The standard convention of an equity listed on {@code mic} for a trade on {@code tradeDate}: US
   * venues (XNYS, XNAS, ARCX, BATS, XASE) {@code T+1 XNYS} from 28 May 2024, {@code T+2 XNYS}
   * before; XLON {@code T+1 XLON} from 11 October 2027, {@code T+2 XLON} before; euro venues (XETR,
   * XPAR, XAMS, XMIL, XMAD, XBRU) {@code T+1 TARGET} from 11 October 2027, {@code T+2 TARGET}
   * before.
   *
   * @throws IllegalArgumentException for a venue without a known convention
   */
  public static SettlementConvention forListing(Mic mic, LocalDate tradeDate) {
    Objects.requireNonNull(mic, "listing venue (MIC)");
    Objects.requireNonNull(tradeDate, "trade date");
    NavigableMap<LocalDate, SettlementConvention> history = VENUES.get(mic.value());
    if (history == null) {
      throw new IllegalArgumentException(
          "No standard settlement convention for venue "
              + mic
              + "; known venues: "
              + String.join(", ", VENUES.keySet())
              + ". Give the instrument an explicit convention such as 'T+2 XLON'.");
    }
    return history.floorEntry(tradeDate).getValue();
  }

  /**
   * The convention a trade of {@code instrument} on {@code tradeDate} settles by: its venue's
   * standard cycle in force on that date when the instrument's convention is one of the venue's
   * standard cycles, otherwise the instrument's own (explicit) convention. See the class comment.
   */
  public static SettlementConvention inForce(Instrument instrument, LocalDate tradeDate) {
    Objects.requireNonNull(tradeDate, "trade date");
    SettlementConvention own = instrument.settlement();
    NavigableMap<LocalDate, SettlementConvention> history =
        instrument.mic() == null ? null : VENUES.get(instrument.mic().value());
    if (instrument.isFx() || history == null || !history.containsValue(own)) {
      return own;
    }
    return history.floorEntry(tradeDate).getValue();
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

  private static SortedMap<String, NavigableMap<LocalDate, SettlementConvention>> venues() {
    NavigableMap<LocalDate, SettlementConvention> us = history(MarketCalendars.XNYS, US_T_PLUS_ONE);
    NavigableMap<LocalDate, SettlementConvention> uk =
        history(MarketCalendars.XLON, UK_EU_T_PLUS_ONE);
    NavigableMap<LocalDate, SettlementConvention> euro =
        history(MarketCalendars.TARGET, UK_EU_T_PLUS_ONE);
    SortedMap<String, NavigableMap<LocalDate, SettlementConvention>> venues = new TreeMap<>();
    for (String mic : List.of("XNYS", "XNAS", "ARCX", "BATS", "XASE")) {
      venues.put(mic, us);
    }
    venues.put("XLON", uk);
    for (String mic : List.of("XETR", "XPAR", "XAMS", "XMIL", "XMAD", "XBRU")) {
      venues.put(mic, euro);
    }
    return Collections.unmodifiableSortedMap(venues);
  }

  /** T+2 on {@code calendar} until the day before {@code tPlusOne}, T+1 from it. */
  private static NavigableMap<LocalDate, SettlementConvention> history(
      String calendar, LocalDate tPlusOne) {
    NavigableMap<LocalDate, SettlementConvention> history = new TreeMap<>();
    history.put(LocalDate.MIN, SettlementConvention.of(2, calendar));
    history.put(tPlusOne, SettlementConvention.of(1, calendar));
    return Collections.unmodifiableNavigableMap(history);
  }
}
