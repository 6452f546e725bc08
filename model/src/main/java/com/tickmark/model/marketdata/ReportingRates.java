package com.tickmark.model.marketdata;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Converts amounts into the firm's reporting currency at the closing rate of a date, or the latest
 * close before it, in cents (half-even). Rates quoted either way round against the reporting
 * currency are used; a rate quoted as reporting/other is inverted where no direct one exists.
 */
public final class ReportingRates {
  /** Amounts in the reporting currency are kept to this many decimals (cents). */
  public static final int SCALE = 2;

  private final CurrencyCode reportingCurrency;

  /** Units of the reporting currency per unit of each currency, by date. */
  private final Map<CurrencyCode, NavigableMap<LocalDate, BigDecimal>> toReporting =
      new HashMap<>();

  /**
   * @param rates the rates against the reporting currency (others are ignored)
   */
  public ReportingRates(CurrencyCode reportingCurrency, Collection<FxRate> rates) {
    this.reportingCurrency = Objects.requireNonNull(reportingCurrency, "reporting currency");
    for (FxRate rate : rates) {
      if (rate.quote().equals(reportingCurrency)) {
        toReporting
            .computeIfAbsent(rate.base(), c -> new TreeMap<>())
            .put(rate.date(), rate.rate());
      }
    }
    for (FxRate rate : rates) {
      if (rate.base().equals(reportingCurrency)) {
        toReporting
            .computeIfAbsent(rate.quote(), c -> new TreeMap<>())
            .putIfAbsent(rate.date(), BigDecimal.ONE.divide(rate.rate(), MathContext.DECIMAL64));
      }
    }
  }

  /** No rates: only amounts already in {@code reportingCurrency} convert. */
  public static ReportingRates none(CurrencyCode reportingCurrency) {
    return new ReportingRates(reportingCurrency, List.of());
  }

  public CurrencyCode reportingCurrency() {
    return reportingCurrency;
  }

  /**
   * {@code amount} in {@code currency} on {@code date}, in the reporting currency at {@link
   * #SCALE}; {@code null} when there is no rate on or before the date.
   */
  public BigDecimal convert(BigDecimal amount, CurrencyCode currency, LocalDate date) {
    if (currency.equals(reportingCurrency)) {
      return amount.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
    NavigableMap<LocalDate, BigDecimal> byDate = toReporting.get(currency);
    Map.Entry<LocalDate, BigDecimal> rate = byDate == null ? null : byDate.floorEntry(date);
    return rate == null
        ? null
        : amount.multiply(rate.getValue()).setScale(SCALE, RoundingMode.HALF_EVEN);
  }
}
