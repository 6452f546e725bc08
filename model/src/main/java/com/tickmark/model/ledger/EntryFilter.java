package com.tickmark.model.ledger;

import com.tickmark.model.trade.TradeId;
import java.time.LocalDate;

/**
 * Which entries the journal browser lists; a null part does not filter.
 *
 * @param account entries with a line on this account
 */
public record EntryFilter(
    LocalDate from, LocalDate to, EntryKind kind, EntryState state, String account, TradeId trade) {
  public static final EntryFilter ALL = new EntryFilter(null, null, null, null, null, null);

  public EntryFilter withState(EntryState state) {
    return new EntryFilter(from, to, kind, state, account, trade);
  }

  public EntryFilter withTrade(TradeId trade) {
    return new EntryFilter(from, to, kind, state, account, trade);
  }
}
