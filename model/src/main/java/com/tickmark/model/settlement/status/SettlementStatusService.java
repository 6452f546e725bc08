package com.tickmark.model.settlement.status;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.intake.Columns;
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
import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.position.PositionStore;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradePositions;
import com.tickmark.model.tx.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports the custodians' settlement status files through the intake pipeline ({@link Intake}):
 * each line is checked ({@code FILE:LINE: field: message}), the file is stored all or nothing and
 * refused a second time (same SHA-256). A line quoting a reference the firm does not know is kept
 * and listed as unknown. SETTLED and PARTIALLY_SETTLED lines of known trades write settlement
 * records — the part newly settled, on the actual settlement date — and post them to positions, in
 * the import's last transaction, so obligations and settled positions follow.
 */
public final class SettlementStatusService {
  public static final String ENTITY = "SettlementStatusImport";

  /** The live trades quoted by {@code references} (execution ids), by reference. */
  @FunctionalInterface
  public interface TradesByReference {
    Map<String, Trade> find(Set<String> references);
  }

  private final SettlementStatusStore store;
  private final TradesByReference trades;
  private final PositionStore positions;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final IntakeTarget<StatusLine> target;
  private final Intake<StatusField, StatusLine> intake;

  public SettlementStatusService(
      SettlementStatusStore store,
      TradesByReference trades,
      PositionStore positions,
      AuditTrail audit,
      Transactions tx,
      Clock clock) {
    this.store = store;
    this.trades = trades;
    this.positions = positions;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.target =
        new IdRangeTarget<>(
            ENTITY, store::nextLineId, StatusLine::id, store::insertLines, store::deleteLines);
    this.intake = new Intake<>(target, store.journal(), tx, clock);
  }

  /** Rolls back the status imports a process that died part-way left unfinished. */
  public List<IntakeRun> recoverUnfinished() {
    return new IntakeRecovery(store.journal(), tx, audit, clock).recover(target);
  }

  /** Every import, oldest first. */
  public List<StatusImport> imports(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.imports();
  }

  /** The custodians' status lines of {@code trade}, by statement date then file order. */
  public List<StatusLine> linesOf(Actor actor, TradeId trade) {
    actor.require(Permission.VIEW_DATA);
    return store.linesOf(trade);
  }

  /** The settlement records of {@code trade}: the parts that settled, by date. */
  public List<SettledPart> partsOf(Actor actor, TradeId trade) {
    actor.require(Permission.VIEW_DATA);
    return store.parts(List.of(trade));
  }

  /** The lines whose reference the firm did not know, in file order. */
  public List<StatusLine> unknown(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.unknownLines();
  }

  /**
   * Imports {@code files} in the order given, each all or nothing. Every file is checked first: if
   * any has a problem, or is a repeat when {@code skipRepeats} is false, nothing at all is written
   * and the results say why. With {@code skipRepeats}, a file imported before is passed over (its
   * result names the earlier import).
   */
  public List<StatusImportResult> importFiles(Actor actor, List<Path> files, boolean skipRepeats) {
    return importFiles(actor, files, skipRepeats, ImportMonitor.NONE);
  }

