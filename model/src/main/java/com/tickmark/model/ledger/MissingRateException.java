package com.tickmark.model.ledger;

import com.tickmark.model.refdata.CurrencyCode;
import java.time.LocalDate;

/**
 * An amount that cannot be posted because its currency has no closing rate to the reporting
 * currency on or before the entry's date. Nothing of the run is posted: load the rate and post
 * again.
 */
public final class MissingRateException extends IllegalStateException {
  public MissingRateException(CurrencyCode currency, CurrencyCode reporting, LocalDate date) {
    super(
        "No closing rate from "
            + currency
            + " to "
            + reporting
            + " on or before "
            + date
            + ": load the "
            + currency
            + " rate and post again");
  }
}
