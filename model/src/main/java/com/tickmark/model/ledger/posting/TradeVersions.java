package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.lot.Relief;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a trade's newest version posts, given what an earlier run posted for it.
 *
 * <ul>
 *   <li>Never posted: its trade-date entry, dated its trade date, and its lot relief.
 *   <li>Posted at an earlier version with the same lines (a confirmation, an affirmation, a
 *       settlement: a change of status only): nothing.
 *   <li>Posted at an earlier version with other lines (an amendment), or cancelled since: the
 *       reversal of the entry posted and of its lot relief, and for an amendment the new version's
 *       entries. These are dated the posting date, the day the change is learnt, so that a closed
 *       period is never reopened (or the posted entry's date, if that is later).
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
    int version = trade.version();
    Optional<JournalEntry> posted = Optional.empty();
    while (posted.isEmpty() && version >= 1) {
      posted = journal.entry(EventKeys.trade(trade.id(), version));
      version--;
    }
    if (posted.isEmpty()) {
      if (live) {
        postVersion(trade, relief, trade.tradeDate(), out);
      }
      return;
    }
    int postedVersion = version + 1;
    if (postedVersion == trade.version()) {
      return;
    }
    String postedKey = EventKeys.trade(trade.id(), postedVersion);
    boolean reversed = journal.posted(EventKeys.reversal(postedKey));
    EntryDraft content = posted.get().content();
    LocalDate on = content.date().isAfter(through) ? content.date() : through;
    if (!reversed) {
      if (live && sameLines(content, entries.tradeDate(trade, on, null))) {
        return;
      }
      out.add(reversal(posted.get(), postedKey, on));
      String lotKey = EventKeys.lotRelief(trade.id(), postedVersion);
      journal
          .entry(lotKey)
          .filter(lot -> !journal.posted(EventKeys.reversal(lotKey)))
          .ifPresent(lot -> out.add(reversal(lot, lotKey, on)));
    }
    if (live) {
      postVersion(trade, relief, on, out);
    }
  }

  private void postVersion(Trade trade, Relief relief, LocalDate on, List<EntryDraft> out) {
    out.add(entries.tradeDate(trade, on, EventKeys.trade(trade.id(), trade.version())));
    if (relief.realized().signum() != 0) {
      out.add(
          entries.lotRelief(trade, relief, on, EventKeys.lotRelief(trade.id(), trade.version())));
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

  /** The same accounts, currencies, amounts, books and instruments, in any order. */
  private static boolean sameLines(EntryDraft a, EntryDraft b) {
    return economics(a).equals(economics(b));
  }

  private static List<String> economics(EntryDraft entry) {
    return entry.lines().stream().map(TradeVersions::economics).sorted().toList();
  }

  private static String economics(JournalLine line) {
    return line.account()
        + "|"
        + line.currency()
        + "|"
        + line.amount().stripTrailingZeros().toPlainString()
        + "|"
        + line.book()
        + "|"
        + line.instrument();
  }
}
