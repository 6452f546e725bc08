package com.tickmark.persistence.ledger;

import static com.tickmark.persistence.jooq.Tables.JOURNAL_ENTRY;
import static com.tickmark.persistence.jooq.Tables.JOURNAL_ENTRY_TOTAL;
import static com.tickmark.persistence.jooq.Tables.JOURNAL_LINE;
import static com.tickmark.persistence.jooq.Tables.LEDGER_ACCOUNT;
import static com.tickmark.persistence.jooq.Tables.LEDGER_BALANCE;
import static com.tickmark.persistence.jooq.Tables.LEDGER_PERIOD;

import com.tickmark.model.ledger.AccountClass;
import com.tickmark.model.ledger.BalanceRow;
import com.tickmark.model.ledger.ClosedPeriod;
import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryFilter;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.EntryState;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.LedgerAccount;
import com.tickmark.model.ledger.LedgerStore;
import com.tickmark.model.ledger.PostedLine;
import com.tickmark.model.ledger.lot.LotKey;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.TradeId;
import com.tickmark.persistence.PlainRows;
import com.tickmark.persistence.jooq.tables.records.JournalEntryRecord;
import com.tickmark.persistence.workspace.Batches;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The ledger's tables: the chart ({@code ledger_account}), the journal ({@code journal_entry},
 * {@code journal_entry_total}, {@code journal_line}), the balances kept as entries post ({@code
 * ledger_balance}) and the closed periods ({@code ledger_period}).
 */
public final class LedgerRepository implements LedgerStore {
  private static final int IN_CHUNK = 1_000;
  private static final long FIRM_WIDE = 0;

  private final DSLContext dsl;

  public LedgerRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The ledger's tables of {@code workspace}, over its one shared jOOQ context. */
  public static LedgerRepository of(Workspace workspace) {
    return new LedgerRepository(workspace.dsl());
  }

  @Override
  public List<LedgerAccount> accounts() {
    return dsl.selectFrom(LEDGER_ACCOUNT)
        .orderBy(LEDGER_ACCOUNT.CODE)
        .fetch(
            r ->
                new LedgerAccount(
                    r.getCode(),
                    r.getName(),
                    AccountClass.valueOf(r.getAccountClass()),
                    r.getParent(),
                    r.getCurrency() == null ? null : new CurrencyCode(r.getCurrency()),
                    r.getHeader()));
  }

  @Override
  public void saveAccount(LedgerAccount a, String by, Instant at) {
    OffsetDateTime when = utc(at);
    String currency = a.currency() == null ? null : a.currency().code();
    int updated =
        dsl.update(LEDGER_ACCOUNT)
            .set(LEDGER_ACCOUNT.NAME, a.name())
            .set(LEDGER_ACCOUNT.ACCOUNT_CLASS, a.accountClass().name())
            .set(LEDGER_ACCOUNT.PARENT, a.parent())
            .set(LEDGER_ACCOUNT.CURRENCY, currency)
            .set(LEDGER_ACCOUNT.HEADER, a.header())
            .set(LEDGER_ACCOUNT.UPDATED_BY, by)
            .set(LEDGER_ACCOUNT.UPDATED_AT, when)
            .where(LEDGER_ACCOUNT.CODE.eq(a.code()))
            .execute();
    if (updated == 0) {
      dsl.insertInto(LEDGER_ACCOUNT)
          .set(LEDGER_ACCOUNT.CODE, a.code())
          .set(LEDGER_ACCOUNT.NAME, a.name())
          .set(LEDGER_ACCOUNT.ACCOUNT_CLASS, a.accountClass().name())
          .set(LEDGER_ACCOUNT.PARENT, a.parent())
          .set(LEDGER_ACCOUNT.CURRENCY, currency)
          .set(LEDGER_ACCOUNT.HEADER, a.header())
          .set(LEDGER_ACCOUNT.UPDATED_BY, by)
          .set(LEDGER_ACCOUNT.UPDATED_AT, when)
          .execute();
    }
  }

  @Override
  public long lastEntryId() {
    Long max = dsl.select(DSL.max(JOURNAL_ENTRY.ID)).from(JOURNAL_ENTRY).fetchOne(0, Long.class);
    return max == null ? 0 : max;
  }