  /**
   * {@link #importFiles(Actor, List, boolean)}, reporting each file's reading to {@code monitor},
   * which may cancel it: a cancelled import writes nothing of the file it was reading.
   */
  public List<StatusImportResult> importFiles(
      Actor actor, List<Path> files, boolean skipRepeats, ImportMonitor monitor) {
    actor.require(Permission.WORK_SETTLEMENTS);
    Map<String, Trade> byReference = trades.find(references(files));
    List<StatusImportResult> checked = new ArrayList<>();
    boolean refused = false;
    for (Path file : files) {
      StatusImportResult r = run(actor, file, ImportMode.PREVIEW, byReference, monitor);
      checked.add(r);
      refused |= !r.problems().isEmpty() || (r.earlier() != null && !skipRepeats);
    }
    if (refused) {
      return checked;
    }
    List<StatusImportResult> results = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Optional<StatusImport> earlier = store.findBySha256(IntakeFiles.sha256(file));
      if (earlier.isPresent()) {
        StatusImportResult c = checked.get(i);
        results.add(
            new StatusImportResult(
                c.fileName(), c.location(), c.lines(), List.of(), null, earlier.get()));
        continue;
      }
      results.add(run(actor, file, ImportMode.ALL_OR_NOTHING, byReference, monitor));
    }
    return results;
  }

  /**
   * Every reference the files quote, read from their {@code our_reference} column, so that only
   * those trades are looked up (a file the pipeline will refuse may give fewer or none).
   */
  private static Set<String> references(List<Path> files) {
    Set<String> references = new HashSet<>();
    for (Path file : files) {
      StatusProfile profile = StatusProfile.forHeader(IntakeFiles.headerLine(file));
      List<Columns<StatusField>> header = new ArrayList<>();
      try {
        IntakeFiles.rows(file, null, IntakeLayout.of(profile), ImportMonitor.NONE)
            .read(
                row -> {
                  if (header.isEmpty()) { // the header, matched as the pipeline matches it
                    header.add(Columns.byHeader(profile, row, new ArrayList<>()));
                  } else if (header.get(0) != null) {
                    int column = header.get(0).index(StatusField.OUR_REFERENCE);
                    if (column < row.size()) {
                      references.add(row.text(column));
                    }
                  }
                });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return references;
  }

  private StatusImportResult run(
      Actor actor,
      Path file,
      ImportMode mode,
      Map<String, Trade> byReference,
      ImportMonitor monitor) {
    String fileName = file.getFileName().toString();
    if (IntakeFiles.headerLine(file).isBlank()) {
      throw new ImportRefusedException(
          fileName
              + " is empty: a settlement status file starts with its header row; nothing was"
              + " written.");
    }
    StatusProfile profile = StatusProfile.forHeader(IntakeFiles.headerLine(file));
    var rows = IntakeFiles.rows(file, null, IntakeLayout.of(profile), monitor);
    String sha256 = IntakeFiles.sha256(file);
    StatusImport earlier = store.findBySha256(sha256).orElse(null);
    Intake.refuseRepeat(
        fileName,
        Optional.ofNullable(earlier)
            .map(
                e ->
                    new Intake.Earlier(
                        e.id(), e.fileName(), e.importedBy(), e.importedAt(), e.lines())),
        mode,
        "status lines");
    List<StatusLine> valid = new ArrayList<>();
    StatusImport[] record = {null};
    IntakeOutcome<StatusLine> outcome =
        intake.run(
            new IntakeRequest(file.toString(), fileName, sha256, actor.username(), mode, 0, false),
            profile,
            rows,
            new StatusRows(fileName, byReference::get),
            valid::add,
            monitor,
            o -> record[0] = commit(actor, o, valid, byReference));
    return new StatusImportResult(
        fileName, file.toString(), outcome.rows(), outcome.problems(), record[0], earlier);
  }

  /**
   * Writes the settled parts the lines report and posts them to positions, then records the import
   * and its audit record (in the pipeline's last transaction).
   */
  private StatusImport commit(
      Actor actor,
      IntakeOutcome<StatusLine> o,
      List<StatusLine> lines,
      Map<String, Trade> byReference) {
    Set<TradeId> settling = new LinkedHashSet<>();
    int unknown = 0;
    for (StatusLine l : lines) {
      if (!l.known()) {
        unknown++;
      } else if (l.status().settles()) {
        settling.add(l.trade());
      }
    }
    Map<TradeId, SettlementStatusStore.Settled> settled =
        new HashMap<>(settling.isEmpty() ? Map.of() : store.settled(settling));
    List<SettledPart> parts = new ArrayList<>();
    PositionChanges changes = new PositionChanges();
    for (StatusLine l : lines) {
      if (!l.known() || !l.status().settles()) {
        continue;
      }
      Trade trade = byReference.get(l.reference());
      SettlementStatusStore.Settled before =
          settled.getOrDefault(l.trade(), SettlementStatusStore.Settled.NONE);
      SettledPart.next(trade, before, l.settledQuantity(), l.actualDate(), l.source(), l.id())
          .ifPresent( // absent when reported before (a later file, or an earlier day's line)
              p -> {
                parts.add(p);
                TradePositions.settle(changes, trade, p.settledOn(), p.quantity(), p.amount());
                settled.put(l.trade(), before.plus(p));
              });
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    store.insertParts(parts, now);
    positions.post(changes);
    StatusImport r =
        new StatusImport(
            store.nextImportId(),
            o.fileName(),
            o.sha256(),
            actor.username(),
            now,
            o.loaded(),
            unknown,
            parts.size(),
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
            "settlement status file import"));
    return r;
  }
}
