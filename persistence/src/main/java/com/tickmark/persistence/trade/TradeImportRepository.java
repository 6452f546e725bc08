package com.tickmark.persistence.trade;

import static com.tickmark.persistence.jooq.Tables.TRADE;
import static com.tickmark.persistence.jooq.Tables.TRADE_IMPORT;
import static com.tickmark.persistence.jooq.Tables.TRADE_IMPORT_PROFILE;
import static com.tickmark.persistence.jooq.Tables.TRADE_IMPORT_QUARANTINE;

import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.intake.QuarantinedRow;
import com.tickmark.model.trade.imports.ImportRecord;
import com.tickmark.model.trade.imports.QuarantineEntry;
import com.tickmark.model.trade.imports.QuarantineStatus;
import com.tickmark.model.trade.imports.TradeImportStore;
import com.tickmark.persistence.intake.IntakeRunRepository;
import com.tickmark.persistence.jooq.tables.records.TradeImportRecord;
import com.tickmark.persistence.workspace.Batches;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Trade file imports, their quarantined rows and the saved mapping profiles. */
public final class TradeImportRepository implements TradeImportStore {
  private final DSLContext dsl;
  private final IntakeRunRepository journal;

  public TradeImportRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.journal = new IntakeRunRepository(dsl);
  }

  @Override
  public IntakeJournal journal() {
    return journal;
  }

  @Override
  public Optional<ImportRecord> findBySha256(String sha256) {
    return dsl.selectFrom(TRADE_IMPORT)
        .where(TRADE_IMPORT.SHA256.eq(sha256))
        .orderBy(TRADE_IMPORT.ID)
        .limit(1)
        .fetchOptional(TradeImportRepository::toRecord);
  }

  @Override
  public Set<String> storedExecIds() {
    Set<String> ids = new HashSet<>();
    dsl.select(TRADE.EXEC_ID).from(TRADE).fetchSize(10_000).forEach(r -> ids.add(r.value1()));
    return ids;
  }

  @Override
  public long nextImportId() {
    Long max = dsl.select(DSL.max(TRADE_IMPORT.ID)).from(TRADE_IMPORT).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public void recordImport(ImportRecord r, List<QuarantinedRow> quarantined) {
    dsl.insertInto(TRADE_IMPORT)
        .set(TRADE_IMPORT.ID, r.id())
        .set(TRADE_IMPORT.FILE_NAME, r.fileName())
        .set(TRADE_IMPORT.SHA256, r.sha256())
        .set(TRADE_IMPORT.PROFILE, r.profile())
        .set(TRADE_IMPORT.IMPORTED_BY, r.importedBy())
        .set(TRADE_IMPORT.IMPORTED_AT, OffsetDateTime.ofInstant(r.importedAt(), ZoneOffset.UTC))
        .set(TRADE_IMPORT.ROWS_LOADED, r.rowsLoaded())
        .set(TRADE_IMPORT.ROWS_QUARANTINED, r.rowsQuarantined())
        .set(TRADE_IMPORT.FIRST_TRADE_ID, r.firstTradeId())
        .set(TRADE_IMPORT.LAST_TRADE_ID, r.lastTradeId())
        .execute();
    Batches.insert(
        dsl,
        TRADE_IMPORT_QUARANTINE,
        quarantined,
        q -> new Object[] {r.id(), q.line(), clip(q.rawLine()), clip(q.problems())},
        TRADE_IMPORT_QUARANTINE.IMPORT_ID,
        TRADE_IMPORT_QUARANTINE.LINE,
        TRADE_IMPORT_QUARANTINE.RAW_LINE,
        TRADE_IMPORT_QUARANTINE.PROBLEMS);
  }

  @Override
  public List<QuarantinedRow> quarantined(long importId) {
    return dsl.selectFrom(TRADE_IMPORT_QUARANTINE)
        .where(TRADE_IMPORT_QUARANTINE.IMPORT_ID.eq(importId))
        .orderBy(TRADE_IMPORT_QUARANTINE.LINE)
        .fetch(q -> new QuarantinedRow(q.getLine(), q.getRawLine(), q.getProblems()));
  }

  @Override
  public List<ImportRecord> imports() {
    return dsl.selectFrom(TRADE_IMPORT)
        .orderBy(TRADE_IMPORT.ID)
        .fetch(TradeImportRepository::toRecord);
  }

  @Override
  public Map<String, String> profiles() {
    Map<String, String> all = new LinkedHashMap<>();
    dsl.selectFrom(TRADE_IMPORT_PROFILE)
        .orderBy(TRADE_IMPORT_PROFILE.NAME)
        .forEach(p -> all.put(p.getName(), p.getProperties()));
    return all;
  }

  @Override
  public void saveProfile(String name, String properties) {
    dsl.mergeInto(TRADE_IMPORT_PROFILE)
        .using(DSL.selectOne())
        .on(TRADE_IMPORT_PROFILE.NAME.eq(name))
        .whenMatchedThenUpdate()
        .set(TRADE_IMPORT_PROFILE.PROPERTIES, properties)
        .whenNotMatchedThenInsert(TRADE_IMPORT_PROFILE.NAME, TRADE_IMPORT_PROFILE.PROPERTIES)
        .values(name, properties)
        .execute();
  }

  @Override
  public void saveHeaderLine(long importId, String headerLine) {
    dsl.update(TRADE_IMPORT)
        .set(TRADE_IMPORT.HEADER_LINE, clip(headerLine))
        .where(TRADE_IMPORT.ID.eq(importId))
        .execute();
  }

  @Override
  public List<QuarantineEntry> quarantineEntries() {
    return quarantineQuery(DSL.noCondition());
  }

  @Override
  public int openQuarantineCount() {
    return dsl.fetchCount(
        TRADE_IMPORT_QUARANTINE, TRADE_IMPORT_QUARANTINE.STATUS.eq(QuarantineStatus.OPEN.name()));
  }

  @Override
  public Optional<QuarantineEntry> quarantineEntry(long importId, int line) {
    return quarantineQuery(
            TRADE_IMPORT_QUARANTINE
                .IMPORT_ID
                .eq(importId)
                .and(TRADE_IMPORT_QUARANTINE.LINE.eq(line)))
        .stream()
        .findFirst();
  }

  private List<QuarantineEntry> quarantineQuery(Condition where) {
    var q = TRADE_IMPORT_QUARANTINE;
    return dsl.select(
            q.IMPORT_ID,
            TRADE_IMPORT.FILE_NAME,
            TRADE_IMPORT.PROFILE,
            TRADE_IMPORT.HEADER_LINE,
            q.LINE,
            q.RAW_LINE,
            q.PROBLEMS,
            q.STATUS,
            q.RESOLVED_BY,
            q.RESOLVED_AT,
            q.RESOLUTION,
            q.TRADE_ID)
        .from(q)
        .join(TRADE_IMPORT)
        .on(TRADE_IMPORT.ID.eq(q.IMPORT_ID))
        .where(where)
        .orderBy(q.IMPORT_ID, q.LINE)
        .fetch(
            r ->
                new QuarantineEntry(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    r.value7(),
                    QuarantineStatus.valueOf(r.value8()),
                    r.value9(),
                    r.value10() == null ? null : r.value10().toInstant(),
                    r.value11(),
                    r.value12()));
  }

  @Override
  public void resolveQuarantined(
      long importId,
      int line,
      QuarantineStatus status,
      String by,
      Instant at,
      String reason,
      Long tradeId) {
    int updated =
        dsl.update(TRADE_IMPORT_QUARANTINE)
            .set(TRADE_IMPORT_QUARANTINE.STATUS, status.name())
            .set(TRADE_IMPORT_QUARANTINE.RESOLVED_BY, by)
            .set(TRADE_IMPORT_QUARANTINE.RESOLVED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .set(
                TRADE_IMPORT_QUARANTINE.RESOLUTION,
                reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...")
            .set(TRADE_IMPORT_QUARANTINE.TRADE_ID, tradeId)
            .where(
                TRADE_IMPORT_QUARANTINE.IMPORT_ID.eq(importId),
                TRADE_IMPORT_QUARANTINE.LINE.eq(line),
                TRADE_IMPORT_QUARANTINE.STATUS.eq(QuarantineStatus.OPEN.name()))
            .execute();
    if (updated != 1) {
      throw new IllegalStateException(
          "Row " + line + " of import " + importId + " is no longer open; refresh the list.");
    }
  }

  private static String clip(String s) {
    return s.length() <= 10_000 ? s : s.substring(0, 9_997) + "...";
  }

  private static ImportRecord toRecord(TradeImportRecord r) {
    return new ImportRecord(
        r.getId(),
        r.getFileName(),
        r.getSha256(),
        r.getProfile(),
        r.getImportedBy(),
        r.getImportedAt().toInstant(),
        r.getRowsLoaded(),
        r.getRowsQuarantined(),
        r.getFirstTradeId(),
        r.getLastTradeId());
  }
}