  @Override
  public void insert(List<JournalEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Batches.insert(
        dsl,
        JOURNAL_ENTRY,
        entries,
        e -> {
          EntryDraft d = e.content();
          BigDecimal reporting =
              d.lines().stream()
                  .map(JournalLine::reportingAmount)
                  .filter(x -> x.signum() > 0)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          return new Object[] {
            e.id(),
            d.date(),
            d.kind().name(),
            d.eventKey(),
            d.trade() == null ? null : d.trade().value(),
            clip(d.description(), 400),
            d.reverses(),
            e.state().name(),
            e.preparedBy(),
            utc(e.preparedAt()),
            e.postedBy(),
            e.postedAt() == null ? null : utc(e.postedAt()),
            reporting,
            reporting
          };
        },
        JOURNAL_ENTRY.ID,
        JOURNAL_ENTRY.ENTRY_DATE,
        JOURNAL_ENTRY.KIND,
        JOURNAL_ENTRY.EVENT_KEY,
        JOURNAL_ENTRY.TRADE_ID,
        JOURNAL_ENTRY.DESCRIPTION,
        JOURNAL_ENTRY.REVERSES,
        JOURNAL_ENTRY.STATE,
        JOURNAL_ENTRY.PREPARED_BY,
        JOURNAL_ENTRY.PREPARED_AT,
        JOURNAL_ENTRY.POSTED_BY,
        JOURNAL_ENTRY.POSTED_AT,
        JOURNAL_ENTRY.REPORTING_DEBIT,
        JOURNAL_ENTRY.REPORTING_CREDIT);
    List<Object[]> totals = new ArrayList<>();
    List<Object[]> lines = new ArrayList<>();
    for (JournalEntry e : entries) {
      Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
      int n = 0;
      for (JournalLine l : e.content().lines()) {
        BigDecimal[] s =
            byCurrency.computeIfAbsent(
                l.currency().code(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        s[0] = s[0].add(l.debitAmount());
        s[1] = s[1].add(l.creditAmount());
        lines.add(
            new Object[] {
              e.id(),
              ++n,
              l.account(),
              l.currency().code(),
              l.amount(),
              l.reportingAmount(),
              l.book() == null ? null : l.book().value(),
              l.strategy(),
              l.instrument() == null ? null : l.instrument().value(),
              clip(l.memo(), 200)
            });
      }
      byCurrency.forEach((c, s) -> totals.add(new Object[] {e.id(), c, s[0], s[1]}));
    }
    Batches.insert(
        dsl,
        JOURNAL_ENTRY_TOTAL,
        totals,
        t -> t,
        JOURNAL_ENTRY_TOTAL.ENTRY_ID,
        JOURNAL_ENTRY_TOTAL.CURRENCY,
        JOURNAL_ENTRY_TOTAL.DEBIT,
        JOURNAL_ENTRY_TOTAL.CREDIT);
    Batches.insert(
        dsl,
        JOURNAL_LINE,
        lines,
        l -> l,
        JOURNAL_LINE.ENTRY_ID,
        JOURNAL_LINE.LINE_NO,
        JOURNAL_LINE.ACCOUNT,
        JOURNAL_LINE.CURRENCY,
        JOURNAL_LINE.AMOUNT,
        JOURNAL_LINE.REPORTING_AMOUNT,
        JOURNAL_LINE.BOOK_ID,
        JOURNAL_LINE.STRATEGY,
        JOURNAL_LINE.INSTRUMENT_ID,
        JOURNAL_LINE.MEMO);
    addToBalances(entries.stream().filter(JournalEntry::posted).toList());
  }

  /** One row of {@code ledger_balance}: its key and what is added to it. */
  private record BalanceKey(LocalDate day, String account, String currency, long book) {}

  private void addToBalances(List<JournalEntry> posted) {
    Map<BalanceKey, BigDecimal[]> sums = new LinkedHashMap<>();
    for (JournalEntry e : posted) {
      for (JournalLine l : e.content().lines()) {
        BigDecimal[] s =
            sums.computeIfAbsent(
                new BalanceKey(
                    e.content().date(),
                    l.account(),
                    l.currency().code(),
                    l.book() == null ? FIRM_WIDE : l.book().value()),
                k ->
                    new BigDecimal[] {
                      BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
                    });
        s[0] = s[0].add(l.debitAmount());
        s[1] = s[1].add(l.creditAmount());
        BigDecimal r = l.reportingAmount();
        if (r.signum() > 0) {
          s[2] = s[2].add(r);
        } else {
          s[3] = s[3].subtract(r);
        }
      }
    }
    if (sums.isEmpty()) {
      return;
    }
    Set<BalanceKey> existing = new HashSet<>();
    Set<LocalDate> days = new java.util.TreeSet<>();
    sums.keySet().forEach(k -> days.add(k.day()));
    dsl.select(
            LEDGER_BALANCE.BALANCE_DATE,
            LEDGER_BALANCE.ACCOUNT,
            LEDGER_BALANCE.CURRENCY,
            LEDGER_BALANCE.BOOK_ID)
        .from(LEDGER_BALANCE)
        .where(LEDGER_BALANCE.BALANCE_DATE.in(days))
        .forEach(r -> existing.add(new BalanceKey(r.value1(), r.value2(), r.value3(), r.value4())));
    List<Map.Entry<BalanceKey, BigDecimal[]>> updates = new ArrayList<>();
    List<Map.Entry<BalanceKey, BigDecimal[]>> inserts = new ArrayList<>();
    for (Map.Entry<BalanceKey, BigDecimal[]> e : sums.entrySet()) {
      (existing.contains(e.getKey()) ? updates : inserts).add(e);
    }
    // each parameter typed as its column: an untyped one is cast to NUMERIC, which H2 takes for
    // a whole number, and the cents added to a balance were lost
    String update =
        dsl.render(
            dsl.update(LEDGER_BALANCE)
                .set(
                    LEDGER_BALANCE.DEBIT,
                    LEDGER_BALANCE.DEBIT.plus(
                        DSL.param("debit", LEDGER_BALANCE.DEBIT.getDataType())))
                .set(
                    LEDGER_BALANCE.CREDIT,
                    LEDGER_BALANCE.CREDIT.plus(
                        DSL.param("credit", LEDGER_BALANCE.CREDIT.getDataType())))
                .set(
                    LEDGER_BALANCE.REPORTING_DEBIT,
                    LEDGER_BALANCE.REPORTING_DEBIT.plus(
                        DSL.param("rdebit", LEDGER_BALANCE.REPORTING_DEBIT.getDataType())))
                .set(
                    LEDGER_BALANCE.REPORTING_CREDIT,
                    LEDGER_BALANCE.REPORTING_CREDIT.plus(
                        DSL.param("rcredit", LEDGER_BALANCE.REPORTING_CREDIT.getDataType())))
                .where(LEDGER_BALANCE.BALANCE_DATE.eq(DSL.param("day", LocalDate.class)))
                .and(LEDGER_BALANCE.ACCOUNT.eq(DSL.param("account", String.class)))
                .and(LEDGER_BALANCE.CURRENCY.eq(DSL.param("currency", String.class)))
                .and(LEDGER_BALANCE.BOOK_ID.eq(DSL.param("book", Long.class))));
    Batches.run(
        dsl,
        update,
        "ledger balance",
        updates,
        (ps, e) -> {
          BigDecimal[] s = e.getValue();
          BalanceKey k = e.getKey();
          ps.setBigDecimal(1, s[0]);
          ps.setBigDecimal(2, s[1]);
          ps.setBigDecimal(3, s[2]);
          ps.setBigDecimal(4, s[3]);
          ps.setDate(5, Date.valueOf(k.day()));
          ps.setString(6, k.account());
          ps.setString(7, k.currency());
          ps.setLong(8, k.book());
        });
    Batches.insert(
        dsl,
        LEDGER_BALANCE,
        inserts,
        e -> {
          BalanceKey k = e.getKey();
          BigDecimal[] s = e.getValue();
          return new Object[] {
            k.day(), k.account(), k.currency(), k.book(), s[0], s[1], s[2], s[3]
          };
        },
        LEDGER_BALANCE.BALANCE_DATE,
        LEDGER_BALANCE.ACCOUNT,
        LEDGER_BALANCE.CURRENCY,
        LEDGER_BALANCE.BOOK_ID,
        LEDGER_BALANCE.DEBIT,
        LEDGER_BALANCE.CREDIT,
        LEDGER_BALANCE.REPORTING_DEBIT,
        LEDGER_BALANCE.REPORTING_CREDIT);
  }

  @Override
  public Optional<JournalEntry> entry(long id) {
    return withLines(dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ID.eq(id)).fetch()).stream()
        .findFirst();
  }

  @Override
  public Optional<JournalEntry> entryForEvent(String eventKey) {
    return withLines(
            dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.EVENT_KEY.eq(eventKey)).fetch())
        .stream()
        .findFirst();
  }

