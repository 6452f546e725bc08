package com.tickmark.model.trade.imports;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeFiles;
import com.tickmark.model.intake.IntakeLayout;
import com.tickmark.model.intake.IntakeOutcome;
import com.tickmark.model.intake.IntakeRecovery;
import com.tickmark.model.intake.IntakeRequest;
import com.tickmark.model.intake.IntakeRun;
import com.tickmark.model.intake.QuarantinedRow;
import com.tickmark.model.json.Json;
import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.time.BusinessDateProvider;
import com.tickmark.model.trade.ReferencePrices;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradePositions;
import com.tickmark.model.trade.TradeRules;
import com.tickmark.model.trade.TradeStore;
import com.tickmark.model.tx.Transactions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Imports broker and trading-system trade files (CSV or Excel) through the intake pipeline ({@link
 * Intake}): this class holds what is particular to trades — the mapping profiles, the rows checked
 * and converted by {@link TradeRows}, the import record and its audit record, and the repair of
 * quarantined rows. Reading, the problems, the re-import guard, the chunked all-or-nothing commit,
 * crash recovery, progress and cancellation are the pipeline's.
 */
public final class TradeImportService {
  public static final String ENTITY = "TradeImport";
  public static final String QUARANTINE_ENTITY = "TradeImportRow";

  /** Trades per stored chunk. */
  public static final int CHUNK = Intake.CHUNK;

  static final int SAMPLE = 5;

  private final TradeImportStore store;
  private final ReferenceDataStore referenceData;
  private final ReferencePrices prices;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;
  private final BusinessDateProvider businessDate;
  private final TradeIntakeTarget target;
  private final Intake<ImportField, Trade> intake;
  private final TradeQuarantine quarantine;

  public TradeImportService(
      TradeImportStore store,
      TradeStore trades,
      ReferenceDataStore referenceData,
      ReferencePrices prices,
      AuditTrail audit,
      Transactions tx,
      Clock clock,
      BusinessDateProvider businessDate) {
    this.store = store;
    this.referenceData = referenceData;
    this.prices = prices;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.businessDate = businessDate;
    this.target = new TradeIntakeTarget(trades);
    this.intake = new Intake<>(target, store.journal(), tx, clock);
    this.quarantine = new TradeQuarantine(this, store, target, intake, audit, tx, clock);
  }

  /**
   * Rolls back the trade imports a process that died part-way left unfinished (their trades are
   * deleted; the audit trail says so). Call it when the workspace's services start.
   */
  public List<IntakeRun> recoverUnfinished() {
    return new IntakeRecovery(store.journal(), tx, audit, clock).recover(target);
  }

  /** The built-in profile and every saved one, by name. */
  public Map<String, ImportProfile> profiles(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    Map<String, ImportProfile> all = new TreeMap<>();
    all.put(ImportProfile.BUILT_IN, ImportProfile.tickmark());
    store.profiles().forEach((name, text) -> all.put(name, ImportProfile.parse(name, text)));
    return all;
  }

  public ImportProfile profile(Actor actor, String name) {
    ImportProfile p = profiles(actor).get(name);
    if (p == null) {
      throw new IllegalArgumentException(
          "There is no import profile '" + name + "'; known: " + profiles(actor).keySet() + ".");
    }
    return p;
  }

  /**
   * Checks and saves a profile (replacing one of the same name); the built-in one cannot be
   * replaced.
   */
  public ImportProfile saveProfile(Actor actor, String name, String propertiesText) {
    actor.require(Permission.CAPTURE_TRADES);
    if (ImportProfile.BUILT_IN.equalsIgnoreCase(name)) {
      throw new IllegalArgumentException(
          "'"
              + ImportProfile.BUILT_IN
              + "' is the built-in profile; save yours under another name.");
    }
    ImportProfile profile = ImportProfile.parse(name, propertiesText);
    if (!profile.broker().isEmpty()) {
      Counterparty broker =
          referenceData.counterparties().stream()
              .filter(c -> c.code().equalsIgnoreCase(profile.broker()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Import profile '"
                              + name
                              + "': broker '"
                              + profile.broker()
                              + "' is not a counterparty in the reference data."));
      if (broker.role() != CounterpartyRole.BROKER) {
        throw new IllegalArgumentException(
            "Import profile '"
                + name
                + "': "
                + broker.code()
                + " is a "
                + broker.role().inWords()
                + ", not a broker.");
      }
    }
    tx.run(
        () -> {
          store.saveProfile(name, profile.toProperties());
          audit.append(
              new AuditEvent(
                  actor.username(),
                  clock.instant(),
                  "ImportProfile",
                  name,
                  AuditAction.CONFIGURE,
                  "",
                  profile.toProperties(),
                  "import profile saved"));
        });
    return profile;
  }

