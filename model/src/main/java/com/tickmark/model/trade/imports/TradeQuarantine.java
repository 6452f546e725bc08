package com.tickmark.model.trade.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.intake.Columns;
import com.tickmark.model.intake.CsvRows;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeLayout;
import com.tickmark.model.intake.IntakeOutcome;
import com.tickmark.model.intake.IntakeRequest;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeJson;
import com.tickmark.model.trade.TradePositions;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The repair of rows a quarantine import set aside: read back by field, re-submitted through the
 * same checks as the import (as a one-row file in the row's profile), or discarded with a reason.
 */
final class TradeQuarantine {
  private final TradeImportService imports;
  private final TradeImportStore store;
  private final TradeIntakeTarget target;
  private final Intake<ImportField, Trade> intake;
  private final AuditTrail audit;
  private final Transactions tx;
  private final Clock clock;

  TradeQuarantine(
      TradeImportService imports,
      TradeImportStore store,
      TradeIntakeTarget target,
      Intake<ImportField, Trade> intake,
      AuditTrail audit,
      Transactions tx,
      Clock clock) {
    this.imports = imports;
    this.store = store;
    this.target = target;
    this.intake = intake;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * A quarantined row's values by field, read with its import's profile: what the clerk corrects.
   * Empty when the row cannot be mapped (its import predates keeping header rows); fields the row
   * lacks are empty strings.
   */
  Map<ImportField, String> fields(Actor actor, QuarantineEntry entry) {
    actor.require(Permission.VIEW_DATA);
    ImportProfile profile = imports.profiles(actor).get(entry.profile());
    if (profile == null || (profile.header() && entry.headerLine() == null)) {
      return Map.of();
    }
    return Columns.of(profile, entry.headerLine())
        .values(
            ImportField.class,
            new TreeMap<>(profile.columns()).keySet(),
            entry.rawLine(),
            profile.delimiter());
  }

  /**
   * Re-submits a quarantined row with corrected values (by field, in the file's formats). They pass
   * through exactly the checks of an import with the row's profile; if any fails, nothing is
   * written and the problems come back (on the row's line). Otherwise the row becomes a trade and
   * is marked repaired, with both in the audit trail, in one transaction.
   */
  RepairResult resubmit(Actor actor, long importId, int line, Map<ImportField, String> values) {
    actor.require(Permission.CAPTURE_TRADES);
    QuarantineEntry entry = openEntry(importId, line);
    ImportProfile profile = imports.profile(actor, entry.profile());
    IntakeOutcome<Trade> checked =
        intake.run(
            new IntakeRequest(
                entry.fileName(),
                entry.fileName(),
                "",
                actor.username(),
                ImportMode.PREVIEW,
                1,
                false),
            profile,
            CsvRows.of(Columns.oneRowFile(profile, values), IntakeLayout.of(profile)),
            imports.rows(profile),
            null,
            ImportMonitor.NONE,
            o -> {});
    if (!checked.problems().isEmpty() || checked.sample().isEmpty()) {
      List<ImportProblem> problems =
          checked.problems().stream()
              .map(p -> new ImportProblem(line, p.field(), p.message()))
              .toList();
      return new RepairResult(entry, null, problems);
    }
    Trade trade = checked.sample().get(0);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String reason = "repaired quarantined row " + entry.where() + " (import " + importId + ")";
    tx.run(
        () -> {
          target.insert(List.of(trade));
          target.trades().postBulk(TradePositions.ofTrades(List.of(trade)));
          store.resolveQuarantined(
              importId,
              line,
              QuarantineStatus.REPAIRED,
              actor.username(),
              now,
              reason,
              trade.id().value());
          audit.append(
              new AuditEvent(
                  actor.username(),
                  now,
                  TradeService.ENTITY,
                  trade.id().display(),
                  AuditAction.CREATE,
                  "",
                  TradeJson.of(trade),
                  reason));
          audit.append(
              statusChange(
                  actor, now, entry, QuarantineStatus.REPAIRED, trade.id().display(), reason));
        });
    return new RepairResult(
        entry.resolved(
            QuarantineStatus.REPAIRED, actor.username(), now, reason, trade.id().value()),
        trade,
        List.of());
  }

  /** Sets a quarantined row aside for good; the reason is required and goes to the audit trail. */
  QuarantineEntry discard(Actor actor, long importId, int line, String reason) {
    actor.require(Permission.CAPTURE_TRADES);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "Give the reason for discarding the row: the audit trail keeps it.");
    }
    QuarantineEntry entry = openEntry(importId, line);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String why = reason.strip();
    tx.run(
        () -> {
          store.resolveQuarantined(
              importId, line, QuarantineStatus.DISCARDED, actor.username(), now, why, null);
          audit.append(statusChange(actor, now, entry, QuarantineStatus.DISCARDED, null, why));
        });
    return entry.resolved(QuarantineStatus.DISCARDED, actor.username(), now, why, null);
  }

  private QuarantineEntry openEntry(long importId, int line) {
    QuarantineEntry entry =
        store
            .quarantineEntry(importId, line)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Import " + importId + " set no row of line " + line + " aside."));
    if (!entry.isOpen()) {
      throw new IllegalStateException(
          entry.where()
              + " was already "
              + entry.status().name().toLowerCase(Locale.ROOT)
              + " by "
              + entry.resolvedBy()
              + " on "
              + entry.resolvedAt()
              + "; refresh the list.");
    }
    return entry;
  }

  /** The audit record of an open row becoming {@code to} (repaired as {@code trade}, or not). */
  private static AuditEvent statusChange(
      Actor actor,
      Instant now,
      QuarantineEntry entry,
      QuarantineStatus to,
      String trade,
      String reason) {
    return new AuditEvent(
        actor.username(),
        now,
        TradeImportService.QUARANTINE_ENTITY,
        entry.auditId(),
        AuditAction.STATUS_CHANGE,
        rowJson(entry, QuarantineStatus.OPEN, null),
        rowJson(entry, to, trade),
        reason);
  }

  /** A quarantined row's audit record before or after a status change. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record RowAudit(String file, long line, QuarantineStatus status, String trade) {}

  private static String rowJson(QuarantineEntry e, QuarantineStatus status, String trade) {
    return Json.write(new RowAudit(e.fileName(), e.line(), status, trade));
  }
}
