package com.tickmark.model.settlement;

import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The cash obligations with one counterparty in one currency on one value date, netted: what we
 * pay, what we receive, and the one amount that settles instead (positive receives).
 *
 * @param members the obligations whose cash leg in {@code currency} is in the set
 */
public record NettingSet(
    CounterpartyId counterparty,
    CurrencyCode currency,
    LocalDate valueDate,
    List<Obligation> members,
    BigDecimal pay,
    BigDecimal receive) {
  public NettingSet {
    members = List.copyOf(members);
  }

  /** Receive less pay: positive when the counterparty pays us. */
  public BigDecimal net() {
    return receive.subtract(pay);
  }
}
