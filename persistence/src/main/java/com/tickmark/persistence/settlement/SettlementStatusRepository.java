package com.tickmark.persistence.settlement;

import static com.tickmark.persistence.jooq.Tables.SETTLEMENT_FAIL_NOTE;
import static com.tickmark.persistence.jooq.Tables.SETTLEMENT_RECORD;
import static com.tickmark.persistence.jooq.Tables.SETTLEMENT_STATUS;
import static com.tickmark.persistence.jooq.Tables.SETTLEMENT_STATUS_IMPORT;

import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.settlement.status.FailNote;
import com.tickmark.model.settlement.status.SettledPart;
import com.tickmark.model.settlement.status.SettlementStatusStore;
import com.tickmark.model.settlement.status.StatusCode;
import com.tickmark.model.settlement.status.StatusImport;
import com.tickmark.model.settlement.status.StatusLine;
import com.tickmark.model.trade.TradeId;
import com.tickmark.persistence.intake.ImportTables;
import com.tickmark.persistence.intake.IntakeRunRepository;
import com.tickmark.persistence.jooq.tables.records.SettlementRecordRecord;
import com.tickmark.persistence.jooq.tables.records.SettlementStatusImportRecord;
import com.tickmark.persistence.jooq.tables.records.SettlementStatusRecord;
import com.tickmark.persistence.workspace.Batches;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Settlement status lines and their imports, the settlement records they write, and fail notes. */
public final class SettlementStatusRepository implements SettlementStatusStore {
  /** Trades looked up per query. */
  private static final int LOOKUP_CHUNK = 1000;

  private final DSLContext dsl;
  private final IntakeRunRepository journal;

