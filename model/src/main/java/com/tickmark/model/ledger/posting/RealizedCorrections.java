package com.tickmark.model.ledger.posting;

import static com.tickmark.model.ledger.PostingRole.REALIZED;
import static com.tickmark.model.ledger.PostingRole.SECURITIES;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.refdata.Instrument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The realized P&amp;L that the lots, replayed from the trades as they are now, call for beyond
 * what the journal holds: what amendments, cancellations and late trades changed in the reliefs of
 * trades posted before. Posted per holding as a lot relief, Dr SECURITIES / Cr REALIZED for more
 * gain, dated the posting date.
 */
final class RealizedCorrections {
  private final PostingContext context;

  RealizedCorrections(PostingContext context) {
    this.context = context;
  }

  /**
   * For each holding, the difference between the realized P&amp;L of the replayed lots and what the
   * journal holds on REALIZED with {@code posting} (this run's entries so far), dated {@code
   * through}.
   */
  List<EntryDraft> corrections(
      LocalDate through, LotReplay replay, PostedJournal journal, List<EntryDraft> posting) {
    String realizedAccount = context.code(REALIZED);
    Map<LotKey, BigDecimal> credited = new TreeMap<>();
    journal
        .balancesByInstrument(realizedAccount)
        .forEach((key, balance) -> credited.merge(key, balance.negate(), BigDecimal::add));
    for (EntryDraft entry : posting) {
      if (entry.kind() != EntryKind.LOT_RELIEF && entry.kind() != EntryKind.REVERSAL) {
        continue;
      }
      for (JournalLine line : entry.lines()) {
        if (line.account().equals(realizedAccount)
            && line.book() != null
            && line.instrument() != null) {
          credited.merge(
              new LotKey(line.book(), line.instrument()), line.amount().negate(), BigDecimal::add);
        }
      }
    }
    Map<LotKey, BigDecimal> differences = new TreeMap<>();
    credited.forEach((key, amount) -> differences.put(key, amount.negate()));
    replay.books().forEach((key, book) -> differences.merge(key, book.realized(), BigDecimal::add));
    List<EntryDraft> corrections = new ArrayList<>();
    differences.forEach(
        (key, difference) -> {
          if (difference.signum() == 0) {
            return;
          }
          Instrument instrument = context.instrument(key.instrument());
          int n = 1;
          while (journal.posted(EventKeys.lotCorrection(key, through, n))) {
            n++;
          }
          corrections.add(
              new EntryLines(context)
                  .pair(
                      SECURITIES,
                      REALIZED,
                      instrument.currency(),
                      difference,
                      key.book(),
                      key.instrument(),
                      "Lots replayed")
                  .draft(
                      through,
                      EntryKind.LOT_RELIEF,
                      EventKeys.lotCorrection(key, through, n),
                      null,
                      "Realized P&L of "
                          + instrument.symbol()
                          + " in book "
                          + key.book()
                          + " corrected after its lots were replayed"));
        });
    return corrections;
  }
}