  @Override
  public Set<String> eventKeys(String prefix) {
    return new HashSet<>(
        dsl.select(JOURNAL_ENTRY.EVENT_KEY)
            .from(JOURNAL_ENTRY)
            .where(JOURNAL_ENTRY.EVENT_KEY.startsWith(prefix))
            .fetch(JOURNAL_ENTRY.EVENT_KEY));
  }

  @Override
  public Set<String> postedEvents(Collection<String> eventKeys) {
    Set<String> found = new HashSet<>();
    List<String> keys = new ArrayList<>(eventKeys);
    for (int i = 0; i < keys.size(); i += IN_CHUNK) {
      found.addAll(
          dsl.select(JOURNAL_ENTRY.EVENT_KEY)
              .from(JOURNAL_ENTRY)
              .where(
                  JOURNAL_ENTRY.EVENT_KEY.in(keys.subList(i, Math.min(keys.size(), i + IN_CHUNK))))
              .fetch(JOURNAL_ENTRY.EVENT_KEY));
    }
    return found;
  }

  @Override
  public boolean hasPostings(String account) {
    return dsl.fetchExists(LEDGER_BALANCE, LEDGER_BALANCE.ACCOUNT.eq(account));
  }

  @Override
  public List<JournalEntry> entries(EntryFilter f, int limit) {
    Condition where = DSL.noCondition();
    if (f.from() != null) {
      where = where.and(JOURNAL_ENTRY.ENTRY_DATE.ge(f.from()));
    }
    if (f.to() != null) {
      where = where.and(JOURNAL_ENTRY.ENTRY_DATE.le(f.to()));
    }
    if (f.kind() != null) {
      where = where.and(JOURNAL_ENTRY.KIND.eq(f.kind().name()));
    }
    if (f.state() != null) {
      where = where.and(JOURNAL_ENTRY.STATE.eq(f.state().name()));
    }
    if (f.trade() != null) {
      where = where.and(JOURNAL_ENTRY.TRADE_ID.eq(f.trade().value()));
    }
    if (f.account() != null) {
      where =
          where.and(
              DSL.exists(
                  DSL.selectOne()
                      .from(JOURNAL_LINE)
                      .where(JOURNAL_LINE.ENTRY_ID.eq(JOURNAL_ENTRY.ID))
                      .and(JOURNAL_LINE.ACCOUNT.eq(f.account()))));
    }
    return withLines(
        dsl.selectFrom(JOURNAL_ENTRY)
            .where(where)
            .orderBy(JOURNAL_ENTRY.ID.desc())
            .limit(limit)
            .fetch());
  }

