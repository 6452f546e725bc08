package com.tickmark.model.marketdata;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reading closing prices and FX rates, for anyone allowed to see the firm's data. */
public final class MarketDataService {
  /** Bounds wide enough for any stored history: the store selects by date range. */
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private final MarketDataStore store;

  public MarketDataService(MarketDataStore store) {
    this.store = store;
  }

  /** Every stored closing price of {@code instrument}, oldest first. */
  public List<Price> prices(Actor actor, InstrumentId instrument) {
    actor.require(Permission.VIEW_DATA);
    return store.priceHistory(instrument, EARLIEST, LATEST);
  }

  /** The currency pairs that have rates. */
  public List<FxPair> fxPairs(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.fxPairs().stream().map(FxPair::parse).toList();
  }

  /** Every stored rate of {@code pair}, oldest first. */
  public List<FxRate> fxRates(Actor actor, FxPair pair) {
    actor.require(Permission.VIEW_DATA);
    return store.fxHistory(pair.base(), pair.quote(), EARLIEST, LATEST);
  }

  /** Every stored rate of every pair that has {@code currency} on one side. */
  public List<FxRate> fxRatesAgainst(Actor actor, CurrencyCode currency) {
    List<FxRate> rates = new ArrayList<>();
    for (FxPair pair : fxPairs(actor)) {
      if (pair.base().equals(currency) || pair.quote().equals(currency)) {
        rates.addAll(store.fxHistory(pair.base(), pair.quote(), EARLIEST, LATEST));
      }
    }
    return rates;
  }
}
