package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.trade.Trade;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The settled parts' entries, each once: a part reported by a status line is known by that line,
 * one recorded otherwise by its place among the trade's parts of that day.
 */
final class SettlementPostings {
  private final TradeEntries entries;
  private final PostedJournal journal;

  SettlementPostings(TradeEntries entries, PostedJournal journal) {
    this.entries = entries;
    this.journal = journal;
  }

  /**
   * The settled parts up to {@code through} not posted yet, by date and trade; a part of a trade
   * not in {@code trades} (by id) is left out with a warning.
   */
  /**
   * By settlement date, trade, then the status line that reported it; the parts recorded otherwise
   * last, by source, quantity and amount.
   */
  private static int compare(SettledPart a, SettledPart b) {
    int c = a.settledOn().compareTo(b.settledOn());
    if (c == 0) {
      c = Long.compare(a.trade().value(), b.trade().value());
    }
    if (c == 0) {
      long x = a.statusId() == null ? Long.MAX_VALUE : a.statusId();
      long y = b.statusId() == null ? Long.MAX_VALUE : b.statusId();
      c = Long.compare(x, y);
    }
    if (c == 0) {
      c = a.source().compareTo(b.source());
    }
    if (c == 0) {
      c = a.quantity().compareTo(b.quantity());
    }
    return c != 0 ? c : a.amount().compareTo(b.amount());
  }

  List<EntryDraft> post(
      LocalDate through,
      List<SettledPart> parts,
      Long2ObjectMap<Trade> trades,
      List<String> warnings) {
    List<SettledPart> sorted =
        new ArrayList<>(parts.stream().filter(p -> !p.settledOn().isAfter(through)).toList());
    sorted.sort(SettlementPostings::compare);
    List<EntryDraft> out = new ArrayList<>();
    SettledPart previous = null;
    int manual = 0;
    for (SettledPart part : sorted) {
      boolean sameDay =
          previous != null
              && previous.trade().equals(part.trade())
              && previous.settledOn().equals(part.settledOn());
      manual = part.statusId() != null ? 0 : sameDay ? manual + 1 : 1;
      previous = part;
      String which = part.statusId() != null ? "s" + part.statusId() : "m" + manual;
      String key = EventKeys.settlement(part.trade(), part.settledOn(), which);
      if (journal.posted(key)) {
        continue;
      }
      Trade trade = trades.get(part.trade().value());
      if (trade == null) {
        warnings.add(
            "Settlement of "
                + part.trade().display()
                + " on "
                + part.settledOn()
                + " is not posted: the trade is not among those posted up to "
                + through);
        continue;
      }
      out.add(entries.settlement(trade, part, key));
    }
    return out;
  }
}
