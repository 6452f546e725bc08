package com.tickmark.model.position;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.intake.IdRangeTarget;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportRefusedException;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeFiles;
import com.tickmark.model.intake.IntakeLayout;
import com.tickmark.model.intake.IntakeOutcome;
import com.tickmark.model.intake.IntakeRecovery;
import com.tickmark.model.intake.IntakeRequest;
import com.tickmark.model.intake.IntakeRun;
import com.tickmark.model.intake.IntakeTarget;
import com.tickmark.model.json.Json;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.time.BusinessDateProvider;
import com.tickmark.model.tx.Transactions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads a real firm's opening book — its holdings with their cost per book, instrument and custody
 * account, and a balance per cash account, at the close of one date — from an opening balances file
 * ({@link OpeningField}), through the intake pipeline: every line checked against the reference
 * data ({@code FILE:LINE: field: message}), all or nothing (also when the process dies part-way),
 * refused a second time (same SHA-256). Administrators only (ADMINISTER_WORKSPACE): like a restore,
 * it sets where the workspace's positions start, once, as the firm goes live.
 *
 * <p>The book is loaded once and never edited: a workspace that already has an opening book refuses
 * another (it would add to it, and nothing posted is changed or deleted), and so does one with
 * trades or settlements on or before the file's date, which the opening book would count twice.
 * Trades after it add to the book as they are posted. The file's date must not be after the
 * business date.
 */
public final class OpeningBookService {
  public static final String ENTITY = "OpeningBookImport";

  private final OpeningBookStore store;
  private final PositionStore positions;
  private final ReferenceDataStore referenceData;
  private final BusinessDateProvider businessDate;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final IntakeTarget<OpeningLine> target;
  private final Intake<OpeningField, OpeningLine> intake;

  public OpeningBookService(
      OpeningBookStore store,
      PositionStore positions,
      ReferenceDataStore referenceData,
      BusinessDateProvider businessDate,
      AuditTrail audit,
      Transactions tx,
      Clock clock) {
    this.store = store;
    this.positions = positions;
    this.referenceData = referenceData;
    this.businessDate = businessDate;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.target =
        new IdRangeTarget<>(
            ENTITY, store::nextLineId, OpeningLine::id, store::insertLines, store::deleteLines);
    this.intake = new Intake<>(target, store.journal(), tx, clock);
  }

  /** Rolls back an opening book load that a process which died part-way left unfinished. */
  public List<IntakeRun> recoverUnfinished() {
    return new IntakeRecovery(store.journal(), tx, audit, clock).recover(target);
  }

  /**
   * Checks {@code file} line by line, then loads it as the workspace's opening book when nothing is
   * wrong; with problems, nothing is written and the result lists them.
   *
   * @throws ImportRefusedException the file was imported before, cannot be read, or the workspace
   *     cannot take an opening book (the message says why); nothing was written
   */
  public OpeningImportResult importFile(Actor actor, Path file, ImportMonitor monitor) {
    actor.require(Permission.ADMINISTER_WORKSPACE);
    String fileName = file.getFileName().toString();
    String sha256 = IntakeFiles.sha256(file);
    Intake.refuseRepeat(
        fileName,
        store
            .findBySha256(sha256)
            .map(
                e ->
                    new Intake.Earlier(
                        e.id(),
                        e.fileName(),
                        e.importedBy(),
                        e.importedAt(),
                        e.positions() + e.cashBalances())),
        ImportMode.ALL_OR_NOTHING,
        "opening positions and cash balances");
    Optional<LocalDate> opening = positions.openingDate();
    if (opening.isPresent()) {
      throw new ImportRefusedException(
          "The workspace already has an opening book, as of "
              + opening.get()
              + "; it is loaded once and never changed, so "
              + fileName
              + " was not loaded (nothing was written). Load a firm's opening balances into a"
              + " new workspace.");
    }
    OpeningImportResult checked = run(actor, file, sha256, ImportMode.PREVIEW, monitor);
    if (!checked.problems().isEmpty()) {
      return checked;
    }
    return run(actor, file, sha256, ImportMode.ALL_OR_NOTHING, monitor);
  }

  private OpeningImportResult run(
      Actor actor, Path file, String sha256, ImportMode mode, ImportMonitor monitor) {
    String fileName = file.getFileName().toString();
    long importId = store.nextImportId();
    OpeningRows mapper = new OpeningRows(referenceData, importId);
    List<OpeningLine> lines = new ArrayList<>();
    OpeningImport[] record = {null};
    IntakeOutcome<OpeningLine> outcome =
        intake.run(
            new IntakeRequest(file.toString(), fileName, sha256, actor.username(), mode, 0, false),
            OpeningProfile.INSTANCE,
            IntakeFiles.rows(file, null, IntakeLayout.of(OpeningProfile.INSTANCE), monitor),
            mapper,
            lines::add,
            monitor,
            o -> record[0] = commit(actor, o, lines, importId));
    if (mode == ImportMode.PREVIEW && outcome.problems().isEmpty()) {
      refuseDate(fileName, mapper.asOf());
    }
    return new OpeningImportResult(
        fileName, file.toString(), outcome.rows(), outcome.problems(), record[0]);
  }

  /** Refuses a book dated after the business date, or not before the first posted movement. */
  private void refuseDate(String fileName, LocalDate asOf) {
    LocalDate today = businessDate.businessDate();
    if (asOf.isAfter(today)) {
      throw new ImportRefusedException(
          fileName
              + " is as of "
              + asOf
              + ", after the business date "
              + today
              + ": an opening book is a close that has happened; nothing was written.");
    }
    if (!positions.totalsThrough(asOf).isEmpty()) {
      throw new ImportRefusedException(
          fileName
              + " is as of "
              + asOf
              + ", but the workspace has trades or settlements on or before that date, which its"
              + " close already holds: they would count twice. Nothing was written; an opening"
              + " book must be as of a close before the first trade.");
    }
  }

  /** Records the import and its audit record, in the pipeline's last transaction. */
  private OpeningImport commit(
      Actor actor, IntakeOutcome<OpeningLine> o, List<OpeningLine> lines, long importId) {
    int held = (int) lines.stream().filter(l -> l.position() != null).count();
    LocalDate asOf =
        lines.get(0).position() != null
            ? lines.get(0).position().asOf()
            : lines.get(0).cash().asOf();
    OpeningImport r =
        new OpeningImport(
            importId,
            o.fileName(),
            o.sha256(),
            actor.username(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            asOf,
            held,
            lines.size() - held,
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
            "opening balances loaded from "
                + r.fileName()
                + " as of "
                + asOf
                + ": "
                + held
                + " positions, "
                + r.cashBalances()
                + " cash balances"));
    return r;
  }
}
