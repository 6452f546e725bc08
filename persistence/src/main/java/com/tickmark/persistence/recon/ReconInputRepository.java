package com.tickmark.persistence.recon;

import static com.tickmark.persistence.jooq.Tables.BROKER_CONFIRMATION;
import static com.tickmark.persistence.jooq.Tables.CUSTODY_HOLDING;
import static com.tickmark.persistence.jooq.Tables.RECON_INPUT_IMPORT;
import static com.tickmark.persistence.jooq.Tables.RECON_INPUT_LAYOUT;

import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.recon.input.Confirmation;
import com.tickmark.model.recon.input.Holding;
import com.tickmark.model.recon.input.InputImport;
import com.tickmark.model.recon.input.InputKind;
import com.tickmark.model.recon.input.ReconInputStore;
import com.tickmark.model.trade.Side;
import com.tickmark.persistence.PlainRows;
import com.tickmark.persistence.intake.ImportTables;
import com.tickmark.persistence.intake.IntakeRunRepository;
import com.tickmark.persistence.jooq.tables.records.CustodyHoldingRecord;
import com.tickmark.persistence.jooq.tables.records.ReconInputImportRecord;
import com.tickmark.persistence.workspace.Batches;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Broker confirmations, custodian holdings and their imports. */
public final class ReconInputRepository implements ReconInputStore {
  private final DSLContext dsl;
  private final IntakeRunRepository journal;

