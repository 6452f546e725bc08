package com.tickmark.model.recon.statement;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.intake.IdRangeTarget;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.ImportRefusedException;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeCells;
import com.tickmark.model.intake.IntakeField;
import com.tickmark.model.intake.IntakeFiles;
import com.tickmark.model.intake.IntakeOutcome;
import com.tickmark.model.intake.IntakeProfile;
import com.tickmark.model.intake.IntakeRecovery;
import com.tickmark.model.intake.IntakeRequest;
import com.tickmark.model.intake.IntakeRun;
import com.tickmark.model.intake.IntakeTarget;
import com.tickmark.model.intake.RecordRows;
import com.tickmark.model.intake.StandardCsvProfile;
import com.tickmark.model.json.Json;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores bank statement files (MT940, camt.053) through the intake pipeline ({@link Intake}): the
 * entries are its rows (sequential ids, undone by their id range, rolled back by {@link
 * IntakeRecovery} after a process died part-way), the statements and the import record are written
 * with the last of them, and a file with the SHA-256 of one imported before is refused.
 *
 * <p>A file is refused whole ({@code FILE:LINE: field: message}, nothing written) when the reader
 * finds a problem with it ({@link BankStatements}: structure, one currency, opening plus movements
 * is closing, continuity inside the file), when a statement's account is none of the firm's cash
 * accounts (matched by IBAN or number, without spaces, in any case) or is in another currency, or
 * when a statement is already stored: the same account, number, page and closing date, from another
 * file (a bank that sends a statement again under another name). Storing it twice would count its
 * entries twice.
 *
 * <p>A statement that does not follow the account's statement stored before it (its opening balance
 * is not that one's closing balance, or its number is not the next) is <em>stored and flagged</em>,
 * not refused: the file is the bank's record of what happened, which a clerk cannot correct, and
 * refusing it would block every later statement of the account. The flag says why; the cash recon
 * raises it as a "balance discontinuity" break for someone to investigate with the bank.
 */
public final class BankStatementService {
  public static final String ENTITY = "BankStatementImport";

  /** What a statement problem is about, as problems name it. */
  enum StatementField implements IntakeField {
    ACCOUNT("account"),
    CURRENCY("currency"),
    STATEMENT_NUMBER("statement number");

    private final String key;

    StatementField(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** Parsed files have no columns: the mapper takes each entry by its line ({@link RecordRows}). */
  private static final IntakeProfile<StatementField> PROFILE =
      new StandardCsvProfile<>() {
        @Override
        public String name() {
          return "bank statement";
        }

        @Override
        public boolean header() {
          return false;
        }

        @Override
        public Map<StatementField, String> columns() {
          return Map.of();
        }

        @Override
        public Class<StatementField> fieldType() {
          return StatementField.class;
        }
      };

  private final StatementStore store;
  private final ReferenceDataStore referenceData;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final IntakeTarget<StoredEntry> target;
  private final Intake<StatementField, StoredEntry> intake;

  public BankStatementService(
      StatementStore store,
      ReferenceDataStore referenceData,
      AuditTrail audit,
      Transactions tx,
      Clock clock) {
    this.store = store;
    this.referenceData = referenceData;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.target =
        new IdRangeTarget<>(
            ENTITY,
            store::nextEntryId,
            StoredEntry::id,
            store::insertEntries,
            store::deleteEntries);
    this.intake = new Intake<>(target, store.journal(), tx, clock);
  }

  /** Rolls back the statement imports a process that died part-way left unfinished. */
  public List<IntakeRun> recoverUnfinished() {
    return new IntakeRecovery(store.journal(), tx, audit, clock).recover(target);
  }

  /**
   * The stored statements, by account and date; of one account when {@code account} names one of
   * the firm's cash accounts by code, IBAN or number.
   */
  public List<StoredStatement> statements(Actor actor, Optional<String> account) {
    actor.require(Permission.VIEW_DATA);
    if (account.isEmpty()) {
      return store.statements(Optional.empty());
    }
    String key = key(account.get());
    Optional<Account> match =
        cashAccounts().stream()
            .filter(a -> key(a.code()).equals(key) || key(a.number()).equals(key))
            .findFirst();
    if (match.isEmpty()) {
      throw new IllegalArgumentException(
          "There is no cash account " + account.get() + " (give its code, IBAN or number).");
    }
    return store.statements(Optional.of(match.get().code()));
  }

  /**
   * Imports {@code files} in the order given, each all or nothing. Every file is checked first,
   * against what is stored and the files before it: if any has a problem, or is a repeat when
   * {@code skipRepeats} is false, nothing at all is written and the results say why. With {@code
   * skipRepeats}, a file imported before is passed over (its result names the earlier import).
   */
  public List<StatementImportResult> importFiles(
      Actor actor, List<Path> files, boolean skipRepeats) {
    return importFiles(actor, files, skipRepeats, ImportMonitor.NONE);
  }

  /**
   * {@link #importFiles(Actor, List, boolean)}, reporting each file's reading to {@code monitor},
   * which may cancel it: a cancelled import writes nothing of the file it was reading.
   */
  public List<StatementImportResult> importFiles(
      Actor actor, List<Path> files, boolean skipRepeats, ImportMonitor monitor) {
    actor.require(Permission.WORK_RECONCILIATIONS);
    List<StatementImportResult> checked = new ArrayList<>();
    List<StoredStatement> pending = new ArrayList<>();
    boolean refused = false;
    for (Path file : files) {
      StatementImportResult r = run(actor, file, ImportMode.PREVIEW, pending, monitor);
      checked.add(r);
      refused |= !r.problems().isEmpty() || (r.earlier() != null && !skipRepeats);
      if (r.earlier() == null) {
        pending.addAll(r.statements());
      }
    }
    if (refused) {
      return checked;
    }
    List<StatementImportResult> results = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      StatementImportResult c = checked.get(i);
      if (c.earlier() != null) {
        results.add(
            new StatementImportResult(
                c.fileName(), c.location(), List.of(), List.of(), null, c.earlier()));
        continue;
      }
      results.add(run(actor, files.get(i), ImportMode.ALL_OR_NOTHING, List.of(), monitor));
    }
    return results;
  }

