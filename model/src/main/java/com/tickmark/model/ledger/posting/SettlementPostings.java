package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.trade.Trade;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
  List<EntryDraft> post(
      LocalDate through,
      List<SettledPart> parts,
      Long2ObjectMap<Trade> trades,
      List<String> warnings) {
    Comparator<SettledPart> manualOrder =
        Comparator.comparing(SettledPart::source)
            .thenComparing(SettledPart::quantity)
            .thenComparing(SettledPart::amount);
    List<SettledPart> sorted =
        parts.stream()
            .filter(p -> !p.settledOn().isAfter(through))
            .sorted(
                Comparator.comparing(SettledPart::settledOn)
                    .thenComparingLong(p -> p.trade().value())
                    .thenComparing(p -> p.statusId() == null ? Long.MAX_VALUE : p.statusId())
                    .thenComparing(manualOrder))
            .toList();
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