  /** Every import, oldest first. */
  public List<ImportRecord> imports(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.imports();
  }

  public List<QuarantinedRow> quarantined(Actor actor, long importId) {
    actor.require(Permission.VIEW_DATA);
    return store.quarantined(importId);
  }

  /** Imports {@code file} with the named profile. */
  public ImportResult importFile(Actor actor, Path file, String profileName, ImportMode mode) {
    return importFile(actor, file, null, profileName, mode, ImportMonitor.NONE);
  }

  /** Imports a CSV file or a workbook's first sheet. */
  public ImportResult importFile(
      Actor actor, Path file, String profileName, ImportMode mode, ImportMonitor monitor) {
    return importFile(actor, file, null, profileName, mode, monitor);
  }

  /**
   * Imports {@code file} — CSV, or the sheet {@code sheet} (null: the first) of an Excel workbook —
   * with the named profile, reporting progress to {@code monitor}; when it is cancelled the import
   * throws {@link java.util.concurrent.CancellationException} and writes nothing.
   */
  public ImportResult importFile(
      Actor actor,
      Path file,
      String sheet,
      String profileName,
      ImportMode mode,
      ImportMonitor monitor) {
    return run(actor, file, sheet, profileName, mode, monitor, SAMPLE, null).result();
  }

  /** {@link #preview(Actor, Path, String, String, int, ImportMonitor)} of a CSV file. */
  public ImportPreview preview(
      Actor actor, Path file, String profileName, int firstRows, ImportMonitor monitor) {
    return preview(actor, file, null, profileName, firstRows, monitor);
  }

  /**
   * Checks {@code file} exactly as an import would — the same parsing and the same rules, in the
   * same pass — and writes nothing: how many rows are valid and refused, every problem with the
   * cell it is about, the first {@code firstRows} trades as they would be stored and the totals per
   * currency. A file imported before is reported ({@link ImportPreview#importedBefore()}), not
   * refused.
   */
  public ImportPreview preview(
      Actor actor,
      Path file,
      String sheet,
      String profileName,
      int firstRows,
      ImportMonitor monitor) {
    Map<CurrencyCode, CurrencyTotals> totals =
        new TreeMap<>(Comparator.comparing(CurrencyCode::code));
    Ran ran =
        run(
            actor,
            file,
            sheet,
            profileName,
            ImportMode.PREVIEW,
            monitor,
            Math.max(0, firstRows),
            trade -> {
              totals.computeIfAbsent(trade.currency(), CurrencyTotals::zero);
              totals.computeIfPresent(
                  trade.currency(), (c, t) -> t.plus(trade.quantity(), trade.grossAmount()));
            });
    ImportResult result = ran.result();
    int valid = ran.outcome().loaded();
    return new ImportPreview(
        result,
        valid,
        result.rows() - valid,
        result.sample(),
        totals,
        ran.outcome().problemValues());
  }

  /** A pass's outcome and what it became. */
  private record Ran(IntakeOutcome<Trade> outcome, ImportResult result) {}

  private Ran run(
      Actor actor,
      Path file,
      String sheet,
      String profileName,
      ImportMode mode,
      ImportMonitor monitor,
      int sampleSize,
      Consumer<Trade> onValid) {
    actor.require(mode == ImportMode.PREVIEW ? Permission.VIEW_DATA : Permission.CAPTURE_TRADES);
    ImportProfile profile = profile(actor, profileName);
    String fileName = file.getFileName().toString();
    var rows = IntakeFiles.rows(file, sheet, IntakeLayout.of(profile), monitor);
    String sha256 = IntakeFiles.sha256(file);
    ImportRecord earlier = store.findBySha256(sha256).orElse(null);
    Intake.refuseRepeat(
        fileName,
        Optional.ofNullable(earlier)
            .map(
                e ->
                    new Intake.Earlier(
                        e.id(), e.fileName(), e.importedBy(), e.importedAt(), e.rowsLoaded())),
        mode,
        "trades");
    ImportRecord[] record = {null};
    PositionChanges positions = new PositionChanges();
    Consumer<Trade> toPositions = trade -> TradePositions.add(positions, trade);
    IntakeOutcome<Trade> outcome =
        intake.run(
            new IntakeRequest(
                file.toString(),
                fileName,
                sha256,
                actor.username(),
                mode,
                sampleSize,
                mode == ImportMode.PREVIEW),
            profile,
            rows,
            rows(profile),
            onValid == null ? toPositions : onValid.andThen(toPositions),
            monitor,
            o -> {
              target.trades().postBulk(positions);
              record[0] = record(actor, profile, o);
            });
    ImportRecord r = record[0];
    return new Ran(
        outcome,
        new ImportResult(
            fileName,
            sha256,
            mode,
            outcome.rows(),
            r == null ? 0 : r.rowsLoaded(),
            r == null ? 0 : r.rowsQuarantined(),
            outcome.problems(),
            outcome.sample(),
            r,
            r == null ? earlier : null));
  }

