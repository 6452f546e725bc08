package com.tickmark.model.ledger;

import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the chart, the journal, its balances and the closed periods are kept. Writes run in the
 * caller's transaction.
 */
public interface LedgerStore {
  /** The chart as stored, in code order; empty before the ledger is first opened. */
  List<LedgerAccount> accounts();

  /** Adds {@code account} or replaces the one with its code. */
  void saveAccount(LedgerAccount account, String by, Instant at);

  /** The id of the newest entry; 0 when the journal is empty. */
  long lastEntryId();

  /**
   * Stores {@code entries} (ids after {@link #lastEntryId()}, in order); the posted ones add to the
   * balances.
   */
  void insert(List<JournalEntry> entries);

  Optional<JournalEntry> entry(long id);

  Optional<JournalEntry> entryForEvent(String eventKey);

  /** The event keys of the journal's entries that start with {@code prefix}. */
  Set<String> eventKeys(String prefix);

  /** Those of {@code eventKeys} the journal already has an entry for. */
  Set<String> postedEvents(Collection<String> eventKeys);

  /** True when a posted line is on {@code account}. */
  boolean hasPostings(String account);

  /** The entries {@code filter} selects, newest first, at most {@code limit}. */
  List<JournalEntry> entries(EntryFilter filter, int limit);

  /**
   * Each trade's latest posted entry of kind TRADE that no entry reverses, by trade: what an
   * amendment or cancellation of the trade reverses.
   */
  Map<TradeId, Long> liveTradeEntries();

  /**
   * The sum of the posted lines on {@code account} per book and instrument, over all dates (lines
   * without both are left out).
   */
  Map<LotKey, BigDecimal> sumsByInstrument(String account);

  /** The entries from id {@code firstId} on, in id order, at most {@code limit}. */
  List<JournalEntry> entriesFrom(long firstId, int limit);

  /**
   * What posted entries added to each account, currency and book up to and with {@code through}.
   */
  List<BalanceRow> balances(LocalDate through);

  /** The posted lines on {@code account} dated {@code from} to {@code to}, in posting order. */
  List<PostedLine> lines(String account, LocalDate from, LocalDate to);

  /** The posted lines on any of {@code accounts} dated {@code from} to {@code to}. */
  List<PostedLine> lines(Collection<String> accounts, LocalDate from, LocalDate to);

  List<ClosedPeriod> closedPeriods();

  void closePeriod(ClosedPeriod period);
}
