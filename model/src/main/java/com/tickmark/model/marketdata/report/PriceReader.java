package com.tickmark.model.marketdata.report;

import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.InstrumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The closing prices reports read. */
public interface PriceReader {
  /** The instrument's closing prices from {@code from} to {@code to} inclusive, oldest first. */
  List<Price> prices(InstrumentId instrument, LocalDate from, LocalDate to);

  /** The instrument's last closing price on or before {@code date}. */
  Optional<Price> latestOnOrBefore(InstrumentId instrument, LocalDate date);
}
