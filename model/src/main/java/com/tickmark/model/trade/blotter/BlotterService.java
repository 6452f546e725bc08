package com.tickmark.model.trade.blotter;

import com.tickmark.model.firm.FirmService;
import com.tickmark.model.marketdata.MarketDataService;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.util.function.Supplier;

/** What the blotter reads, for anyone allowed to see the firm's data. */
public final class BlotterService {
  private final Supplier<BlotterSource> trades;
  private final ReferenceDataService referenceData;
  private final MarketDataService marketData;
  private final FirmService firm;

  /**
   * @param trades a new reader of the trades for each caller (a reader is used by one thread at a
   *     time)
   */
  public BlotterService(
      Supplier<BlotterSource> trades,
      ReferenceDataService referenceData,
      MarketDataService marketData,
      FirmService firm) {
    this.trades = trades;
    this.referenceData = referenceData;
    this.marketData = marketData;
    this.firm = firm;
  }

  /** A reader of the trades as the blotter shows them, for one thread at a time. */
  public BlotterSource trades(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return trades.get();
  }

  /**
   * Labels for ids, and every FX rate into the firm's reporting currency, to total amounts in
   * several currencies.
   */
  public BlotterReference reference(Actor actor) {
    CurrencyCode base = firm.reportingCurrency(actor);
    return new BlotterReference(
        base,
        referenceData.instruments(actor),
        referenceData.books(actor),
        referenceData.counterparties(actor),
        referenceData.accounts(actor),
        marketData.fxRatesAgainst(actor, base));
  }
}
