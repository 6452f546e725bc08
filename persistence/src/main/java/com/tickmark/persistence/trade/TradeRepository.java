package com.tickmark.persistence.trade;

import static com.tickmark.persistence.jooq.Tables.TRADE;
import static com.tickmark.persistence.jooq.Tables.TRADE_HISTORY;
import static com.tickmark.persistence.jooq.Tables.TRADE_IMPORT;
import static com.tickmark.persistence.jooq.Tables.TRADE_IMPORT_QUARANTINE;

import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradePositions;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeStore;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.integrity.TradeDataCheck;
import com.tickmark.persistence.PlainRows;
import com.tickmark.persistence.jooq.tables.records.TradeHistoryRecord;
import com.tickmark.persistence.jooq.tables.records.TradeRecord;
import com.tickmark.persistence.workspace.Batches;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Trades, stored with their sequential internal id so that bulk capture appends in key order. */
public final class TradeRepository implements TradeStore {
  /** Ids looked up in one scan (see liveByExecId and findAll). */
  private static final int LOOKUP_CHUNK = 10_000;

  private final DSLContext dsl;

  /** The columns of a trade's terms and status, as the bulk paths write them (see bindBulk). */
  private static final List<Field<?>> TERMS =
      List.of(
          TRADE.ID,
          TRADE.TRADE_VERSION,
          TRADE.EXEC_ID,
          TRADE.ORDER_ID,
          TRADE.BROKER_REF,
          TRADE.BOOK_ID,
          TRADE.INSTRUMENT_ID,
          TRADE.SIDE,
          TRADE.QUANTITY,
          TRADE.PRICE,
          TRADE.GROSS_AMOUNT,
          TRADE.COMMISSION,
          TRADE.FEES,
          TRADE.CURRENCY,
          TRADE.TRADE_DATE,
          TRADE.EXECUTION_TIME,
          TRADE.SETTLEMENT_DATE,
          TRADE.COUNTERPARTY_ID,
          TRADE.ACCOUNT_ID,
          TRADE.SOURCE,
          TRADE.STATUS);

  /** What a version records besides the trade (see bindRecorded). */
  private static final List<Field<?>> RECORD =
      List.of(TRADE.RECORDED_BY, TRADE.RECORDED_AT, TRADE.RECORD_REASON, TRADE.AFFIRMED_AT);

  private final PositionRepository positions;
  private final String bulkInsertSql;
  private final String recordedInsertSql;
  private final String recordedHistoryInsertSql;

