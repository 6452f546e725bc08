package com.tickmark.model.marketdata;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.time.LocalDate;
import java.util.List;

/** Where daily closing prices and FX rates are kept (implemented by the persistence module). */
public interface MarketDataStore {
  /** An instrument's prices from {@code from} to {@code to} inclusive, oldest first. */
  List<Price> priceHistory(InstrumentId instrument, LocalDate from, LocalDate to);

  /** A currency pair's rates from {@code from} to {@code to} inclusive, oldest first. */
  List<FxRate> fxHistory(CurrencyCode base, CurrencyCode quote, LocalDate from, LocalDate to);

  /** The currency pairs that have rates, as "BASE/QUOTE". */
  List<String> fxPairs();
}