  public SettlementStatusRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.journal = new IntakeRunRepository(dsl);
  }

  @Override
  public IntakeJournal journal() {
    return journal;
  }

  @Override
  public long nextLineId() {
    return ImportTables.nextId(dsl, SETTLEMENT_STATUS.ID);
  }

  @Override
  public void insertLines(List<StatusLine> lines) {
    Batches.insert(
        dsl,
        SETTLEMENT_STATUS,
        lines,
        l ->
            new Object[] {
              l.id(),
              l.fileName(),
              l.line(),
              l.statementDate(),
              l.reference(),
              l.trade() == null ? null : l.trade().value(),
              l.accountNumber(),
              l.isin(),
              l.status().name(),
              l.quantity(),
              l.settledQuantity(),
              l.remainingQuantity(),
              l.amount(),
              l.currency(),
              l.intendedDate(),
              l.actualDate(),
              l.reasonCode()
            },
        SETTLEMENT_STATUS.ID,
        SETTLEMENT_STATUS.FILE_NAME,
        SETTLEMENT_STATUS.LINE,
        SETTLEMENT_STATUS.STATEMENT_DATE,
        SETTLEMENT_STATUS.OUR_REFERENCE,
        SETTLEMENT_STATUS.TRADE_ID,
        SETTLEMENT_STATUS.ACCOUNT_NUMBER,
        SETTLEMENT_STATUS.ISIN,
        SETTLEMENT_STATUS.STATUS,
        SETTLEMENT_STATUS.QUANTITY,
        SETTLEMENT_STATUS.SETTLED_QUANTITY,
        SETTLEMENT_STATUS.REMAINING_QUANTITY,
        SETTLEMENT_STATUS.SETTLEMENT_AMOUNT,
        SETTLEMENT_STATUS.CURRENCY,
        SETTLEMENT_STATUS.INTENDED_SETTLEMENT_DATE,
        SETTLEMENT_STATUS.ACTUAL_SETTLEMENT_DATE,
        SETTLEMENT_STATUS.REASON_CODE);
  }

  @Override
  public void deleteLines(long first, long last) {
    ImportTables.deleteRange(dsl, SETTLEMENT_STATUS.ID, first, last);
  }

  @Override
  public Optional<StatusImport> findBySha256(String sha256) {
    return ImportTables.firstBySha256(
        dsl,
        SETTLEMENT_STATUS_IMPORT.ID,
        SETTLEMENT_STATUS_IMPORT.SHA256,
        sha256,
        SettlementStatusRepository::toImport);
  }

  @Override
  public long nextImportId() {
    return ImportTables.nextId(dsl, SETTLEMENT_STATUS_IMPORT.ID);
  }

  @Override
  public void recordImport(StatusImport r) {
    dsl.insertInto(SETTLEMENT_STATUS_IMPORT)
        .set(SETTLEMENT_STATUS_IMPORT.ID, r.id())
        .set(SETTLEMENT_STATUS_IMPORT.FILE_NAME, r.fileName())
        .set(SETTLEMENT_STATUS_IMPORT.SHA256, r.sha256())
        .set(SETTLEMENT_STATUS_IMPORT.IMPORTED_BY, r.importedBy())
        .set(
            SETTLEMENT_STATUS_IMPORT.IMPORTED_AT,
            OffsetDateTime.ofInstant(r.importedAt(), ZoneOffset.UTC))
        .set(SETTLEMENT_STATUS_IMPORT.LINES_LOADED, r.lines())
        .set(SETTLEMENT_STATUS_IMPORT.UNKNOWN_LINES, r.unknownLines())
        .set(SETTLEMENT_STATUS_IMPORT.SETTLED_PARTS, r.settledParts())
        .set(SETTLEMENT_STATUS_IMPORT.FIRST_LINE_ID, r.firstLineId())
        .set(SETTLEMENT_STATUS_IMPORT.LAST_LINE_ID, r.lastLineId())
        .execute();
  }

  @Override
  public List<StatusImport> imports() {
    return dsl.selectFrom(SETTLEMENT_STATUS_IMPORT)
        .orderBy(SETTLEMENT_STATUS_IMPORT.ID)
        .fetch(SettlementStatusRepository::toImport);
  }

  private static StatusImport toImport(SettlementStatusImportRecord r) {
    return new StatusImport(
        r.getId(),
        r.getFileName(),
        r.getSha256(),
        r.getImportedBy(),
        r.getImportedAt().toInstant(),
        r.getLinesLoaded(),
        r.getUnknownLines(),
        r.getSettledParts(),
        r.getFirstLineId(),
        r.getLastLineId());
  }

  @Override
  public Map<TradeId, Settled> settled(Collection<TradeId> trades) {
    Map<TradeId, Settled> settled = new HashMap<>();
    List<Long> ids = ids(trades);
    for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) { // a bounded number of parameters
      dsl.select(
              SETTLEMENT_RECORD.TRADE_ID,
              DSL.sum(SETTLEMENT_RECORD.QUANTITY),
              DSL.sum(SETTLEMENT_RECORD.AMOUNT))
          .from(SETTLEMENT_RECORD)
          .where(
              SETTLEMENT_RECORD.TRADE_ID.in(
                  ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK))))
          .groupBy(SETTLEMENT_RECORD.TRADE_ID)
          .forEach(r -> settled.put(new TradeId(r.value1()), new Settled(r.value2(), r.value3())));
    }
    return settled;
  }

  @Override
  public void insertParts(List<SettledPart> parts, Instant recordedAt) {
    if (parts.isEmpty()) {
      return;
    }
    Long max =
        dsl.select(DSL.max(SETTLEMENT_RECORD.ID)).from(SETTLEMENT_RECORD).fetchOne(0, Long.class);
    long[] next = {max == null ? 1 : max + 1};
    OffsetDateTime now = OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC);
    Batches.insert(
        dsl,
        SETTLEMENT_RECORD,
        parts,
        p ->
            new Object[] {
              next[0]++,
              p.trade().value(),
              p.settledOn(),
              p.quantity(),
              p.amount(),
              p.source(),
              now,
              p.statusId()
            },
        SETTLEMENT_RECORD.ID,
        SETTLEMENT_RECORD.TRADE_ID,
        SETTLEMENT_RECORD.SETTLED_ON,
        SETTLEMENT_RECORD.QUANTITY,
        SETTLEMENT_RECORD.AMOUNT,
        SETTLEMENT_RECORD.SOURCE,
        SETTLEMENT_RECORD.RECORDED_AT,
        SETTLEMENT_RECORD.STATUS_ID);
  }

  @Override
  public List<SettledPart> parts(Collection<TradeId> trades) {
    return dsl.selectFrom(SETTLEMENT_RECORD)
        .where(SETTLEMENT_RECORD.TRADE_ID.in(ids(trades)))
        .orderBy(SETTLEMENT_RECORD.SETTLED_ON, SETTLEMENT_RECORD.ID)
        .fetch(SettlementStatusRepository::toPart);
  }

  @Override
  public List<SettledPart> partsSettled(LocalDate from, LocalDate to) {
    return dsl.selectFrom(SETTLEMENT_RECORD)
        .where(SETTLEMENT_RECORD.SETTLED_ON.between(from, to))
        .orderBy(SETTLEMENT_RECORD.SETTLED_ON, SETTLEMENT_RECORD.ID)
        .fetch(SettlementStatusRepository::toPart);
  }

  private static SettledPart toPart(SettlementRecordRecord r) {
    return new SettledPart(
        new TradeId(r.getTradeId()),
        r.getSettledOn(),
        r.getQuantity(),
        r.getAmount(),
        r.getSource(),
        r.getStatusId());
  }

  @Override
  public List<StatusLine> linesOn(LocalDate statementDate) {
    return dsl.selectFrom(SETTLEMENT_STATUS)
        .where(SETTLEMENT_STATUS.STATEMENT_DATE.eq(statementDate))
        .orderBy(SETTLEMENT_STATUS.ID)
        .fetch(SettlementStatusRepository::toLine);
  }

  @Override
  public List<StatusLine> linesOf(TradeId trade) {
    return dsl.selectFrom(SETTLEMENT_STATUS)
        .where(SETTLEMENT_STATUS.TRADE_ID.eq(trade.value()))
        .orderBy(SETTLEMENT_STATUS.STATEMENT_DATE, SETTLEMENT_STATUS.ID)
        .fetch(SettlementStatusRepository::toLine);
  }

  @Override
  public List<StatusLine> unknownLines() {
    return dsl.selectFrom(SETTLEMENT_STATUS)
        .where(SETTLEMENT_STATUS.TRADE_ID.isNull())
        .orderBy(SETTLEMENT_STATUS.ID)
        .fetch(SettlementStatusRepository::toLine);
  }

  @Override
  public List<StatusLine> failLines(LocalDate through) {
    return dsl.selectFrom(SETTLEMENT_STATUS)
        .where(SETTLEMENT_STATUS.TRADE_ID.isNotNull())
        .and(SETTLEMENT_STATUS.STATEMENT_DATE.le(through))
        .and(
            SETTLEMENT_STATUS
                .STATUS
                .eq(StatusCode.FAILED.name())
                .or(
                    SETTLEMENT_STATUS
                        .STATUS
                        .in(StatusCode.SETTLED.name(), StatusCode.PARTIALLY_SETTLED.name())
                        .and(
                            SETTLEMENT_STATUS.ACTUAL_SETTLEMENT_DATE.gt(
                                SETTLEMENT_STATUS.INTENDED_SETTLEMENT_DATE))))
        .orderBy(SETTLEMENT_STATUS.ID)
        .fetch(SettlementStatusRepository::toLine);
  }

  private static StatusLine toLine(SettlementStatusRecord r) {
    return new StatusLine(
        r.getId(),
        r.getFileName(),
        r.getLine(),
        r.getStatementDate(),
        r.getOurReference(),
        r.getTradeId() == null ? null : new TradeId(r.getTradeId()),
        r.getAccountNumber(),
        r.getIsin(),
        StatusCode.valueOf(r.getStatus()),
        r.getQuantity(),
        r.getSettledQuantity(),
        r.getRemainingQuantity(),
        r.getSettlementAmount(),
        r.getCurrency(),
        r.getIntendedSettlementDate(),
        r.getActualSettlementDate(),
        r.getReasonCode());
  }

  @Override
  public void insertNote(FailNote note) {
    Long max =
        dsl.select(DSL.max(SETTLEMENT_FAIL_NOTE.ID))
            .from(SETTLEMENT_FAIL_NOTE)
            .fetchOne(0, Long.class);
    dsl.insertInto(SETTLEMENT_FAIL_NOTE)
        .set(SETTLEMENT_FAIL_NOTE.ID, max == null ? 1 : max + 1)
        .set(SETTLEMENT_FAIL_NOTE.TRADE_ID, note.trade().value())
        .set(SETTLEMENT_FAIL_NOTE.OWNER, note.owner())
        .set(SETTLEMENT_FAIL_NOTE.COMMENT, note.comment())
        .set(SETTLEMENT_FAIL_NOTE.NOTED_BY, note.notedBy())
        .set(
            SETTLEMENT_FAIL_NOTE.NOTED_AT, OffsetDateTime.ofInstant(note.notedAt(), ZoneOffset.UTC))
        .execute();
  }

  @Override
  public Map<TradeId, FailNote> notes() {
    Map<TradeId, FailNote> notes = new HashMap<>();
    dsl.selectFrom(SETTLEMENT_FAIL_NOTE)
        .orderBy(SETTLEMENT_FAIL_NOTE.ID)
        .forEach(
            r -> {
              TradeId id = new TradeId(r.getTradeId());
              notes.put(
                  id,
                  new FailNote(
                      id,
                      r.getOwner(),
                      r.getComment(),
                      r.getNotedBy(),
                      r.getNotedAt().toInstant()));
            });
    return notes;
  }

  private static List<Long> ids(Collection<TradeId> trades) {
    return trades.stream().map(TradeId::value).toList();
  }
}
