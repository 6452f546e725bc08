package com.tickmark.persistence.recon;

import static com.tickmark.persistence.jooq.Tables.BANK_STATEMENT;
import static com.tickmark.persistence.jooq.Tables.BANK_STATEMENT_ENTRY;
import static com.tickmark.persistence.jooq.Tables.BANK_STATEMENT_IMPORT;

import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.recon.statement.StatementEntry;
import com.tickmark.model.recon.statement.StatementImport;
import com.tickmark.model.recon.statement.StatementStore;
import com.tickmark.model.recon.statement.StoredEntry;
import com.tickmark.model.recon.statement.StoredStatement;
import com.tickmark.persistence.intake.ImportTables;
import com.tickmark.persistence.intake.IntakeRunRepository;
import com.tickmark.persistence.jooq.tables.records.BankStatementImportRecord;
import com.tickmark.persistence.jooq.tables.records.BankStatementRecord;
import com.tickmark.persistence.workspace.Batches;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Bank statements, their entries and their imports. */
public final class BankStatementRepository implements StatementStore {
  private final DSLContext dsl;
  private final IntakeRunRepository journal;

  public BankStatementRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.journal = new IntakeRunRepository(dsl);
  }

  @Override
  public IntakeJournal journal() {
    return journal;
  }

  @Override
  public long nextEntryId() {
    return ImportTables.nextId(dsl, BANK_STATEMENT_ENTRY.ID);
  }

  @Override
  public void insertEntries(List<StoredEntry> entries) {
    Batches.insert(
        dsl,
        BANK_STATEMENT_ENTRY,
        entries,
        s -> {
          StatementEntry e = s.entry();
          return new Object[] {
            s.id(),
            s.statementId(),
            e.valueDate(),
            e.bookingDate(),
            e.amount(),
            e.mark(),
            e.typeCode(),
            e.endToEndId(),
            e.bankReference(),
            e.customerReference(),
            e.counterpartyName(),
            e.counterpartyAccount(),
            e.information(),
            s.fileName(),
            e.line()
          };
        },
        BANK_STATEMENT_ENTRY.ID,
        BANK_STATEMENT_ENTRY.STATEMENT_ID,
        BANK_STATEMENT_ENTRY.VALUE_DATE,
        BANK_STATEMENT_ENTRY.BOOKING_DATE,
        BANK_STATEMENT_ENTRY.AMOUNT,
        BANK_STATEMENT_ENTRY.MARK,
        BANK_STATEMENT_ENTRY.TYPE_CODE,
        BANK_STATEMENT_ENTRY.END_TO_END_ID,
        BANK_STATEMENT_ENTRY.BANK_REFERENCE,
        BANK_STATEMENT_ENTRY.CUSTOMER_REFERENCE,
        BANK_STATEMENT_ENTRY.COUNTERPARTY_NAME,
        BANK_STATEMENT_ENTRY.COUNTERPARTY_ACCOUNT,
        BANK_STATEMENT_ENTRY.INFORMATION,
        BANK_STATEMENT_ENTRY.FILE_NAME,
        BANK_STATEMENT_ENTRY.LINE);
  }

  @Override
  public void deleteEntries(long first, long last) {
    ImportTables.deleteRange(dsl, BANK_STATEMENT_ENTRY.ID, first, last);
  }

  @Override
  public long nextStatementId() {
    return ImportTables.nextId(dsl, BANK_STATEMENT.ID);
  }

  @Override
  public void insertStatements(List<StoredStatement> statements) {
    Batches.insert(
        dsl,
        BANK_STATEMENT,
        statements,
        s ->
            new Object[] {
              s.id(),
              s.importId(),
              s.accountCode(),
              s.account(),
              s.currency(),
              s.number(),
              s.sequence(),
              s.openingDate(),
              s.opening(),
              s.closingDate(),
              s.closing(),
              s.entries(),
              s.fileName(),
              s.line(),
              s.discontinuity()
            },
        BANK_STATEMENT.ID,
        BANK_STATEMENT.IMPORT_ID,
        BANK_STATEMENT.ACCOUNT_CODE,
        BANK_STATEMENT.ACCOUNT,
        BANK_STATEMENT.CURRENCY,
        BANK_STATEMENT.STATEMENT_NUMBER,
        BANK_STATEMENT.PAGE,
        BANK_STATEMENT.OPENING_DATE,
        BANK_STATEMENT.OPENING_BALANCE,
        BANK_STATEMENT.CLOSING_DATE,
        BANK_STATEMENT.CLOSING_BALANCE,
        BANK_STATEMENT.ENTRIES,
        BANK_STATEMENT.FILE_NAME,
        BANK_STATEMENT.LINE,
        BANK_STATEMENT.DISCONTINUITY);
  }

  @Override
  public Optional<StatementImport> findBySha256(String sha256) {
    return ImportTables.firstBySha256(
        dsl,
        BANK_STATEMENT_IMPORT.ID,
        BANK_STATEMENT_IMPORT.SHA256,
        sha256,
        BankStatementRepository::toImport);
  }

  @Override
  public long nextImportId() {
    return ImportTables.nextId(dsl, BANK_STATEMENT_IMPORT.ID);
  }

  @Override
  public void recordImport(StatementImport r) {
    dsl.insertInto(BANK_STATEMENT_IMPORT)
        .set(BANK_STATEMENT_IMPORT.ID, r.id())
        .set(BANK_STATEMENT_IMPORT.FILE_NAME, r.fileName())
        .set(BANK_STATEMENT_IMPORT.SHA256, r.sha256())
        .set(BANK_STATEMENT_IMPORT.IMPORTED_BY, r.importedBy())
        .set(
            BANK_STATEMENT_IMPORT.IMPORTED_AT,
            OffsetDateTime.ofInstant(r.importedAt(), ZoneOffset.UTC))
        .set(BANK_STATEMENT_IMPORT.STATEMENTS, r.statements())
        .set(BANK_STATEMENT_IMPORT.ENTRIES, r.entries())
        .set(BANK_STATEMENT_IMPORT.DISCONTINUITIES, r.discontinuities())
        .set(BANK_STATEMENT_IMPORT.FIRST_ENTRY_ID, r.firstEntryId())
        .set(BANK_STATEMENT_IMPORT.LAST_ENTRY_ID, r.lastEntryId())
        .execute();
  }

  private static StatementImport toImport(BankStatementImportRecord r) {
    return new StatementImport(
        r.getId(),
        r.getFileName(),
        r.getSha256(),
        r.getImportedBy(),
        r.getImportedAt().toInstant(),
        r.getStatements(),
        r.getEntries(),
        r.getDiscontinuities(),
        r.getFirstEntryId(),
        r.getLastEntryId());
  }

  @Override
  public Optional<StoredStatement> latest(String accountCode, LocalDate closingDate) {
    return dsl.selectFrom(BANK_STATEMENT)
        .where(BANK_STATEMENT.ACCOUNT_CODE.eq(accountCode))
        .and(BANK_STATEMENT.CLOSING_DATE.le(closingDate))
        .orderBy(BANK_STATEMENT.CLOSING_DATE.desc(), BANK_STATEMENT.ID.desc())
        .limit(1)
        .fetchOptional(BankStatementRepository::toStatement);
  }

  @Override
  public Optional<StoredStatement> find(
      String accountCode, String number, String sequence, LocalDate closingDate) {
    Condition page =
        sequence == null ? BANK_STATEMENT.PAGE.isNull() : BANK_STATEMENT.PAGE.eq(sequence);
    return dsl.selectFrom(BANK_STATEMENT)
        .where(BANK_STATEMENT.ACCOUNT_CODE.eq(accountCode))
        .and(BANK_STATEMENT.STATEMENT_NUMBER.eq(number))
        .and(page)
        .and(BANK_STATEMENT.CLOSING_DATE.eq(closingDate))
        .orderBy(BANK_STATEMENT.ID)
        .limit(1)
        .fetchOptional(BankStatementRepository::toStatement);
  }

  @Override
  public List<StoredStatement> statements(Optional<String> accountCode) {
    return dsl.selectFrom(BANK_STATEMENT)
        .where(accountCode.map(BANK_STATEMENT.ACCOUNT_CODE::eq).orElse(DSL.noCondition()))
        .orderBy(BANK_STATEMENT.ACCOUNT_CODE, BANK_STATEMENT.CLOSING_DATE, BANK_STATEMENT.ID)
        .fetch(BankStatementRepository::toStatement);
  }

  @Override
  public List<StoredEntry> entriesOf(LocalDate from, LocalDate to) {
    var valued = BANK_STATEMENT_ENTRY.VALUE_DATE;
    var booked = BANK_STATEMENT_ENTRY.BOOKING_DATE;
    return dsl.selectFrom(BANK_STATEMENT_ENTRY)
        .where(
            valued
                .between(from, to)
                .and(booked.isNull().or(booked.ge(from)))
                .or(booked.between(from, to).and(valued.gt(to))))
        .orderBy(BANK_STATEMENT_ENTRY.ID)
        .fetch(
            r ->
                new StoredEntry(
                    r.getId(),
                    r.getStatementId(),
                    r.getFileName(),
                    new StatementEntry(
                        r.getLine(),
                        r.getValueDate(),
                        r.getBookingDate(),
                        r.getAmount(),
                        r.getMark(),
                        r.getTypeCode(),
                        r.getEndToEndId(),
                        r.getBankReference(),
                        r.getCustomerReference(),
                        r.getCounterpartyName(),
                        r.getCounterpartyAccount(),
                        r.getInformation())));
  }

  private static StoredStatement toStatement(BankStatementRecord r) {
    return new StoredStatement(
        r.getId(),
        r.getImportId(),
        r.getAccountCode(),
        r.getAccount(),
        r.getCurrency(),
        r.getStatementNumber(),
        r.getPage(),
        r.getOpeningDate(),
        r.getOpeningBalance(),
        r.getClosingDate(),
        r.getClosingBalance(),
        r.getEntries(),
        r.getFileName(),
        r.getLine(),
        r.getDiscontinuity());
  }
}
