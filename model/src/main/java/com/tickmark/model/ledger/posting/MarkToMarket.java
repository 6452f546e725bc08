package com.tickmark.model.ledger.posting;

import static com.tickmark.model.ledger.PostingRole.MARK_TO_MARKET;
import static com.tickmark.model.ledger.PostingRole.UNREALIZED;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.lot.LotBook;
import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A business day's unrealized P&amp;L: for each book's open lots of each security, their market
 * value at the day's close less their cost, rounded to the currency's minor units (half-even),
 * debited to MARK_TO_MARKET and credited to UNREALIZED (a loss the other way). An instrument
 * without a close that day is valued at its latest earlier close; one that never had a close is not
 * marked, and the run says so. The mark is reversed the next business day, so each day's mark
 * stands alone.
 */
final class MarkToMarket {
  private final PostingContext context;
  private final Map<InstrumentId, NavigableMap<LocalDate, BigDecimal>> closes = new HashMap<>();
  private final Map<LotKey, List<LocalDate>> unmarked = new TreeMap<>();

  MarkToMarket(PostingContext context, List<Price> prices) {
    this.context = context;
    for (Price p : prices) {
      closes.computeIfAbsent(p.instrumentId(), i -> new TreeMap<>()).put(p.date(), p.close());
    }
  }

  /** The mark of {@code day}; empty when no holding has anything to mark. */
  Optional<EntryDraft> mark(LocalDate day, SortedMap<LotKey, LotBook> books) {
    EntryLines lines = new EntryLines(context);
    books.forEach(
        (key, book) -> {
          Instrument instrument = context.instrument(key.instrument());
          if (book.quantity().signum() == 0 || instrument.isFx()) {
            return;
          }
          NavigableMap<LocalDate, BigDecimal> byDate = closes.get(key.instrument());
          Map.Entry<LocalDate, BigDecimal> close = byDate == null ? null : byDate.floorEntry(day);
          if (close == null) {
            unmarked.computeIfAbsent(key, k -> new ArrayList<>()).add(day);
            return;
          }
          BigDecimal unrealized =
              book.quantity()
                  .multiply(close.getValue())
                  .subtract(book.cost())
                  .setScale(context.minorUnits(instrument.currency()), RoundingMode.HALF_EVEN);
          lines.pair(
              MARK_TO_MARKET,
              UNREALIZED,
              instrument.currency(),
              unrealized,
              key.book(),
              key.instrument(),
              instrument.symbol() + " at " + close.getValue().toPlainString());
        });
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        lines.draft(
            day,
            EntryKind.MARK_TO_MARKET,
            EventKeys.markToMarket(day),
            null,
            "Mark-to-market at the close of " + day));
  }

  /**
   * What the marks so far left out, one sentence per holding: the instrument had no close on or
   * before the days it was held.
   */
  List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    unmarked.forEach(
        (key, days) ->
            warnings.add(
                "No closing price for "
                    + context.instrument(key.instrument()).symbol()
                    + " on or before "
                    + days.get(days.size() - 1)
                    + ": book "
                    + key.book()
                    + "'s holding is not marked to market"
                    + (days.size() == 1
                        ? " on " + days.get(0)
                        : " on " + days.size() + " days from " + days.get(0))));
    return warnings;
  }

  /**
   * The reversal of the mark of {@code day}, dated {@code on} (the next business day): every line
   * the other way round, to the cent. It is an entry of the same kind with its own key rather than
   * a {@link EntryKind#REVERSAL}, since the mark it reverses may be posted in the same run and have
   * no id yet.
   */
  static EntryDraft reversal(EntryDraft mark, LocalDate day, LocalDate on) {
    return EntryDraft.of(
        on,
        EntryKind.MARK_TO_MARKET,
        EventKeys.markToMarketReversal(day),
        null,
        "Reversal of the mark-to-market of " + day,
        mark.lines().stream().map(JournalLine::negated).toList());
  }
}