  @Override
  public Map<TradeId, Long> liveTradeEntries() {
    Map<TradeId, Long> live = new HashMap<>();
    Set<Long> reversed = new HashSet<>();
    PlainRows.fetch(
        dsl,
        dsl.select(
                JOURNAL_ENTRY.ID,
                JOURNAL_ENTRY.KIND,
                JOURNAL_ENTRY.TRADE_ID,
                JOURNAL_ENTRY.REVERSES)
            .from(JOURNAL_ENTRY)
            .where(JOURNAL_ENTRY.TRADE_ID.isNotNull())
            .and(JOURNAL_ENTRY.KIND.in(EntryKind.TRADE.name(), EntryKind.REVERSAL.name())),
        rs -> {
          long id = rs.getLong(1);
          if (EntryKind.TRADE.name().equals(rs.getString(2))) {
            live.merge(new TradeId(rs.getLong(3)), id, Math::max);
          } else {
            long reverses = rs.getLong(4);
            if (!rs.wasNull()) {
              reversed.add(reverses);
            }
          }
          return null;
        });
    live.values().removeIf(reversed::contains);
    return live;
  }

  @Override
  public Map<LotKey, BigDecimal> sumsByInstrument(String account) {
    Map<LotKey, BigDecimal> sums = new HashMap<>();
    PlainRows.fetch(
        dsl,
        dsl.select(JOURNAL_LINE.BOOK_ID, JOURNAL_LINE.INSTRUMENT_ID, JOURNAL_LINE.AMOUNT)
            .from(JOURNAL_LINE)
            .join(JOURNAL_ENTRY)
            .on(JOURNAL_ENTRY.ID.eq(JOURNAL_LINE.ENTRY_ID))
            .where(JOURNAL_LINE.ACCOUNT.eq(account))
            .and(JOURNAL_LINE.BOOK_ID.isNotNull())
            .and(JOURNAL_LINE.INSTRUMENT_ID.isNotNull())
            .and(JOURNAL_ENTRY.STATE.eq(EntryState.POSTED.name())),
        rs -> {
          sums.merge(
              new LotKey(new BookId(rs.getLong(1)), new InstrumentId(rs.getLong(2))),
              rs.getBigDecimal(3),
              BigDecimal::add);
          return null;
        });
    sums.replaceAll((k, v) -> plain(v));
    return sums;
  }

