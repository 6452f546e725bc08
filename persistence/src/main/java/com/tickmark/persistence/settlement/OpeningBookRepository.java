package com.tickmark.persistence.settlement;

import static com.tickmark.persistence.jooq.Tables.OPENING_CASH;
import static com.tickmark.persistence.jooq.Tables.OPENING_IMPORT;
import static com.tickmark.persistence.jooq.Tables.OPENING_POSITION;

import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.position.OpeningBookStore;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningImport;
import com.tickmark.model.position.OpeningLine;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.persistence.intake.ImportTables;
import com.tickmark.persistence.intake.IntakeRunRepository;
import com.tickmark.persistence.jooq.tables.records.OpeningImportRecord;
import com.tickmark.persistence.workspace.Batches;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Opening balances files: their lines as rows of the opening book ({@code opening_position} and
 * {@code opening_cash}, one id range across both) and one record per file.
 */
public final class OpeningBookRepository implements OpeningBookStore {
  private final DSLContext dsl;
  private final IntakeRunRepository journal;

  public OpeningBookRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.journal = new IntakeRunRepository(dsl);
  }

  @Override
  public IntakeJournal journal() {
    return journal;
  }

  @Override
  public long nextLineId() {
    Long positions =
        dsl.select(DSL.max(OPENING_POSITION.ID)).from(OPENING_POSITION).fetchOne(0, Long.class);
    Long cash = dsl.select(DSL.max(OPENING_CASH.ID)).from(OPENING_CASH).fetchOne(0, Long.class);
    return Math.max(positions == null ? 0 : positions, cash == null ? 0 : cash) + 1;
  }

  @Override
  public void insertLines(List<OpeningLine> lines) {
    List<OpeningLine> held = lines.stream().filter(l -> l.position() != null).toList();
    List<OpeningLine> cash = lines.stream().filter(l -> l.cash() != null).toList();
    Batches.insert(
        dsl,
        OPENING_POSITION,
        held,
        l -> {
          OpeningPosition p = l.position();
          return new Object[] {
            l.id(),
            p.asOf(),
            p.book().value(),
            p.custodyAccount().value(),
            p.instrument().value(),
            p.quantity(),
            p.cost(),
            l.importId()
          };
        },
        OPENING_POSITION.ID,
        OPENING_POSITION.AS_OF,
        OPENING_POSITION.BOOK_ID,
        OPENING_POSITION.ACCOUNT_ID,
        OPENING_POSITION.INSTRUMENT_ID,
        OPENING_POSITION.QUANTITY,
        OPENING_POSITION.COST,
        OPENING_POSITION.IMPORT_ID);
    Batches.insert(
        dsl,
        OPENING_CASH,
        cash,
        l -> {
          OpeningCash c = l.cash();
          return new Object[] {
            l.id(), c.asOf(), c.cashAccount().value(), c.balance(), l.importId()
          };
        },
        OPENING_CASH.ID,
        OPENING_CASH.AS_OF,
        OPENING_CASH.ACCOUNT_ID,
        OPENING_CASH.BALANCE,
        OPENING_CASH.IMPORT_ID);
  }

  @Override
  public void deleteLines(long first, long last) {
    ImportTables.deleteRange(dsl, OPENING_POSITION.ID, first, last);
    ImportTables.deleteRange(dsl, OPENING_CASH.ID, first, last);
  }

  @Override
  public Optional<OpeningImport> findBySha256(String sha256) {
    return ImportTables.firstBySha256(
        dsl, OPENING_IMPORT.ID, OPENING_IMPORT.SHA256, sha256, OpeningBookRepository::toImport);
  }

  @Override
  public long nextImportId() {
    return ImportTables.nextId(dsl, OPENING_IMPORT.ID);
  }

  @Override
  public void recordImport(OpeningImport r) {
    dsl.insertInto(OPENING_IMPORT)
        .set(OPENING_IMPORT.ID, r.id())
        .set(OPENING_IMPORT.FILE_NAME, r.fileName())
        .set(OPENING_IMPORT.SHA256, r.sha256())
        .set(OPENING_IMPORT.IMPORTED_BY, r.importedBy())
        .set(OPENING_IMPORT.IMPORTED_AT, OffsetDateTime.ofInstant(r.importedAt(), ZoneOffset.UTC))
        .set(OPENING_IMPORT.AS_OF, r.asOf())
        .set(OPENING_IMPORT.POSITIONS, r.positions())
        .set(OPENING_IMPORT.CASH_BALANCES, r.cashBalances())
        .set(OPENING_IMPORT.FIRST_LINE_ID, r.firstLineId())
        .set(OPENING_IMPORT.LAST_LINE_ID, r.lastLineId())
        .execute();
  }

  private static OpeningImport toImport(OpeningImportRecord r) {
    return new OpeningImport(
        r.getId(),
        r.getFileName(),
        r.getSha256(),
        r.getImportedBy(),
        r.getImportedAt().toInstant(),
        r.getAsOf(),
        r.getPositions(),
        r.getCashBalances(),
        r.getFirstLineId(),
        r.getLastLineId());
  }
}
