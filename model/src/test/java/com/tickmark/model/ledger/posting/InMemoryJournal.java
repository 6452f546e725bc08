package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.EntryState;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A journal in memory, as the store keeps one: entries posted in order, found by event key. */
final class InMemoryJournal implements PostedJournal {
  private final List<JournalEntry> entries = new ArrayList<>();
  private final Map<String, JournalEntry> byKey = new HashMap<>();
  private final Map<TradeId, JournalEntry> liveTradeEntries = new HashMap<>();

  /** Posts {@code run}'s entries in its order; returns the run. */
  PostingRun store(PostingRun run) {
    for (EntryDraft draft : run.entries()) {
      if (draft.eventKey() != null && byKey.containsKey(draft.eventKey())) {
        throw new IllegalStateException("Posted twice: " + draft.eventKey());
      }
      JournalEntry entry =
          new JournalEntry(
              entries.size() + 1L,
              draft,
              EntryState.POSTED,
              "eod",
              Instant.EPOCH,
              "eod",
              Instant.EPOCH);
      entries.add(entry);
      byKey.put(draft.eventKey(), entry);
      if (draft.kind() == EntryKind.TRADE) {
        liveTradeEntries.put(draft.trade(), entry);
      } else if (draft.kind() == EntryKind.REVERSAL) {
        liveTradeEntries.values().removeIf(e -> e.id() == draft.reverses());
      }
    }
    return run;
  }

  List<JournalEntry> entries() {
    return entries;
  }

  List<JournalLine> lines() {
    return entries.stream().flatMap(e -> e.content().lines().stream()).toList();
  }

  /** The sum of {@code account}'s amounts in {@code currency} for {@code book}'s lines. */
  BigDecimal balance(String account, CurrencyCode currency, BookId book) {
    return lines().stream()
        .filter(l -> l.account().equals(account) && l.currency().equals(currency))
        .filter(l -> book == null || book.equals(l.book()))
        .map(JournalLine::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  public boolean posted(String eventKey) {
    return byKey.containsKey(eventKey);
  }

  @Override
  public Optional<JournalEntry> entry(String eventKey) {
    return Optional.ofNullable(byKey.get(eventKey));
  }

  @Override
  public Optional<JournalEntry> liveTradeEntry(TradeId trade) {
    return Optional.ofNullable(liveTradeEntries.get(trade));
  }

  @Override
  public Optional<LocalDate> lastMarkToMarket() {
    return entries.stream()
        .map(JournalEntry::content)
        .filter(c -> c.eventKey() != null && c.eventKey().startsWith("MTM:"))
        .map(EntryDraft::date)
        .max(LocalDate::compareTo);
  }

  @Override
  public List<AccountBalance> balances(Collection<String> accounts, LocalDate through) {
    record Key(String account, CurrencyCode currency, BookId book) {}
    Map<Key, BigDecimal[]> sums = new LinkedHashMap<>();
    for (JournalEntry e : entries) {
      if (e.content().date().isAfter(through)) {
        continue;
      }
      for (JournalLine l : e.content().lines()) {
        if (accounts.contains(l.account())) {
          BigDecimal[] s =
              sums.computeIfAbsent(
                  new Key(l.account(), l.currency(), l.book()),
                  k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          s[0] = s[0].add(l.amount());
          s[1] = s[1].add(l.reportingAmount());
        }
      }
    }
    List<AccountBalance> out = new ArrayList<>();
    sums.forEach(
        (k, s) -> out.add(new AccountBalance(k.account(), k.currency(), k.book(), s[0], s[1])));
    return out;
  }

  @Override
  public Map<LotKey, BigDecimal> balancesByInstrument(String account) {
    Map<LotKey, BigDecimal> out = new TreeMap<>();
    for (JournalLine l : lines()) {
      if (l.account().equals(account) && l.book() != null && l.instrument() != null) {
        out.merge(new LotKey(l.book(), l.instrument()), l.amount(), BigDecimal::add);
      }
    }
    return out;
  }
}