  public TradeRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.positions = new PositionRepository(dsl);
    this.bulkInsertSql = insertSql(TRADE, TERMS);
    List<Field<?>> recorded = new ArrayList<>(TERMS);
    recorded.addAll(RECORD);
    this.recordedInsertSql = insertSql(TRADE, recorded);
    this.recordedHistoryInsertSql = insertSql(TRADE_HISTORY, recorded);
  }

  /** The insert of {@code columns} (named as the trade table's) into {@code table}. */
  private String insertSql(Table<?> table, List<Field<?>> columns) {
    List<Field<?>> fields = columns.stream().<Field<?>>map(f -> table.field(f.getName())).toList();
    return dsl.render(
        dsl.insertInto(table).columns(fields).values(Collections.nCopies(fields.size(), null)));
  }

  /**
   * Stores new trades (version 1) without who recorded them: bulk capture (file imports; see {@link
   * #history}).
   */
  public int insertAll(Collection<Trade> trades) {
    if (trades.isEmpty()) {
      return 0;
    }
    return Batches.run(dsl, bulkInsertSql, "trade", trades, TradeRepository::bindBulk);
  }

  /**
   * Binds one trade to {@link #bulkInsertSql} with the typed setters: no array or boxed number per
   * row, and the execution time as an {@link Instant} (H2 stores it as the same UTC timestamp with
   * time zone an {@code OffsetDateTime} would give, without the zone rules that {@code
   * OffsetDateTime.ofInstant} builds per call).
   */
  private static void bindBulk(PreparedStatement ps, Trade t) throws SQLException {
    ps.setLong(1, t.id().value());
    ps.setInt(2, t.version());
    ps.setString(3, t.execId());
    ps.setString(4, t.orderId());
    ps.setString(5, t.brokerRef());
    ps.setLong(6, t.bookId().value());
    ps.setLong(7, t.instrumentId().value());
    ps.setString(8, t.side().name());
    ps.setBigDecimal(9, t.quantity());
    ps.setBigDecimal(10, t.price());
    ps.setBigDecimal(11, t.grossAmount());
    ps.setBigDecimal(12, t.commission());
    ps.setBigDecimal(13, t.fees());
    ps.setString(14, t.currency().code());
    ps.setObject(15, t.tradeDate());
    ps.setObject(16, t.executionTime());
    ps.setObject(17, t.settlementDate());
    ps.setLong(18, t.counterpartyId().value());
    if (t.accountId() == null) {
      ps.setNull(19, Types.BIGINT);
    } else {
      ps.setLong(19, t.accountId().value());
    }
    ps.setString(20, t.source().name());
    ps.setString(21, t.status().name());
  }

  /**
   * Stores trades loaded in bulk with the versions they went through, such as the demo firm's
   * lifecycle: {@code versions} trade by trade in ascending id order, above every stored id, each
   * trade's oldest first. A trade's last version becomes the trade and its earlier ones its
   * history, each with who recorded it, when and why, and from its first AFFIRMED version on, when
   * the trade was first affirmed (as {@link #supersede} keeps it). As with {@link #insertBulk}, the
   * load posts its positions itself ({@link #postBulk}).
   */
  public void insertWithHistory(List<TradeVersion> versions) {
    List<Recorded> current = new ArrayList<>();
    List<Recorded> earlier = new ArrayList<>();
    Instant affirmedAt = null;
    for (int i = 0; i < versions.size(); i++) {
      TradeVersion v = versions.get(i);
      TradeId id = v.trade().id();
      if (i == 0 || !versions.get(i - 1).trade().id().equals(id)) {
        affirmedAt = null;
      }
      if (affirmedAt == null && v.trade().status() == TradeStatus.AFFIRMED) {
        affirmedAt = v.recordedAt();
      }
      boolean last = i == versions.size() - 1 || !versions.get(i + 1).trade().id().equals(id);
      (last ? current : earlier).add(new Recorded(v, affirmedAt));
    }
    Batches.run(dsl, recordedInsertSql, "trade", current, TradeRepository::bindRecorded);
    Batches.run(
        dsl, recordedHistoryInsertSql, "trade history", earlier, TradeRepository::bindRecorded);
  }

  /** A version to store, and when its trade was first affirmed (null if not yet). */
  private record Recorded(TradeVersion version, Instant affirmedAt) {}

  private static void bindRecorded(PreparedStatement ps, Recorded r) throws SQLException {
    TradeVersion v = r.version();
    bindBulk(ps, v.trade());
    int next = TERMS.size() + 1;
    ps.setString(next, v.recordedBy());
    ps.setObject(next + 1, v.recordedAt());
    ps.setString(next + 2, v.reason());
    if (r.affirmedAt() == null) {
      ps.setNull(next + 3, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(next + 3, r.affirmedAt());
    }
  }

  /**
   * A day's trades in id order: read straight off JDBC and put in order here (a recon reads a
   * million of them; H2 sorting that many would write them to a temporary file first).
   */
  public List<Trade> tradesOn(LocalDate tradeDate) {
    Map<String, CurrencyCode> currencies = new HashMap<>();
    List<Trade> trades =
        PlainRows.fetch(
            dsl,
            dsl.select(TRADE_COLUMNS).from(TRADE).where(TRADE.TRADE_DATE.eq(tradeDate)),
            rs -> trade(rs, currencies));
    trades.sort(Comparator.comparingLong(t -> t.id().value()));
    return trades;
  }

  /**
   * The current version of every trade done up to and with {@code through}, whatever its status, in
   * id order: what the ledger posts from.
   */
  public List<Trade> tradesThrough(LocalDate through) {
    Map<String, CurrencyCode> currencies = new HashMap<>();
    List<Trade> trades =
        PlainRows.fetch(
            dsl,
            dsl.select(TRADE_COLUMNS).from(TRADE).where(TRADE.TRADE_DATE.le(through)),
            rs -> trade(rs, currencies));
    trades.sort(Comparator.comparingLong(t -> t.id().value()));
    return trades;
  }

  /** A trade's columns in {@link Trade}'s order, as {@link #trade(ResultSet, Map)} reads them. */
  static final List<Field<?>> TRADE_COLUMNS = TERMS;

  /**
   * The trade in a result row's first columns ({@link #TRADE_COLUMNS}); {@code currencies} keeps
   * one code per currency.
   */
  static Trade trade(ResultSet rs, Map<String, CurrencyCode> currencies) throws SQLException {
    long account = rs.getLong(19);
    boolean noAccount = rs.wasNull();
    return new Trade(
        new TradeId(rs.getLong(1)),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        new BookId(rs.getLong(6)),
        new InstrumentId(rs.getLong(7)),
        Side.valueOf(rs.getString(8)),
        rs.getBigDecimal(9),
        rs.getBigDecimal(10),
        rs.getBigDecimal(11),
        rs.getBigDecimal(12),
        rs.getBigDecimal(13),
        currencies.computeIfAbsent(rs.getString(14), CurrencyCode::new),
        rs.getObject(15, LocalDate.class),
        rs.getObject(16, OffsetDateTime.class).toInstant(),
        rs.getObject(17, LocalDate.class),
        new CounterpartyId(rs.getLong(18)),
        noAccount ? null : new AccountId(account),
        TradeSource.valueOf(rs.getString(20)),
        TradeStatus.valueOf(rs.getString(21)));
  }

  public int count() {
    return dsl.fetchCount(TRADE);
  }

  /** The number of trades per trade date, in date order. */
  public NavigableMap<LocalDate, Integer> countByTradeDate() {
    NavigableMap<LocalDate, Integer> counts = new TreeMap<>();
    dsl.select(TRADE.TRADE_DATE, DSL.count())
        .from(TRADE)
        .groupBy(TRADE.TRADE_DATE)
        .forEach(r -> counts.put(r.value1(), r.value2()));
    return counts;
  }

  /** The highest trade id in use, or 0 in an empty workspace. */
  public long maxId() {
    Long max = dsl.select(DSL.max(TRADE.ID)).from(TRADE).fetchOne(0, Long.class);
    return max == null ? 0 : max;
  }

  @Override
  public Optional<Trade> find(TradeId id) {
    return dsl.selectFrom(TRADE)
        .where(TRADE.ID.eq(id.value()))
        .fetchOptional(TradeRepository::toTrade);
  }

  /**
   * The next trade id: one past the highest stored. Ids stay sequential whether trades were bulk
   * loaded with their own ids (the demo, imports) or captured one by one; the workspace's
   * single-writer lock makes this safe (a shared multi-writer database will need a sequence).
   */
  @Override
  public TradeId nextId() {
    return new TradeId(maxId() + 1);
  }

  /**
   * One chunk of a bulk load, in the caller's transaction: a batched insert, the rows in id order.
   */
  @Override
  public void insertBulk(List<Trade> trades) {
    insertAll(trades);
  }

  @Override
  public void postBulk(PositionChanges changes) {
    positions.post(changes);
  }

  @Override
  public void deleteBulk(TradeId first, TradeId last) {
    dsl.deleteFrom(TRADE).where(TRADE.ID.between(first.value(), last.value())).execute();
  }

  @Override
  public void insert(Trade trade, String recordedBy, Instant recordedAt, String reason) {
    insertAll(List.of(trade));
    markRecorded(trade, recordedBy, recordedAt, reason);
    positions.post(TradePositions.ofTrades(List.of(trade)));
  }

  /** Records newly captured trades with who recorded them, when and why, in one batch. */
  @Override
  public void insertAll(
      List<Trade> trades, String recordedBy, Instant recordedAt, Function<Trade, String> reason) {
    OffsetDateTime at = OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC);
    Batches.insert(
        dsl,
        TRADE,
        trades,
        t ->
            new Object[] {
              t.id().value(),
              t.version(),
              t.execId(),
              t.orderId(),
              t.brokerRef(),
              t.bookId().value(),
              t.instrumentId().value(),
              t.side().name(),
              t.quantity(),
              t.price(),
              t.grossAmount(),
              t.commission(),
              t.fees(),
              t.currency().code(),
              t.tradeDate(),
              OffsetDateTime.ofInstant(t.executionTime(), ZoneOffset.UTC),
              t.settlementDate(),
              t.counterpartyId().value(),
              t.accountId() == null ? null : t.accountId().value(),
              t.source().name(),
              t.status().name(),
              recordedBy,
              at,
              reason.apply(t)
            },
        TRADE.ID,
        TRADE.TRADE_VERSION,
        TRADE.EXEC_ID,
        TRADE.ORDER_ID,
        TRADE.BROKER_REF,
        TRADE.BOOK_ID,
        TRADE.INSTRUMENT_ID,
        TRADE.SIDE,
        TRADE.QUANTITY,
        TRADE.PRICE,
        TRADE.GROSS_AMOUNT,
        TRADE.COMMISSION,
        TRADE.FEES,
        TRADE.CURRENCY,
        TRADE.TRADE_DATE,
        TRADE.EXECUTION_TIME,
        TRADE.SETTLEMENT_DATE,
        TRADE.COUNTERPARTY_ID,
        TRADE.ACCOUNT_ID,
        TRADE.SOURCE,
        TRADE.STATUS,
        TRADE.RECORDED_BY,
        TRADE.RECORDED_AT,
        TRADE.RECORD_REASON);
    positions.post(TradePositions.ofTrades(trades));
  }

  @Override
  public void supersede(Trade next, String recordedBy, Instant recordedAt, String reason) {
    TradeRecord current =
        dsl.selectFrom(TRADE)
            .where(TRADE.ID.eq(next.id().value()))
            .forUpdate()
            .fetchOptional()
            .orElseThrow(() -> new IllegalStateException("Trade " + next.id() + " does not exist"));
    if (current.getTradeVersion() + 1 != next.version()) {
      throw new IllegalStateException(
          "Trade "
              + next.id()
              + " is at version "
              + current.getTradeVersion()
              + "; version "
              + next.version()
              + " cannot follow it");
    }
    TradeHistoryRecord old = dsl.newRecord(TRADE_HISTORY);
    old.from(current);
    old.insert();
    dsl.update(TRADE)
        .set(TRADE.TRADE_VERSION, next.version())
        .set(TRADE.BROKER_REF, next.brokerRef())
        .set(TRADE.QUANTITY, next.quantity())
        .set(TRADE.PRICE, next.price())
        .set(TRADE.GROSS_AMOUNT, next.grossAmount())
        .set(TRADE.COMMISSION, next.commission())
        .set(TRADE.FEES, next.fees())
        .set(TRADE.SETTLEMENT_DATE, next.settlementDate())
        .set(TRADE.STATUS, next.status().name())
        .set(
            TRADE.AFFIRMED_AT,
            current.getAffirmedAt() == null && next.status() == TradeStatus.AFFIRMED
                ? OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC)
                : current.getAffirmedAt())
        .where(TRADE.ID.eq(next.id().value()))
        .execute();
    markRecorded(next, recordedBy, recordedAt, reason);
    positions.post(TradePositions.ofChange(toTrade(current), next));
  }

  private void markRecorded(Trade trade, String recordedBy, Instant recordedAt, String reason) {
    dsl.update(TRADE)
        .set(TRADE.RECORDED_BY, recordedBy)
        .set(TRADE.RECORDED_AT, OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
        .set(TRADE.RECORD_REASON, reason == null ? "" : reason)
        .where(TRADE.ID.eq(trade.id().value()))
        .execute();
  }

  @Override
  public List<TradeVersion> history(TradeId id) {
    List<TradeVersion> versions = new ArrayList<>();
    dsl.selectFrom(TRADE_HISTORY)
        .where(TRADE_HISTORY.ID.eq(id.value()))
        .orderBy(TRADE_HISTORY.TRADE_VERSION)
        .forEach(
            h -> {
              TradeRecord r = dsl.newRecord(TRADE);
              r.from(h);
              versions.add(
                  new TradeVersion(
                      toTrade(r),
                      h.getRecordedBy(),
                      h.getRecordedAt() == null ? null : h.getRecordedAt().toInstant(),
                      h.getRecordReason()));
            });
    dsl.selectFrom(TRADE)
        .where(TRADE.ID.eq(id.value()))
        .fetchOptional()
        .ifPresent(
            r ->
                versions.add(
                    new TradeVersion(
                        toTrade(r),
                        r.getRecordedBy(),
                        r.getRecordedAt() == null ? null : r.getRecordedAt().toInstant(),
                        r.getRecordReason())));
    if (!versions.isEmpty() && versions.get(0).recordedAt() == null) {
      bulkLoad(versions.get(0).trade()).ifPresent(loaded -> versions.set(0, loaded));
    }
    return versions;
  }

  /**
   * Who stored a trade loaded in bulk, when and why, which {@link #insertBulk} leaves to the load's
   * own record: the file import whose id range holds it, or the repair of its quarantined row.
   */
  private Optional<TradeVersion> bulkLoad(Trade first) {
    long id = first.id().value();
    return dsl.select(
            TRADE_IMPORT.ID,
            TRADE_IMPORT.FILE_NAME,
            TRADE_IMPORT.IMPORTED_BY,
            TRADE_IMPORT.IMPORTED_AT)
        .from(TRADE_IMPORT)
        .where(TRADE_IMPORT.FIRST_TRADE_ID.le(id).and(TRADE_IMPORT.LAST_TRADE_ID.ge(id)))
        .fetchOptional(
            r ->
                new TradeVersion(
                    first,
                    r.get(TRADE_IMPORT.IMPORTED_BY),
                    r.get(TRADE_IMPORT.IMPORTED_AT).toInstant(),
                    "imported from "
                        + r.get(TRADE_IMPORT.FILE_NAME)
                        + " (import "
                        + r.get(TRADE_IMPORT.ID)
                        + ")"))
        .or(
            () ->
                dsl.select(
                        TRADE_IMPORT_QUARANTINE.RESOLVED_BY,
                        TRADE_IMPORT_QUARANTINE.RESOLVED_AT,
                        TRADE_IMPORT_QUARANTINE.RESOLUTION)
                    .from(TRADE_IMPORT_QUARANTINE)
                    .where(TRADE_IMPORT_QUARANTINE.TRADE_ID.eq(id))
                    .fetchOptional(
                        r ->
                            new TradeVersion(
                                first, r.value1(), r.value2().toInstant(), r.value3())));
  }

  /**
   * Every trade whose current version is not cancelled, streamed in id order: what settlement
   * builds its obligations from.
   */
  public void forEachLive(Consumer<Trade> action) {
    try (Cursor<TradeRecord> live =
        dsl.selectFrom(TRADE)
            .where(TRADE.STATUS.ne(TradeStatus.CANCELLED.name()))
            .orderBy(TRADE.ID)
            .fetchSize(2_000)
            .fetchLazy()) {
      for (TradeRecord r : live) {
        action.accept(toTrade(r));
      }
    }
  }

  /**
   * The live trades whose execution id is one of {@code execIds}, by execution id (the newest trade
   * where two share one). There is no index on execution ids (see V3): each chunk of ids is one
   * scan in which H2 tests every row against the chunk as a hash set, and only the matching rows
   * are read out — not a million trades materialised to find a thousand.
   */
  public Map<String, Trade> liveByExecId(Set<String> execIds) {
    List<String> wanted = new ArrayList<>(execIds);
    Map<String, Trade> byExecId = new HashMap<>();
    for (int from = 0; from < wanted.size(); from += LOOKUP_CHUNK) {
      List<Field<String>> chunk =
          wanted.subList(from, Math.min(wanted.size(), from + LOOKUP_CHUNK)).stream()
              .<Field<String>>map(DSL::inline)
              .toList();
      dsl.selectFrom(TRADE)
          .where(TRADE.EXEC_ID.in(chunk))
          .and(TRADE.STATUS.ne(TradeStatus.CANCELLED.name()))
          .orderBy(TRADE.ID)
          .forEach(r -> byExecId.put(r.getExecId(), toTrade(r)));
    }
    return byExecId;
  }

  /** The current versions of {@code ids} that exist, by id, read a chunk of ids at a time. */
  public Map<TradeId, Trade> findAll(Collection<TradeId> ids) {
    List<Long> wanted = ids.stream().map(TradeId::value).distinct().sorted().toList();
    Map<TradeId, Trade> byId = new HashMap<>();
    for (int from = 0; from < wanted.size(); from += LOOKUP_CHUNK) {
      List<Field<Long>> chunk =
          wanted.subList(from, Math.min(wanted.size(), from + LOOKUP_CHUNK)).stream()
              .<Field<Long>>map(DSL::inline)
              .toList();
      dsl.selectFrom(TRADE)
          .where(TRADE.ID.in(chunk))
          .forEach(r -> byId.put(new TradeId(r.getId()), toTrade(r)));
    }
    return byId;
  }

  /**
   * The trades as {@code audit verify --data} reads them: every version, streamed trade by trade in
   * id order, a trade's history (oldest first) before its current version.
   */
  public TradeDataCheck.StoredTrades stored() {
    return visitor -> {
      try (Cursor<TradeRecord> current =
              dsl.selectFrom(TRADE).orderBy(TRADE.ID).fetchSize(2_000).fetchLazy();
          Cursor<TradeHistoryRecord> history =
              dsl.selectFrom(TRADE_HISTORY)
                  .orderBy(TRADE_HISTORY.ID, TRADE_HISTORY.TRADE_VERSION)
                  .fetchSize(2_000)
                  .fetchLazy()) {
        TradeHistoryRecord earlier = history.fetchNext();
        for (TradeRecord r : current) {
          while (earlier != null && earlier.getId() <= r.getId()) {
            visitEarlier(earlier, visitor);
            earlier = history.fetchNext();
          }
          visit(r, true, visitor);
        }
        for (; earlier != null; earlier = history.fetchNext()) {
          visitEarlier(earlier, visitor);
        }
      }
    };
  }

  private void visitEarlier(TradeHistoryRecord h, TradeDataCheck.Visitor visitor) {
    TradeRecord r = dsl.newRecord(TRADE);
    r.from(h);
    visit(r, false, visitor);
  }

  private static void visit(TradeRecord r, boolean current, TradeDataCheck.Visitor visitor) {
    Trade trade;
    try {
      trade = toTrade(r);
    } catch (IllegalArgumentException | NullPointerException e) {
      visitor.unreadable(r.getId(), r.getTradeVersion(), e.getMessage());
      return;
    }
    visitor.trade(trade, current);
  }

  static Trade toTrade(TradeRecord r) {
    return new Trade(
        new TradeId(r.getId()),
        r.getTradeVersion(),
        r.getExecId(),
        r.getOrderId(),
        r.getBrokerRef(),
        new BookId(r.getBookId()),
        new InstrumentId(r.getInstrumentId()),
        Side.valueOf(r.getSide()),
        r.getQuantity(),
        r.getPrice(),
        r.getGrossAmount(),
        r.getCommission(),
        r.getFees(),
        new CurrencyCode(r.getCurrency()),
        r.getTradeDate(),
        r.getExecutionTime().toInstant(),
        r.getSettlementDate(),
        new CounterpartyId(r.getCounterpartyId()),
        r.getAccountId() == null ? null : new AccountId(r.getAccountId()),
        TradeSource.valueOf(r.getSource()),
        TradeStatus.valueOf(r.getStatus()));
  }
}