  /**
   * One file: read, checked against the firm's cash accounts and against what is stored and {@code
   * pending} (the statements of the files checked before it in this import), then stored unless
   * {@code mode} only checks it; {@code monitor} sees the file read.
   */
  private StatementImportResult run(
      Actor actor,
      Path file,
      ImportMode mode,
      List<StoredStatement> pending,
      ImportMonitor monitor) {
    String fileName = file.getFileName().toString();
    String sha256 = IntakeFiles.sha256(file);
    StatementImport earlier = store.findBySha256(sha256).orElse(null);
    Intake.refuseRepeat(
        fileName,
        Optional.ofNullable(earlier)
            .map(
                e ->
                    new Intake.Earlier(
                        e.id(), e.fileName(), e.importedBy(), e.importedAt(), e.entries())),
        mode,
        "statement entries");
    if (earlier != null) { // only checking: the file's verdict is that it was imported before
      return new StatementImportResult(
          fileName, file.toString(), List.of(), List.of(), null, earlier);
    }
    BankFile read;
    try {
      read = BankStatements.read(file, monitor);
    } catch (UncheckedIOException e) {
      throw new ImportRefusedException(e.getMessage() + "; nothing was written.");
    }
    List<ImportProblem> problems = new ArrayList<>(read.problems());
    long importId = store.nextImportId();
    long nextStatementId = store.nextStatementId();
    List<StoredStatement> statements = new ArrayList<>();
    Map<Integer, Long> statementOfLine = new HashMap<>();
    Map<Integer, StatementEntry> entryOfLine = new HashMap<>();
    List<Integer> lines = new ArrayList<>();
    Map<String, Account> byNumber = new HashMap<>();
    for (Account a : cashAccounts()) {
      if (!a.number().isBlank()) {
        byNumber.putIfAbsent(key(a.number()), a);
      }
    }
    Set<String> chained = new HashSet<>();
    for (BankStatement s : read.statements()) {
      Account account = byNumber.get(key(s.account()));
      if (account == null) {
        problems.add(
            new ImportProblem(
                s.accountLine(),
                StatementField.ACCOUNT.key(),
                "account "
                    + s.account()
                    + " is none of the firm's cash accounts (reference data, accounts of type"
                    + " CASH, by IBAN or number)"));
        continue;
      }
      if (!account.currency().code().equals(s.currency())) {
        problems.add(
            new ImportProblem(
                s.opening().line(),
                StatementField.CURRENCY.key(),
                "statement in "
                    + s.currency()
                    + " for cash account "
                    + account.code()
                    + ", which is in "
                    + account.currency().code()));
        continue;
      }
      Optional<StoredStatement> same =
          stored(pending, account.code(), s.number(), s.sequence(), s.closing().date())
              .or(() -> store.find(account.code(), s.number(), s.sequence(), s.closing().date()));
      if (same.isPresent()) {
        StoredStatement d = same.get();
        problems.add(
            new ImportProblem(
                s.line(),
                StatementField.STATEMENT_NUMBER.key(),
                "statement "
                    + s.numberAndSequence()
                    + " of account "
                    + account.code()
                    + " closing on "
                    + s.closing().date()
                    + " is already stored from "
                    + d.fileName()
                    + " line "
                    + d.line()
                    + (d.closing().compareTo(s.closing().amount()) == 0
                        ? ""
                        : " with another closing balance, "
                            + StatementAmounts.display(d.closing()))));
        continue;
      }
      String discontinuity = null;
      if (chained.add(account.code())) { // later ones in the file the reader chained already
        Optional<StoredStatement> before = latest(pending, account.code(), s.closing().date());
        if (before.isPresent()) {
          List<ImportProblem> breaks = StatementChecks.follows(before.get().asPrevious(), s);
          if (!breaks.isEmpty()) {
            discontinuity =
                breaks.stream().map(ImportProblem::message).collect(Collectors.joining("; "));
          }
        }
      }
      long id = nextStatementId++;
      statements.add(
          new StoredStatement(
              id,
              importId,
              account.code(),
              s.account(),
              s.currency(),
              s.number(),
              s.sequence(),
              s.opening().date(),
              s.opening().amount(),
              s.closing().date(),
              s.closing().amount(),
              s.entries().size(),
              fileName,
              s.line(),
              discontinuity));
      for (StatementEntry e : s.entries()) {
        statementOfLine.put(e.line(), id);
        entryOfLine.put(e.line(), e);
        lines.add(e.line());
      }
    }
    problems.sort(Comparator.comparingInt(ImportProblem::line));
    StatementImport[] record = {null};
    IntakeOutcome<StoredEntry> outcome =
        intake.run(
            new IntakeRequest(file.toString(), fileName, sha256, actor.username(), mode, 0, false),
            PROFILE,
            new RecordRows(lines),
            new Intake.Mapper<>() {
              @Override
              public void start(List<ImportProblem> found) {
                found.addAll(problems);
              }

              @Override
              public String noRows() {
                return null; // a statement of a day without movements has no entries
              }

              @Override
              public StoredEntry map(IntakeCells<StatementField> row, long id) {
                return new StoredEntry(
                    id, statementOfLine.get(row.line()), fileName, entryOfLine.get(row.line()));
              }
            },
            null,
            monitor,
            o -> record[0] = commit(actor, o, importId, statements));
    return new StatementImportResult(
        fileName,
        file.toString(),
        outcome.problems(),
        outcome.problems().isEmpty() ? statements : List.of(),
        record[0],
        earlier);
  }

