package com.tickmark.persistence.trade;

import static com.tickmark.persistence.jooq.Tables.OPENING_CASH;
import static com.tickmark.persistence.jooq.Tables.OPENING_POSITION;
import static com.tickmark.persistence.jooq.Tables.POSITION_DAY;

import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.position.PositionDay;
import com.tickmark.model.position.PositionKey;
import com.tickmark.model.position.PositionStore;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.persistence.workspace.Batches;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The opening book and the daily position movements. A posting adds each movement to its key and
 * date's row, inserting the rows not stored yet: the rows of the posting's dates are read once,
 * then one prepared batch updates and one inserts (an upsert per row, as jOOQ renders it for H2,
 * took 2 ms each). Account 0 stands for a trade without an account, as a key column cannot be null.
 */
public final class PositionRepository implements PositionStore {
  private static final long NO_ACCOUNT = 0;

  private final DSLContext dsl;
  private final String addSql;

  public PositionRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.addSql = addSql();
  }

  @Override
  public void post(PositionChanges changes) {
    List<PositionDay> days = changes.days();
    if (days.isEmpty()) {
      return;
    }
    Set<Key> stored = new HashSet<>();
    Set<LocalDate> dates = days.stream().map(PositionDay::date).collect(Collectors.toSet());
    dsl.select(
            POSITION_DAY.BOOK_ID,
            POSITION_DAY.INSTRUMENT_ID,
            POSITION_DAY.ACCOUNT_ID,
            POSITION_DAY.CURRENCY,
            POSITION_DAY.MOVEMENT_DATE)
        .from(POSITION_DAY)
        .where(POSITION_DAY.MOVEMENT_DATE.in(dates))
        .forEach(
            r -> stored.add(new Key(r.value1(), r.value2(), r.value3(), r.value4(), r.value5())));
    List<PositionDay> added = new ArrayList<>();
    List<PositionDay> changed = new ArrayList<>();
    for (PositionDay d : days) {
      (stored.contains(Key.of(d)) ? changed : added).add(d);
    }
    Batches.run(dsl, addSql, "position", changed, PositionRepository::bindAdd);
    Batches.insert(
        dsl,
        POSITION_DAY,
        added,
        d -> {
          Key k = Key.of(d);
          return new Object[] {
            k.book(),
            k.instrument(),
            k.account(),
            k.currency(),
            k.date(),
            d.bought(),
            d.sold(),
            d.tradedCash(),
            d.received(),
            d.delivered(),
            d.settledCash()
          };
        },
        POSITION_DAY.BOOK_ID,
        POSITION_DAY.INSTRUMENT_ID,
        POSITION_DAY.ACCOUNT_ID,
        POSITION_DAY.CURRENCY,
        POSITION_DAY.MOVEMENT_DATE,
        POSITION_DAY.BOUGHT_QUANTITY,
        POSITION_DAY.SOLD_QUANTITY,
        POSITION_DAY.TRADED_CASH,
        POSITION_DAY.RECEIVED_QUANTITY,
        POSITION_DAY.DELIVERED_QUANTITY,
        POSITION_DAY.SETTLED_CASH);
  }

  /** A row's key as stored. */
  private record Key(long book, long instrument, long account, String currency, LocalDate date) {
    static Key of(PositionDay d) {
      PositionKey k = d.key();
      return new Key(
          k.book().value(),
          k.instrument().value(),
          k.account() == null ? NO_ACCOUNT : k.account().value(),
          k.currency().code(),
          d.date());
    }
  }

  /** Adds to a stored row: the six amounts, then the key (see {@link #addSql}). */
  private static void bindAdd(PreparedStatement ps, PositionDay d) throws SQLException {
    ps.setBigDecimal(1, d.bought());
    ps.setBigDecimal(2, d.sold());
    ps.setBigDecimal(3, d.tradedCash());
    ps.setBigDecimal(4, d.received());
    ps.setBigDecimal(5, d.delivered());
    ps.setBigDecimal(6, d.settledCash());
    Key k = Key.of(d);
    ps.setLong(7, k.book());
    ps.setLong(8, k.instrument());
    ps.setLong(9, k.account());
    ps.setString(10, k.currency());
    ps.setObject(11, k.date());
  }

  private String addSql() {
    return dsl.render(
        dsl.update(POSITION_DAY)
            .set(POSITION_DAY.BOUGHT_QUANTITY, plusParameter(POSITION_DAY.BOUGHT_QUANTITY))
            .set(POSITION_DAY.SOLD_QUANTITY, plusParameter(POSITION_DAY.SOLD_QUANTITY))
            .set(POSITION_DAY.TRADED_CASH, plusParameter(POSITION_DAY.TRADED_CASH))
            .set(POSITION_DAY.RECEIVED_QUANTITY, plusParameter(POSITION_DAY.RECEIVED_QUANTITY))
            .set(POSITION_DAY.DELIVERED_QUANTITY, plusParameter(POSITION_DAY.DELIVERED_QUANTITY))
            .set(POSITION_DAY.SETTLED_CASH, plusParameter(POSITION_DAY.SETTLED_CASH))
            .where(POSITION_DAY.BOOK_ID.eq((Long) null))
            .and(POSITION_DAY.INSTRUMENT_ID.eq((Long) null))
            .and(POSITION_DAY.ACCOUNT_ID.eq((Long) null))
            .and(POSITION_DAY.CURRENCY.eq((String) null))
            .and(POSITION_DAY.MOVEMENT_DATE.eq((LocalDate) null)));
  }

  private static Field<BigDecimal> plusParameter(Field<BigDecimal> column) {
    return column.plus(DSL.val(null, column));
  }

  @Override
  public List<PositionDay> totalsThrough(LocalDate date) {
    return dsl.select(
            POSITION_DAY.BOOK_ID,
            POSITION_DAY.INSTRUMENT_ID,
            POSITION_DAY.ACCOUNT_ID,
            POSITION_DAY.CURRENCY,
            DSL.sum(POSITION_DAY.BOUGHT_QUANTITY),
            DSL.sum(POSITION_DAY.SOLD_QUANTITY),
            DSL.sum(POSITION_DAY.TRADED_CASH),
            DSL.sum(POSITION_DAY.RECEIVED_QUANTITY),
            DSL.sum(POSITION_DAY.DELIVERED_QUANTITY),
            DSL.sum(POSITION_DAY.SETTLED_CASH))
        .from(POSITION_DAY)
        .where(POSITION_DAY.MOVEMENT_DATE.le(date))
        .groupBy(
            POSITION_DAY.BOOK_ID,
            POSITION_DAY.INSTRUMENT_ID,
            POSITION_DAY.ACCOUNT_ID,
            POSITION_DAY.CURRENCY)
        .fetch(
            r ->
                new PositionDay(
                    new PositionKey(
                        new BookId(r.value1()),
                        new InstrumentId(r.value2()),
                        r.value3() == NO_ACCOUNT ? null : new AccountId(r.value3()),
                        CurrencyCode.of(r.value4())),
                    date,
                    r.value5(),
                    r.value6(),
                    r.value7(),
                    r.value8(),
                    r.value9(),
                    r.value10()));
  }

  @Override
  public Optional<LocalDate> openingDate() {
    LocalDate positions =
        dsl.select(DSL.min(OPENING_POSITION.AS_OF))
            .from(OPENING_POSITION)
            .fetchOne(0, LocalDate.class);
    LocalDate cash =
        dsl.select(DSL.min(OPENING_CASH.AS_OF)).from(OPENING_CASH).fetchOne(0, LocalDate.class);
    return positions == null ? Optional.ofNullable(cash) : Optional.of(positions);
  }

  @Override
  public List<OpeningPosition> openingPositions() {
    return dsl.selectFrom(OPENING_POSITION)
        .orderBy(OPENING_POSITION.ID)
        .fetch(
            r ->
                new OpeningPosition(
                    r.getAsOf(),
                    new BookId(r.getBookId()),
                    new AccountId(r.getAccountId()),
                    new InstrumentId(r.getInstrumentId()),
                    r.getQuantity(),
                    r.getCost()));
  }

  @Override
  public List<OpeningCash> openingCash() {
    return dsl.selectFrom(OPENING_CASH)
        .orderBy(OPENING_CASH.ID)
        .fetch(r -> new OpeningCash(r.getAsOf(), new AccountId(r.getAccountId()), r.getBalance()));
  }

  @Override
  public void insertOpening(List<OpeningPosition> positions, List<OpeningCash> cash) {
    long[] id = {nextId(OPENING_POSITION.ID)};
    Batches.insert(
        dsl,
        OPENING_POSITION,
        positions,
        p ->
            new Object[] {
              id[0]++,
              p.asOf(),
              p.book().value(),
              p.custodyAccount().value(),
              p.instrument().value(),
              p.quantity(),
              p.cost()
            },
        OPENING_POSITION.ID,
        OPENING_POSITION.AS_OF,
        OPENING_POSITION.BOOK_ID,
        OPENING_POSITION.ACCOUNT_ID,
        OPENING_POSITION.INSTRUMENT_ID,
        OPENING_POSITION.QUANTITY,
        OPENING_POSITION.COST);
    long[] cashId = {nextId(OPENING_CASH.ID)};
    Batches.insert(
        dsl,
        OPENING_CASH,
        cash,
        c -> new Object[] {cashId[0]++, c.asOf(), c.cashAccount().value(), c.balance()},
        OPENING_CASH.ID,
        OPENING_CASH.AS_OF,
        OPENING_CASH.ACCOUNT_ID,
        OPENING_CASH.BALANCE);
  }

  private long nextId(TableField<?, Long> id) {
    Long max = dsl.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }
}
