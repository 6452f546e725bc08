package com.tickmark.model.trade;

import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The reference (closing) price a new trade's price is checked against. */
@FunctionalInterface
public interface ReferencePrices {
  /** The latest close on or before {@code date}. */
  Optional<BigDecimal> closeOnOrBefore(InstrumentId instrument, LocalDate date);
}
