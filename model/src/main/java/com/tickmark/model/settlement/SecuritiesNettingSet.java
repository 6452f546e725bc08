package com.tickmark.model.settlement;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The securities obligations of one instrument, in one custody account, with one counterparty, on
 * one settlement date, that settle as one instruction (see {@link Netting#securities} for which
 * do): what we receive, what we deliver, the net quantity and the net cash against it. A gross set
 * is one obligation of a market or kind that does not net, kept as it is.
 *
 * @param account our custody account (the obligations' delivery account)
 * @param netted true when the market nets; false for a gross set of one obligation
 * @param receive the quantity we receive (buys), positive
 * @param deliver the quantity we deliver (sells), positive
 * @param cash the members' cash in {@code currency}, positive when we receive
 */
public record SecuritiesNettingSet(
    InstrumentId instrument,
    AccountId account,
    CounterpartyId counterparty,
    LocalDate settlementDate,
    CurrencyCode currency,
    boolean netted,
    List<Obligation> members,
    BigDecimal receive,
    BigDecimal deliver,
    BigDecimal cash) {
  public SecuritiesNettingSet {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(settlementDate, "settlement date");
    Objects.requireNonNull(currency, "currency");
    members = List.copyOf(members);
    if (!netted && members.size() != 1) {
      throw new IllegalArgumentException("A gross set has one obligation: " + members.size());
    }
  }

  /** Receive less deliver: positive when we receive the securities. */
  public BigDecimal net() {
    return receive.subtract(deliver);
  }
}