  /** Records the import and its one audit record (in the pipeline's last transaction). */
  private ImportRecord record(Actor actor, ImportProfile profile, IntakeOutcome<Trade> o) {
    ImportRecord r =
        new ImportRecord(
            store.nextImportId(),
            o.fileName(),
            o.sha256(),
            profile.name(),
            actor.username(),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            o.loaded(),
            o.quarantined().size(),
            o.lastId() == null ? null : o.firstId(),
            o.lastId());
    store.recordImport(r, o.quarantined());
    if (r.rowsQuarantined() > 0 && o.headerLine() != null) {
      store.saveHeaderLine(r.id(), o.headerLine()); // so that its rows can be repaired by field
    }
    audit.append(
        new AuditEvent(
            actor.username(),
            r.importedAt(),
            ENTITY,
            Long.toString(r.id()),
            AuditAction.IMPORT,
            "",
            importJson(r, o.digests()),
            "trade file import"));
    return r;
  }

  /**
   * The import's audit record: file, SHA-256, profile, rows, trade id range, and the digests of the
   * trades it stored ({@link com.tickmark.model.audit.RowDigests}), which {@code audit verify
   * --data} checks them against.
   */
  private record ImportAudit(
      String file,
      String sha256,
      String profile,
      int rowsLoaded,
      int rowsQuarantined,
      String firstTrade,
      String lastTrade,
      List<String> rowDigests) {}

  static String importJson(ImportRecord r, List<String> rowDigests) {
    return Json.write(
        new ImportAudit(
            r.fileName(),
            r.sha256(),
            r.profile(),
            r.rowsLoaded(),
            r.rowsQuarantined(),
            r.firstTradeId() == null ? null : new TradeId(r.firstTradeId()).display(),
            r.lastTradeId() == null ? null : new TradeId(r.lastTradeId()).display(),
            rowDigests));
  }

  /** How many quarantined rows wait to be repaired or discarded. */
  public int openQuarantineCount(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.openQuarantineCount();
  }

  /** Every row quarantine imports set aside, open or not, oldest import first, then by line. */
  public List<QuarantineEntry> quarantine(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.quarantineEntries();
  }

  /**
   * A quarantined row's values by field, read with its import's profile: what the clerk corrects.
   * Empty when the row cannot be mapped (its import predates keeping header rows); fields the row
   * lacks are empty strings.
   */
  public Map<ImportField, String> fields(Actor actor, QuarantineEntry entry) {
    return quarantine.fields(actor, entry);
  }

  /**
   * Re-submits a quarantined row with corrected values (by field, in the file's formats). They pass
   * through exactly the checks of an import with the row's profile; if any fails, nothing is
   * written and the problems come back (on the row's line). Otherwise the row becomes a trade and
   * is marked repaired, with both in the audit trail, in one transaction.
   */
  public RepairResult resubmit(
      Actor actor, long importId, int line, Map<ImportField, String> values) {
    return quarantine.resubmit(actor, importId, line, values);
  }

  /** Sets a quarantined row aside for good; the reason is required and goes to the audit trail. */
  public QuarantineEntry discard(Actor actor, long importId, int line, String reason) {
    return quarantine.discard(actor, importId, line, reason);
  }

  /** The rows a file's import checks and converts: one per file. */
  TradeRows rows(ImportProfile profile) {
    return new TradeRows(
        profile,
        TradeRules.of(referenceData, prices, businessDate.businessDate()),
        store.storedExecIds());
  }
}