  public ReconInputRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.journal = new IntakeRunRepository(dsl);
  }

  @Override
  public IntakeJournal journal() {
    return journal;
  }

  @Override
  public long nextConfirmationId() {
    return ImportTables.nextId(dsl, BROKER_CONFIRMATION.ID);
  }

  @Override
  public void insertConfirmations(List<Confirmation> rows) {
    Batches.insert(
        dsl,
        BROKER_CONFIRMATION,
        rows,
        c ->
            new Object[] {
              c.id(),
              c.broker(),
              c.brokerRef(),
              c.clientExecId(),
              c.orderId(),
              c.tradeDate(),
              c.settlementDate(),
              c.instrument(),
              c.side().name(),
              c.quantity(),
              c.price(),
              c.grossAmount(),
              c.commission(),
              c.fees(),
              c.netAmount(),
              c.currency(),
              c.account(),
              c.fills(),
              c.fileName(),
              c.line()
            },
        CONFIRMATION_COLUMNS.toArray(Field<?>[]::new));
  }

  @Override
  public void deleteConfirmations(long first, long last) {
    ImportTables.deleteRange(dsl, BROKER_CONFIRMATION.ID, first, last);
  }

  @Override
  public long nextHoldingId() {
    return ImportTables.nextId(dsl, CUSTODY_HOLDING.ID);
  }

  @Override
  public void insertHoldings(List<Holding> rows) {
    Batches.insert(
        dsl,
        CUSTODY_HOLDING,
        rows,
        h ->
            new Object[] {
              h.id(),
              h.statementDate(),
              h.accountNumber(),
              h.isin(),
              h.symbol(),
              h.settledQuantity(),
              h.currency(),
              h.closePrice(),
              h.marketValue(),
              h.fileName(),
              h.line()
            },
        CUSTODY_HOLDING.ID,
        CUSTODY_HOLDING.STATEMENT_DATE,
        CUSTODY_HOLDING.ACCOUNT_NUMBER,
        CUSTODY_HOLDING.ISIN,
        CUSTODY_HOLDING.SYMBOL,
        CUSTODY_HOLDING.SETTLED_QUANTITY,
        CUSTODY_HOLDING.CURRENCY,
        CUSTODY_HOLDING.CLOSE_PRICE,
        CUSTODY_HOLDING.MARKET_VALUE,
        CUSTODY_HOLDING.FILE_NAME,
        CUSTODY_HOLDING.LINE);
  }

  @Override
  public void deleteHoldings(long first, long last) {
    ImportTables.deleteRange(dsl, CUSTODY_HOLDING.ID, first, last);
  }

  @Override
  public Optional<InputImport> findBySha256(InputKind kind, String sha256) {
    return dsl.selectFrom(RECON_INPUT_IMPORT)
        .where(RECON_INPUT_IMPORT.SHA256.eq(sha256))
        .and(RECON_INPUT_IMPORT.KIND.eq(kind.name()))
        .orderBy(RECON_INPUT_IMPORT.ID)
        .limit(1)
        .fetchOptional(ReconInputRepository::toImport);
  }

  @Override
  public long nextImportId() {
    return ImportTables.nextId(dsl, RECON_INPUT_IMPORT.ID);
  }

  @Override
  public void recordImport(InputImport r) {
    dsl.insertInto(RECON_INPUT_IMPORT)
        .set(RECON_INPUT_IMPORT.ID, r.id())
        .set(RECON_INPUT_IMPORT.KIND, r.kind().name())
        .set(RECON_INPUT_IMPORT.FILE_NAME, r.fileName())
        .set(RECON_INPUT_IMPORT.SHA256, r.sha256())
        .set(RECON_INPUT_IMPORT.IMPORTED_BY, r.importedBy())
        .set(
            RECON_INPUT_IMPORT.IMPORTED_AT,
            OffsetDateTime.ofInstant(r.importedAt(), ZoneOffset.UTC))
        .set(RECON_INPUT_IMPORT.LINES_LOADED, r.lines())
        .set(RECON_INPUT_IMPORT.FIRST_LINE_ID, r.firstLineId())
        .set(RECON_INPUT_IMPORT.LAST_LINE_ID, r.lastLineId())
        .execute();
  }

  private static InputImport toImport(ReconInputImportRecord r) {
    return new InputImport(
        r.getId(),
        InputKind.valueOf(r.getKind()),
        r.getFileName(),
        r.getSha256(),
        r.getImportedBy(),
        r.getImportedAt().toInstant(),
        r.getLinesLoaded(),
        r.getFirstLineId(),
        r.getLastLineId());
  }

  @Override
  public List<Confirmation> confirmations(LocalDate tradeDate) {
    // a recon reads a day's lines, a million of them: straight off JDBC, not through jOOQ records
    return PlainRows.fetch(
        dsl,
        dsl.select(CONFIRMATION_COLUMNS)
            .from(BROKER_CONFIRMATION)
            .where(
                tradeDate == null
                    ? DSL.noCondition()
                    : BROKER_CONFIRMATION.TRADE_DATE.eq(tradeDate))
            .orderBy(BROKER_CONFIRMATION.ID),
        rs ->
            new Confirmation(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class),
                rs.getString(8),
                Side.valueOf(rs.getString(9)),
                rs.getBigDecimal(10),
                rs.getBigDecimal(11),
                rs.getBigDecimal(12),
                rs.getBigDecimal(13),
                rs.getBigDecimal(14),
                rs.getBigDecimal(15),
                rs.getString(16),
                rs.getString(17),
                rs.getInt(18),
                rs.getString(19),
                rs.getInt(20)));
  }

  /** A confirmation's columns in {@link Confirmation}'s order: as stored, and as read. */
  private static final List<Field<?>> CONFIRMATION_COLUMNS =
      List.of(
          BROKER_CONFIRMATION.ID,
          BROKER_CONFIRMATION.BROKER,
          BROKER_CONFIRMATION.BROKER_REF,
          BROKER_CONFIRMATION.CLIENT_EXEC_ID,
          BROKER_CONFIRMATION.ORDER_ID,
          BROKER_CONFIRMATION.TRADE_DATE,
          BROKER_CONFIRMATION.SETTLEMENT_DATE,
          BROKER_CONFIRMATION.ISIN_OR_SYMBOL,
          BROKER_CONFIRMATION.SIDE,
          BROKER_CONFIRMATION.QUANTITY,
          BROKER_CONFIRMATION.PRICE,
          BROKER_CONFIRMATION.GROSS_AMOUNT,
          BROKER_CONFIRMATION.COMMISSION,
          BROKER_CONFIRMATION.FEES,
          BROKER_CONFIRMATION.NET_AMOUNT,
          BROKER_CONFIRMATION.CURRENCY,
          BROKER_CONFIRMATION.ACCOUNT,
          BROKER_CONFIRMATION.FILLS,
          BROKER_CONFIRMATION.FILE_NAME,
          BROKER_CONFIRMATION.LINE);

  @Override
  public List<Holding> holdings(LocalDate statementDate) {
    return dsl.selectFrom(CUSTODY_HOLDING)
        .where(
            statementDate == null
                ? DSL.noCondition()
                : CUSTODY_HOLDING.STATEMENT_DATE.eq(statementDate))
        .orderBy(CUSTODY_HOLDING.ID)
        .fetch(ReconInputRepository::toHolding);
  }

  private static Holding toHolding(CustodyHoldingRecord r) {
    return new Holding(
        r.getId(),
        r.getStatementDate(),
        r.getAccountNumber(),
        r.getIsin(),
        r.getSymbol(),
        r.getSettledQuantity(),
        r.getCurrency(),
        r.getClosePrice(),
        r.getMarketValue(),
        r.getFileName(),
        r.getLine());
  }

  @Override
  public Map<String, String> layouts(InputKind kind) {
    Map<String, String> layouts = new TreeMap<>();
    dsl.selectFrom(RECON_INPUT_LAYOUT)
        .where(RECON_INPUT_LAYOUT.KIND.eq(kind.name()))
        .forEach(r -> layouts.put(r.getName(), r.getProperties()));
    return layouts;
  }

  @Override
  public void saveLayout(InputKind kind, String name, String properties, String by, Instant at) {
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    int updated =
        dsl.update(RECON_INPUT_LAYOUT)
            .set(RECON_INPUT_LAYOUT.PROPERTIES, properties)
            .set(RECON_INPUT_LAYOUT.UPDATED_BY, by)
            .set(RECON_INPUT_LAYOUT.UPDATED_AT, when)
            .where(RECON_INPUT_LAYOUT.KIND.eq(kind.name()).and(RECON_INPUT_LAYOUT.NAME.eq(name)))
            .execute();
    if (updated == 0) {
      dsl.insertInto(RECON_INPUT_LAYOUT)
          .set(RECON_INPUT_LAYOUT.KIND, kind.name())
          .set(RECON_INPUT_LAYOUT.NAME, name)
          .set(RECON_INPUT_LAYOUT.PROPERTIES, properties)
          .set(RECON_INPUT_LAYOUT.UPDATED_BY, by)
          .set(RECON_INPUT_LAYOUT.UPDATED_AT, when)
          .execute();
    }
  }
}
