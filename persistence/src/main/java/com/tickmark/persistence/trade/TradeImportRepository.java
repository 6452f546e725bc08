package com.tickmark.persistence.trade;

import static com.tickmark.persistence.jooq.Tables.TRADE;
import static com.tickmark.persistence.jooq.Tables.TRADE_IMPORT;
import static com.tickmark.persistence.jooq.Tables.TRADE_IMPORT_PROFILE;
import static com.tickmark.persistence.jooq.Tables.TRADE_IMPORT_QUARANTINE;

import com.tickmark.model.trade.imports.ImportRecord;
import com.tickmark.model.trade.imports.QuarantinedRow;
import com.tickmark.model.trade.imports.TradeImportStore;
import com.tickmark.persistence.jooq.tables.records.TradeImportRecord;
import com.tickmark.persistence.workspace.Batches;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Trade file imports, their quarantined rows and the saved mapping profiles. */
public final class TradeImportRepository implements TradeImportStore {
  private final DSLContext dsl;

  public TradeImportRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<ImportRecord> findBySha256(String sha256) {
    return dsl.selectFrom(TRADE_IMPORT).where(TRADE_IMPORT.SHA256.eq(sha256)).orderBy(TRADE_IMPORT.ID).limit(1)
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
    Batches.insert(dsl, TRADE_IMPORT_QUARANTINE, quarantined,
        q -> new Object[] {r.id(), q.line(), clip(q.rawLine()), clip(q.problems())},
        TRADE_IMPORT_QUARANTINE.IMPORT_ID, TRADE_IMPORT_QUARANTINE.LINE, TRADE_IMPORT_QUARANTINE.RAW_LINE,
        TRADE_IMPORT_QUARANTINE.PROBLEMS);
  }

  @Override
  public List<QuarantinedRow> quarantined(long importId) {
    return dsl.selectFrom(TRADE_IMPORT_QUARANTINE).where(TRADE_IMPORT_QUARANTINE.IMPORT_ID.eq(importId))
        .orderBy(TRADE_IMPORT_QUARANTINE.LINE)
        .fetch(q -> new QuarantinedRow(q.getLine(), q.getRawLine(), q.getProblems()));
  }

  @Override
  public List<ImportRecord> imports() {
    return dsl.selectFrom(TRADE_IMPORT).orderBy(TRADE_IMPORT.ID).fetch(TradeImportRepository::toRecord);
  }

  @Override
  public Map<String, String> profiles() {
    Map<String, String> all = new LinkedHashMap<>();
    dsl.selectFrom(TRADE_IMPORT_PROFILE).orderBy(TRADE_IMPORT_PROFILE.NAME)
        .forEach(p -> all.put(p.getName(), p.getProperties()));
    return all;
  }

  @Override
  public void saveProfile(String name, String properties) {
    dsl.mergeInto(TRADE_IMPORT_PROFILE).using(DSL.selectOne())
        .on(TRADE_IMPORT_PROFILE.NAME.eq(name))
        .whenMatchedThenUpdate().set(TRADE_IMPORT_PROFILE.PROPERTIES, properties)
        .whenNotMatchedThenInsert(TRADE_IMPORT_PROFILE.NAME, TRADE_IMPORT_PROFILE.PROPERTIES).values(name, properties)
        .execute();
  }

  private static String clip(String s) {
    return s.length() <= 10_000 ? s : s.substring(0, 9_997) + "...";
  }

  private static ImportRecord toRecord(TradeImportRecord r) {
    return new ImportRecord(r.getId(), r.getFileName(), r.getSha256(), r.getProfile(), r.getImportedBy(),
        r.getImportedAt().toInstant(), r.getRowsLoaded(), r.getRowsQuarantined(), r.getFirstTradeId(), r.getLastTradeId());
  }
}
