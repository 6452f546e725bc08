package com.tickmark.model.demo;

import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.trade.Trade;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the demo-firm generator makes, before it is stored or written out.
 *
 * @param tradingDays the days with demo trades, oldest first; the last is the business date
 * @param trades every execution, in execution-time order, with the lifecycle status the back office
 *     has for it at the start of the business date, as the version those steps made ({@link
 *     DemoLifecycle} gives the earlier ones)
 * @param settlementOutcomes one per trade whose intended settlement date is on or before the
 *     business date
 */
public record DemoFirm(
    DemoConfig config,
    DemoReferenceData referenceData,
    List<Price> prices,
    List<FxRate> fxRates,
    List<OpeningPosition> openingPositions,
    List<OpeningCash> openingCash,
    List<LocalDate> tradingDays,
    List<Trade> trades,
    List<SettlementOutcome> settlementOutcomes) {

  public LocalDate businessDate() {
    return config.asOf();
  }
}
