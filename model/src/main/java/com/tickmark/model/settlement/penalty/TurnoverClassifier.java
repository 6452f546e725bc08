package com.tickmark.model.settlement.penalty;

import com.tickmark.model.marketdata.MarketDataStore;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classes instruments from what the workspace knows. A share is liquid when its average daily
 * turnover (close × volume) over the {@value #DAYS} price days up to the date is at least {@code
 * 1,000,000} in its own currency — the turnover leg of the MiFIR liquid-market test (article
 * 2(1)(17)(b); the free-float and number-of-trades legs are not known here, and ESMA's published
 * list is not loaded) — otherwise illiquid; an ETF is an "other instrument" (it is not a share).
 * The firm trades no debt yet, so the debt classes are never chosen here.
 */
public final class TurnoverClassifier implements PenaltyClassifier {
  public static final int DAYS = 20;
  public static final BigDecimal LIQUID_TURNOVER = new BigDecimal("1000000");

  private final MarketDataStore marketData;
  private final Map<InstrumentId, Map<LocalDate, PenaltyClass>> seen = new HashMap<>();

  public TurnoverClassifier(MarketDataStore marketData) {
    this.marketData = marketData;
  }

  @Override
  public PenaltyClass classify(Instrument instrument, LocalDate date) {
    if (instrument.assetClass() != AssetClass.EQUITY) {
      return PenaltyClass.OTHER;
    }
    return seen.computeIfAbsent(instrument.id(), k -> new HashMap<>())
        .computeIfAbsent(date, d -> byTurnover(instrument.id(), d));
  }

  private PenaltyClass byTurnover(InstrumentId instrument, LocalDate date) {
    List<Price> prices = marketData.priceHistory(instrument, date.minusDays(DAYS * 2L), date);
    List<Price> last = prices.subList(Math.max(0, prices.size() - DAYS), prices.size());
    if (last.isEmpty()) {
      return PenaltyClass.ILLIQUID_SHARE;
    }
    BigDecimal turnover = BigDecimal.ZERO;
    for (Price p : last) {
      turnover = turnover.add(p.close().multiply(BigDecimal.valueOf(p.volume())));
    }
    BigDecimal average = turnover.divide(BigDecimal.valueOf(last.size()), 2, RoundingMode.HALF_UP);
    return average.compareTo(LIQUID_TURNOVER) >= 0
        ? PenaltyClass.LIQUID_SHARE
        : PenaltyClass.ILLIQUID_SHARE;
  }
}
