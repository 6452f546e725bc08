package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.BalanceRow;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.LedgerStore;
import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The journal as a run finds it in the store: the event keys and each trade's live entry read once
 * when the run starts, the rest read when asked.
 */
final class StoredJournal implements PostedJournal {
  private static final String MTM =
      EventKeys.markToMarket(LocalDate.EPOCH).replace("1970-01-01", "");

  private final LedgerStore store;
  private final Set<String> keys;
  private final Map<TradeId, Long> liveTradeEntries;

  StoredJournal(LedgerStore store) {
    this.store = store;
    this.keys = store.eventKeys("");
    this.liveTradeEntries = store.liveTradeEntries();
  }

  @Override
  public boolean posted(String eventKey) {
    return keys.contains(eventKey);
  }

  @Override
  public Optional<JournalEntry> entry(String eventKey) {
    return keys.contains(eventKey) ? store.entryForEvent(eventKey) : Optional.empty();
  }

  @Override
  public Optional<JournalEntry> liveTradeEntry(TradeId trade) {
    Long id = liveTradeEntries.get(trade);
    return id == null ? Optional.empty() : store.entry(id);
  }

  @Override
  public Optional<LocalDate> lastMarkToMarket() {
    return keys.stream()
        .filter(k -> k.startsWith(MTM))
        .map(k -> LocalDate.parse(k.substring(MTM.length())))
        .max(LocalDate::compareTo);
  }

  @Override
  public List<AccountBalance> balances(Collection<String> accounts, LocalDate through) {
    Set<String> wanted = new HashSet<>(accounts);
    return store.balances(through).stream()
        .filter(b -> wanted.contains(b.account()))
        .map(StoredJournal::balance)
        .toList();
  }

  private static AccountBalance balance(BalanceRow b) {
    return new AccountBalance(
        b.account(), b.currency(), b.book(), b.balance(), b.reportingBalance());
  }

  @Override
  public Map<LotKey, BigDecimal> balancesByInstrument(String account) {
    return store.sumsByInstrument(account);
  }
}
