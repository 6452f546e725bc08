package com.tickmark.app.ui.refdata;

import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The row view models of the reference-data tables: immutable, display-ready values built on the
 * worker thread from the domain records, so that the FX thread only has to set them. {@code
 * retired} marks an item no longer offered for new trades.
 */
public final class Rows {
  private Rows() {}

  public record InstrumentRow(
      InstrumentId id,
      String symbol,
      String name,
      String assetClass,
      String isin,
      String mic,
      String currency,
      String sector,
      String country,
      String settlement,
      boolean retired) {}

  public record CounterpartyRow(
      String code,
      String name,
      String role,
      String lei,
      String bic,
      String country,
      boolean retired) {}

  public record AccountRow(
      String code,
      String name,
      String type,
      String provider,
      String currency,
      String number,
      String book,
      boolean retired) {}

  /**
   * A standing settlement instruction, its counterparty and accounts by code.
   *
   * @param market the market's country, or "Any"
   */
  public record SsiRow(
      String code,
      String counterparty,
      String assetClass,
      String currency,
      String market,
      String placeOfSettlement,
      String custodyAccount,
      String cashAccount,
      String agent,
      String theirAccount,
      boolean retired) {}

  public record StrategyRow(String code, String name, String description, long books) {}

  public record BookRow(
      String code,
      String name,
      String strategy,
      String strategyName,
      String baseCurrency,
      boolean retired) {}

  /** What the Status column says of a row: "Retired", or nothing for one in use. */
  public static String status(boolean retired) {
    return retired ? "Retired" : "";
  }

  public record CurrencyRow(String code, String name, long minorUnits) {}

  public record HolidayRow(LocalDate date, String weekday, String name) {}

  /**
   * One observation of a price or rate history.
   *
   * @param value set to the scale the whole series shows
   * @param volume null for series without volume (FX rates)
   * @param changePercent the change from the previous observation in percent, null for the first
   */
  public record SeriesRow(
      LocalDate date, BigDecimal value, Long volume, BigDecimal changePercent) {}
}