  @Override
  public List<JournalEntry> entriesFrom(long firstId, int limit) {
    return withLines(
        dsl.selectFrom(JOURNAL_ENTRY)
            .where(JOURNAL_ENTRY.ID.ge(firstId))
            .orderBy(JOURNAL_ENTRY.ID)
            .limit(limit)
            .fetch());
  }

  private List<JournalEntry> withLines(List<JournalEntryRecord> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<JournalLine>> lines = new HashMap<>();
    List<Long> ids = rows.stream().map(JournalEntryRecord::getId).toList();
    for (int i = 0; i < ids.size(); i += IN_CHUNK) {
      PlainRows.fetch(
              dsl,
              dsl.select(withLine(JOURNAL_LINE.ENTRY_ID))
                  .from(JOURNAL_LINE)
                  .where(
                      JOURNAL_LINE.ENTRY_ID.in(ids.subList(i, Math.min(ids.size(), i + IN_CHUNK))))
                  .orderBy(JOURNAL_LINE.ENTRY_ID, JOURNAL_LINE.LINE_NO),
              rs -> Map.entry(rs.getLong(1), line(rs, 2)))
          .forEach(
              e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    }
    return rows.stream()
        .map(
            r ->
                new JournalEntry(
                    r.getId(),
                    new EntryDraft(
                        r.getEntryDate(),
                        EntryKind.valueOf(r.getKind()),
                        r.getEventKey(),
                        r.getTradeId() == null ? null : new TradeId(r.getTradeId()),
                        r.getDescription(),
                        lines.getOrDefault(r.getId(), List.of()),
                        r.getReverses()),
                    EntryState.valueOf(r.getState()),
                    r.getPreparedBy(),
                    r.getPreparedAt().toInstant(),
                    r.getPostedBy(),
                    r.getPostedAt() == null ? null : r.getPostedAt().toInstant()))
        .toList();
  }

  /** A line's columns in the order {@link #line} reads them. */
  private static final List<Field<?>> LINE_COLUMNS =
      List.of(
          JOURNAL_LINE.ACCOUNT,
          JOURNAL_LINE.CURRENCY,
          JOURNAL_LINE.AMOUNT,
          JOURNAL_LINE.REPORTING_AMOUNT,
          JOURNAL_LINE.BOOK_ID,
          JOURNAL_LINE.STRATEGY,
          JOURNAL_LINE.INSTRUMENT_ID,
          JOURNAL_LINE.MEMO);

  /** {@code first}, then a line's columns, for {@link #line} to read after them. */
  private static List<Field<?>> withLine(Field<?>... first) {
    List<Field<?>> all = new ArrayList<>(List.of(first));
    all.addAll(LINE_COLUMNS);
    return all;
  }

  /** The line whose columns start at {@code first}: {@link #LINE_COLUMNS}, in that order. */
  private static JournalLine line(ResultSet rs, int first) throws SQLException {
    long book = rs.getLong(first + 4);
    boolean noBook = rs.wasNull();
    long instrument = rs.getLong(first + 6);
    boolean noInstrument = rs.wasNull();
    return new JournalLine(
        rs.getString(first),
        new CurrencyCode(rs.getString(first + 1)),
        plain(rs.getBigDecimal(first + 2)),
        plain(rs.getBigDecimal(first + 3)),
        noBook ? null : new BookId(book),
        rs.getString(first + 5),
        noInstrument ? null : new InstrumentId(instrument),
        rs.getString(first + 7));
  }

  @Override
  public List<BalanceRow> balances(LocalDate through) {
    Map<BalanceKey, BigDecimal[]> sums = new HashMap<>();
    PlainRows.fetch(
        dsl,
        dsl.select(
                LEDGER_BALANCE.ACCOUNT,
                LEDGER_BALANCE.CURRENCY,
                LEDGER_BALANCE.BOOK_ID,
                LEDGER_BALANCE.DEBIT,
                LEDGER_BALANCE.CREDIT,
                LEDGER_BALANCE.REPORTING_DEBIT,
                LEDGER_BALANCE.REPORTING_CREDIT)
            .from(LEDGER_BALANCE)
            .where(LEDGER_BALANCE.BALANCE_DATE.le(through)),
        rs -> {
          BigDecimal[] s =
              sums.computeIfAbsent(
                  new BalanceKey(null, rs.getString(1), rs.getString(2), rs.getLong(3)),
                  k ->
                      new BigDecimal[] {
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
                      });
          for (int i = 0; i < 4; i++) {
            s[i] = s[i].add(rs.getBigDecimal(4 + i));
          }
          return null;
        });
    List<BalanceRow> rows = new ArrayList<>(sums.size());
    sums.forEach(
        (k, s) ->
            rows.add(
                new BalanceRow(
                    k.account(),
                    new CurrencyCode(k.currency()),
                    k.book() == FIRM_WIDE ? null : new BookId(k.book()),
                    plain(s[0]),
                    plain(s[1]),
                    plain(s[2]),
                    s[3])));
    return rows;
  }

  @Override
  public List<PostedLine> lines(String account, LocalDate from, LocalDate to) {
    return lines(JOURNAL_LINE.ACCOUNT.eq(account), from, to);
  }

  @Override
  public List<PostedLine> lines(Collection<String> accounts, LocalDate from, LocalDate to) {
    return lines(JOURNAL_LINE.ACCOUNT.in(accounts), from, to);
  }

  private List<PostedLine> lines(Condition account, LocalDate from, LocalDate to) {
    return PlainRows.fetch(
        dsl,
        dsl.select(
                withLine(
                    JOURNAL_ENTRY.ID,
                    JOURNAL_ENTRY.ENTRY_DATE,
                    JOURNAL_ENTRY.KIND,
                    JOURNAL_ENTRY.DESCRIPTION,
                    JOURNAL_ENTRY.TRADE_ID))
            .from(JOURNAL_LINE)
            .join(JOURNAL_ENTRY)
            .on(JOURNAL_ENTRY.ID.eq(JOURNAL_LINE.ENTRY_ID))
            .where(account)
            .and(JOURNAL_ENTRY.STATE.eq(EntryState.POSTED.name()))
            .and(JOURNAL_ENTRY.ENTRY_DATE.between(from, to))
            .orderBy(JOURNAL_ENTRY.ENTRY_DATE, JOURNAL_LINE.ENTRY_ID, JOURNAL_LINE.LINE_NO),
        rs -> {
          long trade = rs.getLong(5);
          boolean noTrade = rs.wasNull();
          return new PostedLine(
              rs.getLong(1),
              rs.getDate(2).toLocalDate(),
              EntryKind.valueOf(rs.getString(3)),
              rs.getString(4),
              noTrade ? null : new TradeId(trade),
              line(rs, 6));
        });
  }

  @Override
  public List<ClosedPeriod> closedPeriods() {
    return dsl.selectFrom(LEDGER_PERIOD)
        .orderBy(LEDGER_PERIOD.PERIOD_MONTH)
        .fetch(
            r ->
                new ClosedPeriod(
                    YearMonth.parse(r.getPeriodMonth()),
                    r.getClosedBy(),
                    r.getClosedAt().toInstant()));
  }

  @Override
  public void closePeriod(ClosedPeriod p) {
    dsl.insertInto(LEDGER_PERIOD)
        .set(LEDGER_PERIOD.PERIOD_MONTH, p.period().toString())
        .set(LEDGER_PERIOD.CLOSED_BY, p.closedBy())
        .set(LEDGER_PERIOD.CLOSED_AT, utc(p.closedAt()))
        .execute();
  }

  /** {@code x} without the trailing zeros the column's scale adds, and never in exponent form. */
  private static BigDecimal plain(BigDecimal x) {
    BigDecimal stripped = x.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
