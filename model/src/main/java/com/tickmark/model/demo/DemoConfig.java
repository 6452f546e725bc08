package com.tickmark.model.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the demo-firm generator is asked to make. The same configuration (seed included) always
 * makes the same firm, byte for byte.
 *
 * @param asOf the firm's business date: the last day with trades and prices
 * @param historyDays business days of price and FX history ending on {@code asOf}
 * @param tradingDays business days of trading ending on {@code asOf}
 * @param tradesPerDay executions per trading day, on average
 * @param faultRates how often its outside files disagree with its books
 * @param messRates how messy its bank statements are where they agree
 */
public record DemoConfig(
    long seed,
    LocalDate asOf,
    int historyDays,
    int tradingDays,
    int tradesPerDay,
    FaultRates faultRates,
    MessRates messRates) {

  public static final int DEFAULT_HISTORY_DAYS = 500;
  public static final int DEFAULT_TRADING_DAYS = 20;
  public static final int DEFAULT_TRADES_PER_DAY = 2000;
  public static final long DEFAULT_SEED = 42L;

  public DemoConfig {
    Objects.requireNonNull(asOf, "as-of date");
    Objects.requireNonNull(faultRates, "fault rates");
    Objects.requireNonNull(messRates, "mess rates");
    if (historyDays < 30) {
      throw new IllegalArgumentException(
          "Price history must cover at least 30 business days: " + historyDays);
    }
    if (tradingDays < 1 || tradingDays > historyDays) {
      throw new IllegalArgumentException(
          "Trading days must be between 1 and the history length ("
              + historyDays
              + "): "
              + tradingDays);
    }
    if (tradesPerDay < 1 || tradesPerDay > 200_000) {
      throw new IllegalArgumentException(
          "Trades per day must be between 1 and 200,000: " + tradesPerDay);
    }
  }

  /** A firm whose bank statements are as messy as {@link MessRates#DEFAULTS}. */
  public DemoConfig(
      long seed,
      LocalDate asOf,
      int historyDays,
      int tradingDays,
      int tradesPerDay,
      FaultRates faultRates) {
    this(seed, asOf, historyDays, tradingDays, tradesPerDay, faultRates, MessRates.DEFAULTS);
  }

  public static DemoConfig defaults(LocalDate asOf) {
    return new DemoConfig(
        DEFAULT_SEED,
        asOf,
        DEFAULT_HISTORY_DAYS,
        DEFAULT_TRADING_DAYS,
        DEFAULT_TRADES_PER_DAY,
        FaultRates.DEFAULTS);
  }
}
