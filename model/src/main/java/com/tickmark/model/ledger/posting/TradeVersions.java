package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.lot.Relief;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a trade's newest version posts, given what earlier runs posted for it. The trade's entry is
 * known by the fingerprint of what it posts (see {@link EventKeys#trade}).
 *
 * <ul>
 *   <li>Never posted: its trade-date entry, dated its trade date, and its lot relief.
 *   <li>Posted with the same fingerprint (a new version that changes only the status: confirmed,
 *       affirmed, settled): nothing.
 *   <li>Posted with another fingerprint (an amendment of quantity, price, costs, book, instrument
 *       or trade date), or cancelled since: the reversal of the entry posted and of its lot relief,
 *       and for an amendment the new entries. These are dated the posting date, the day the change
 *       is learnt, so that a closed period is never reopened (or the reversed entry's date, if that
 *       is later).
 * </ul>
 */
final class TradeVersions {
  private final TradeEntries entries;
  private final PostedJournal journal;
  private final LocalDate through;

  TradeVersions(TradeEntries entries, PostedJournal journal, LocalDate through) {
    this.entries = entries;
    this.journal = journal;
    this.through = through;
  }

  /** Adds to {@code out} what {@code trade} posts, {@code relief} being what it relieves now. */
  void post(Trade trade, Relief relief, List<EntryDraft> out) {
    boolean live = trade.status() != TradeStatus.CANCELLED;
    EntryLines lines = entries.tradeDateLines(trade);
    String fingerprint = lines.fingerprint(trade.tradeDate().toString());
    int n = 1;
    String key = EventKeys.trade(trade.id(), fingerprint, n);
    while (journal.posted(key) && journal.posted(EventKeys.reversal(key))) {
      key = EventKeys.trade(trade.id(), fingerprint, ++n);
    }
    if (journal.posted(key)) {
      if (!live) {
        reverse(journal.entry(key).orElseThrow(), out);
      }
      return;
    }
    LocalDate on = trade.tradeDate();
    Optional<JournalEntry> other = journal.liveTradeEntry(trade.id());
    if (other.isPresent()) {
      on = reverse(other.get(), out);
    }
    if (live) {
      postVersion(trade, lines, relief, on, key, out);
    }
  }

  /** Reverses the trade entry {@code posted} and its lot relief; returns the reversals' date. */
  private LocalDate reverse(JournalEntry posted, List<EntryDraft> out) {
    LocalDate on = posted.content().date().isAfter(through) ? posted.content().date() : through;
    String key = posted.content().eventKey();
    out.add(reversal(posted, key, on));
    String lotKey = EventKeys.lotRelief(key);
    if (!journal.posted(EventKeys.reversal(lotKey))) {
      journal.entry(lotKey).ifPresent(lot -> out.add(reversal(lot, lotKey, on)));
    }
    return on;
  }

  private void postVersion(
      Trade trade,
      EntryLines lines,
      Relief relief,
      LocalDate on,
      String key,
      List<EntryDraft> out) {
    out.add(entries.tradeDate(trade, lines, on, key));
    if (relief.realized().signum() != 0) {
      out.add(entries.lotRelief(trade, relief, on, EventKeys.lotRelief(key)));
    }
  }

  private static EntryDraft reversal(JournalEntry entry, String key, LocalDate on) {
    return entry
        .content()
        .reversal(
            entry.id(),
            on,
            EventKeys.reversal(key),
            "Reversal of " + entry.content().description());
  }
}
