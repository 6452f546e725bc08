package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.lot.LotBook;
import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.ledger.lot.LotPosition;
import com.tickmark.model.ledger.lot.Relief;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The lots rebuilt from scratch: the opening book's holdings first, then every live security trade
 * in the order it was done (trade date, execution time, trade id), so that the same trades always
 * give the same lots whatever order they are read in and whatever was amended since.
 */
final class LotReplay {
  /** The order trades are booked against the lots. */
  static final Comparator<Trade> ORDER = LotReplay::compare;

  private static final Comparator<OpeningPosition> OPENING_ORDER =
      Comparator.comparing(OpeningPosition::asOf)
          .thenComparingLong(p -> p.book().value())
          .thenComparingLong(p -> p.instrument().value())
          .thenComparingLong(p -> p.custodyAccount().value());

  private static int compare(Trade a, Trade b) {
    int byDate = a.tradeDate().compareTo(b.tradeDate());
    if (byDate != 0) {
      return byDate;
    }
    int byTime = a.executionTime().compareTo(b.executionTime());
    return byTime != 0 ? byTime : Long.compare(a.id().value(), b.id().value());
  }

  private final PostingContext context;
  private final PostingInputs inputs;
  private final SortedMap<LotKey, LotBook> books = new TreeMap<>();
  private final Long2ObjectOpenHashMap<LotBook> byId = new Long2ObjectOpenHashMap<>();
  private final Long2ObjectOpenHashMap<Relief> reliefs = new Long2ObjectOpenHashMap<>();

  LotReplay(PostingContext context, PostingInputs inputs) {
    this.context = context;
    this.inputs = inputs;
  }

  /**
   * Replays the opening book and {@code trades} (live security trades, in {@link #ORDER}), handing
   * the lots to {@code atClose} at the close of each of {@code days} (ascending), after the trades
   * of that day.
   */
  void replay(
      List<Trade> trades,
      List<LocalDate> days,
      BiConsumer<LocalDate, SortedMap<LotKey, LotBook>> atClose) {
    List<OpeningPosition> openings = new ArrayList<>(inputs.openingPositions());
    openings.sort(OPENING_ORDER);
    for (OpeningPosition p : openings) {
      if (p.quantity().signum() != 0) {
        book(p.book(), p.instrument()).apply(null, p.asOf(), p.quantity(), p.cost());
      }
    }
    int next = 0;
    for (LocalDate day : days) {
      while (next < trades.size() && !trades.get(next).tradeDate().isAfter(day)) {
        apply(trades.get(next++));
      }
      atClose.accept(day, books);
    }
    while (next < trades.size()) {
      apply(trades.get(next++));
    }
  }

  private void apply(Trade trade) {
    BigDecimal sign = BigDecimal.valueOf(trade.side().sign());
    Relief relief =
        book(trade.bookId(), trade.instrumentId())
            .apply(
                trade.id(),
                trade.tradeDate(),
                trade.quantity().multiply(sign),
                trade.side() == Side.BUY ? trade.grossAmount() : trade.grossAmount().negate());
    reliefs.put(trade.id().value(), relief);
  }

  private LotBook book(BookId bookId, InstrumentId instrument) {
    long id = (bookId.value() << 32) ^ instrument.value();
    LotBook book = byId.get(id);
    if (book == null) {
      book =
          new LotBook(
              inputs.lotMethod(bookId),
              context.minorUnits(context.instrument(instrument).currency()));
      byId.put(id, book);
      books.put(new LotKey(bookId, instrument), book);
    }
    return book;
  }

  /** What {@code trade} relieved when it was replayed; nothing when it only opened lots. */
  Relief relief(TradeId trade) {
    return reliefs.getOrDefault(trade.value(), Relief.NONE);
  }

  /** The lots per book and instrument at the end of the replay. */
  SortedMap<LotKey, LotBook> books() {
    return books;
  }

  /** Every holding's position at the end of the replay, in book and instrument order. */
  List<LotPosition> positions() {
    List<LotPosition> positions = new ArrayList<>(books.size());
    books.forEach(
        (key, book) ->
            positions.add(
                LotPosition.of(key, context.instrument(key.instrument()).currency(), book)));
    return positions;
  }
}
