package com.tickmark.model.trade.blotter;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.blotter.BlotterColumn.Kind;
import it.unimi.dsi.fastutil.Hash;
import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The trades of the blotter, held column by column in primitive arrays: a million trades take about
 * 200 MB instead of the gigabytes a million row objects would. Category columns hold small codes
 * into a {@link Dictionary}; amounts hold exact scaled whole numbers; text references sit in a
 * {@link TextPool}. One thread writes ({@link #put}); the screen reads rows below {@link #size()}.
 */
public final class TradeTable {
  /** Decimals kept for each numeric kind (the database's scales, so nothing is rounded). */
  static final int QUANTITY_SCALE = 6;

  static final int PRICE_SCALE = 8;
  static final int MONEY_SCALE = 6;

  /** A timestamp or number that is not there. */
  static final long NONE = Long.MIN_VALUE;

  /** What the quantity of a trade in shares (an equity, an ETF) counts. */
  public static final String SHARES = "shares";

  private final BlotterReference reference;
  private final Map<BlotterColumn, Dictionary> dictionaries = new EnumMap<>(BlotterColumn.class);
  private final Map<BlotterColumn, int[]> codes = new EnumMap<>(BlotterColumn.class);
  private final Map<BlotterColumn, long[]> numbers = new EnumMap<>(BlotterColumn.class);
  private final Map<BlotterColumn, TextPool> texts = new EnumMap<>(BlotterColumn.class);

  /**
   * What each trade's quantity counts: {@link #SHARES}, or an FX trade's base currency (an EUR/USD
   * trade's quantity is in euros), so that totals never add one to the other.
   */
  private final Dictionary units = new Dictionary();

  private int[] unitCodes = new int[0];

  /**
   * Trade id to row; -1 for a trade not held. Half full at most, as the hand-written map it
   * replaced: short probes, and a million ids still fit in 2^21 slots (25 MB).
   */
  private final Long2IntOpenHashMap rowById =
      new Long2IntOpenHashMap(Hash.DEFAULT_INITIAL_SIZE, Hash.FAST_LOAD_FACTOR);

  private volatile int size;
  private int capacity;
  private volatile long changes;

  public TradeTable(BlotterReference reference) {
    this.reference = reference;
    rowById.defaultReturnValue(-1);
    for (BlotterColumn c : BlotterColumn.values()) {
      switch (c.kind()) {
        case CATEGORY -> dictionaries.put(c, new Dictionary());
        case TEXT -> texts.put(c, new TextPool());
        default -> {}
      }
    }
    for (TradeStatus s : TradeStatus.values()) {
      dictionaries.get(BlotterColumn.STATUS).code(s.name());
    }
    for (Side s : Side.values()) {
      dictionaries.get(BlotterColumn.SIDE).code(s.name());
    }
    for (TradeSource s : TradeSource.values()) {
      dictionaries.get(BlotterColumn.SOURCE).code(s.name());
    }
    for (SameDayAffirmation.Verdict v : SameDayAffirmation.Verdict.values()) {
      dictionaries.get(BlotterColumn.SAME_DAY).code(v.label());
    }
    grow(1024);
  }

  public BlotterReference reference() {
    return reference;
  }

  /** How many trades are held. */
  public int size() {
    return size;
  }

  /** A number that moves whenever a trade is added or changed (for caches of orderings). */
  long changes() {
    return changes;
  }

  /** Adds each trade, or replaces the row of a trade already held with its new version. */
  public void putAll(Collection<BlotterTrade> trades) {
    for (BlotterTrade t : trades) {
      put(t);
    }
  }

  /** Adds the trade, or replaces the row of a trade already held with its new version. */
  public void put(BlotterTrade bt) {
    Trade t = bt.trade();
    int row = rowById.get(t.id().value());
    boolean added = row < 0;
    if (added) {
      row = size;
      if (row >= capacity) {
        grow(capacity * 2);
      }
    }
    Instrument instrument = reference.instrument(t.instrumentId().value());
    Book book = reference.book(t.bookId().value());
    Counterparty broker = reference.counterparty(t.counterpartyId().value());
    Account account = t.accountId() == null ? null : reference.account(t.accountId().value());
    set(BlotterColumn.TRADE_ID, row, t.id().value());
    set(BlotterColumn.VERSION, row, t.version());
    code(BlotterColumn.STATUS, row, t.status().name(), null);
    set(BlotterColumn.TRADE_DATE, row, t.tradeDate().toEpochDay());
    set(BlotterColumn.EXECUTION_TIME, row, micros(t.executionTime()));
    set(BlotterColumn.SETTLEMENT_DATE, row, t.settlementDate().toEpochDay());
    code(
        BlotterColumn.BOOK,
        row,
        book == null ? "#" + t.bookId().value() : book.code(),
        book == null ? null : book.name());
    code(BlotterColumn.STRATEGY, row, book == null ? "" : book.strategyCode(), null);
    code(BlotterColumn.SIDE, row, t.side().name(), null);
    code(
        BlotterColumn.INSTRUMENT,
        row,
        instrument == null ? "#" + t.instrumentId().value() : instrument.symbol(),
        instrument == null ? null : instrument.name());
    code(
        BlotterColumn.ISIN,
        row,
        instrument == null || instrument.isin() == null ? "" : instrument.isin().toString(),
        null);
    set(BlotterColumn.QUANTITY, row, scaled(t.quantity(), QUANTITY_SCALE));
    unitCodes[row] = units.code(unitOf(instrument));
    set(BlotterColumn.PRICE, row, scaled(t.price(), PRICE_SCALE));
    code(BlotterColumn.CURRENCY, row, t.currency().code(), null);
    set(BlotterColumn.NOTIONAL, row, scaled(t.grossAmount(), MONEY_SCALE));
    set(BlotterColumn.COMMISSION, row, scaled(t.commission(), MONEY_SCALE));
    set(BlotterColumn.FEES, row, scaled(t.fees(), MONEY_SCALE));
    set(
        BlotterColumn.NOTIONAL_BASE,
        row,
        reference.toBaseCents(t.grossAmount(), t.currency(), t.tradeDate()));
    set(
        BlotterColumn.COMMISSION_BASE,
        row,
        reference.toBaseCents(t.commission(), t.currency(), t.tradeDate()));
    code(
        BlotterColumn.COUNTERPARTY,
        row,
        broker == null ? "#" + t.counterpartyId().value() : broker.code(),
        broker == null ? null : broker.name());
    code(
        BlotterColumn.ACCOUNT,
        row,
        account == null
            ? (t.accountId() == null ? "" : "#" + t.accountId().value())
            : account.code(),
        account == null ? null : account.name());
    texts.get(BlotterColumn.EXEC_ID).set(row, t.execId());
    texts.get(BlotterColumn.ORDER_ID).set(row, t.orderId());
    texts.get(BlotterColumn.BROKER_REF).set(row, t.brokerRef());
    code(BlotterColumn.SOURCE, row, t.source().name(), null);
    set(BlotterColumn.AFFIRMED_AT, row, bt.affirmedAt() == null ? NONE : micros(bt.affirmedAt()));
    code(
        BlotterColumn.SAME_DAY,
        row,
        SameDayAffirmation.of(t.tradeDate(), bt.affirmedAt(), t.status() == TradeStatus.CANCELLED)
            .label(),
        null);
    if (added) {
      rowById.put(t.id().value(), row);
      size = row + 1;
    }
    changes++;
  }

  private static String unitOf(Instrument instrument) {
    return instrument != null && instrument.isFx() ? instrument.baseCurrency().code() : SHARES;
  }

  private void grow(int newCapacity) {
    unitCodes = Arrays.copyOf(unitCodes, newCapacity);
    for (BlotterColumn c : BlotterColumn.values()) {
      if (c.kind() == Kind.CATEGORY) {
        int[] old = codes.get(c);
        codes.put(c, old == null ? new int[newCapacity] : Arrays.copyOf(old, newCapacity));
      } else if (c.kind() != Kind.TEXT) {
        long[] old = numbers.get(c);
        numbers.put(c, old == null ? new long[newCapacity] : Arrays.copyOf(old, newCapacity));
      }
    }
    capacity = newCapacity;
  }

  private void set(BlotterColumn c, int row, long value) {
    numbers.get(c)[row] = value;
  }

  private void code(BlotterColumn c, int row, String label, String alsoSearch) {
    codes.get(c)[row] = dictionaries.get(c).code(label, alsoSearch);
  }

  private static long scaled(BigDecimal value, int scale) {
    return value.setScale(scale).unscaledValue().longValueExact();
  }

  private static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** The row of a trade, or -1 when it is not held. */
  public int row(long tradeId) {
    return rowById.get(tradeId);
  }

  public long tradeId(int row) {
    return numbers.get(BlotterColumn.TRADE_ID)[row];
  }

  /** The raw number of a numeric, date (epoch day) or timestamp (epoch micros) column. */
  long number(BlotterColumn c, int row) {
    return numbers.get(c)[row];
  }

  long[] numbers(BlotterColumn c) {
    return numbers.get(c);
  }

  int code(BlotterColumn c, int row) {
    return codes.get(c)[row];
  }

  int[] codes(BlotterColumn c) {
    return codes.get(c);
  }

  Dictionary dictionary(BlotterColumn c) {
    return dictionaries.get(c);
  }

  /** Each row's unit of quantity, as a code into {@link #units()}. */
  int[] unitCodes() {
    return unitCodes;
  }

  Dictionary units() {
    return units;
  }

  TextPool texts(BlotterColumn c) {
    return texts.get(c);
  }

  /** The values a category column holds, for a filter's pick list. */
  public List<String> values(BlotterColumn c) {
    Dictionary d = dictionaries.get(c);
    if (d == null) {
      throw new IllegalArgumentException(c.title() + " is not a category column");
    }
    return d.labels().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
  }

  /**
   * The typed value of a cell, as an export writes it: a String, Long, BigDecimal, LocalDate or
   * Instant; null when empty.
   */
  public Object value(BlotterColumn c, int row) {
    return switch (c.kind()) {
      case CATEGORY -> dictionaries.get(c).label(codes.get(c)[row]);
      case TEXT -> texts.get(c).get(row);
      case ID -> new TradeId(numbers.get(c)[row]).display();
      case INTEGER -> numbers.get(c)[row];
      case DATE -> LocalDate.ofEpochDay(numbers.get(c)[row]);
      case TIMESTAMP -> {
        long micros = numbers.get(c)[row];
        yield micros == NONE
            ? null
            : Instant.ofEpochSecond(
                Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
      }
      case QUANTITY -> decimal(numbers.get(c)[row], QUANTITY_SCALE);
      case PRICE -> decimal(numbers.get(c)[row], PRICE_SCALE);
      case MONEY -> decimal(numbers.get(c)[row], MONEY_SCALE);
      case BASE_MONEY -> {
        long cents = numbers.get(c)[row];
        yield cents == BlotterReference.NO_RATE
            ? null
            : BigDecimal.valueOf(cents, BlotterReference.BASE_SCALE);
      }
    };
  }

  private static BigDecimal decimal(long unscaled, int scale) {
    BigDecimal d = BigDecimal.valueOf(unscaled, scale).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** An estimate of the memory held, in bytes. */
  public long bytes() {
    // the id map's key and value arrays, sized as fastutil sizes them
    long b = 12L * HashCommon.arraySize(Math.max(size, 1), Hash.FAST_LOAD_FACTOR);
    b += (long) capacity * (4L * (codes.size() + 1) + 8L * numbers.size());
    for (TextPool p : texts.values()) {
      b += p.bytes();
    }
    return b;
  }
}