  /** Stores the statements, the import record and its audit record (the pipeline's last commit). */
  private StatementImport commit(
      Actor actor, IntakeOutcome<StoredEntry> o, long importId, List<StoredStatement> statements) {
    store.insertStatements(statements);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    StatementImport r =
        new StatementImport(
            importId,
            o.fileName(),
            o.sha256(),
            actor.username(),
            now,
            statements.size(),
            o.loaded(),
            (int) statements.stream().filter(s -> s.discontinuity() != null).count(),
            o.lastId() == null ? null : o.firstId(),
            o.lastId());
    store.recordImport(r);
    audit.append(
        new AuditEvent(
            actor.username(),
            r.importedAt(),
            ENTITY,
            Long.toString(r.id()),
            AuditAction.IMPORT,
            "",
            Json.write(r),
            "bank statement file import"));
    return r;
  }

  /** The statement of the files checked before, as {@link StatementStore#find}. */
  private static Optional<StoredStatement> stored(
      List<StoredStatement> pending,
      String accountCode,
      String number,
      String sequence,
      LocalDate closingDate) {
    return pending.stream()
        .filter(
            p ->
                p.accountCode().equals(accountCode)
                    && p.number().equals(number)
                    && Objects.equals(p.sequence(), sequence)
                    && p.closingDate().equals(closingDate))
        .findFirst();
  }

  /**
   * The statement of {@code accountCode} closing last on or before {@code closingDate}, among the
   * stored ones and those of the files checked before (which come later when on one date).
   */
  private Optional<StoredStatement> latest(
      List<StoredStatement> pending, String accountCode, LocalDate closingDate) {
    Optional<StoredStatement> fromPending =
        pending.stream()
            .filter(
                p -> p.accountCode().equals(accountCode) && !p.closingDate().isAfter(closingDate))
            .reduce((a, b) -> b.closingDate().isBefore(a.closingDate()) ? a : b);
    Optional<StoredStatement> fromStore = store.latest(accountCode, closingDate);
    if (fromPending.isEmpty()) {
      return fromStore;
    }
    if (fromStore.isEmpty()
        || !fromPending.get().closingDate().isBefore(fromStore.get().closingDate())) {
      return fromPending;
    }
    return fromStore;
  }

  private List<Account> cashAccounts() {
    return referenceData.accounts().stream().filter(a -> a.type() == AccountType.CASH).toList();
  }

  /** An IBAN, number or code as compared: without spaces, upper case. */
  private static String key(String text) {
    return text.replace(" ", "").toUpperCase(Locale.ROOT);
  }
}
