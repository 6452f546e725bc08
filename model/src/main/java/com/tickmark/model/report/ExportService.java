package com.tickmark.model.report;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gate every export of data passes: the user must hold EXPORT_DATA, and each export is in the
 * audit trail (what, in which format, with which parameters and how many rows, to where).
 */
public final class ExportService {
  public static final String ENTITY = "Export";

  private final AuditTrail audit;
  private final Clock clock;

  public ExportService(AuditTrail audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Checks that {@code actor} may export, then records the export.
   *
   * @param what the report or screen exported, e.g. "Instrument master" or "Blotter"
   * @param format xlsx, pdf or tsv (a copy to the clipboard)
   * @param parameters the parameters and filters that shaped it
   * @param rows how many rows went out
   * @param destination the file written, or "clipboard"
   */
  public void recordExport(
      Actor actor,
      String what,
      String format,
      Map<String, String> parameters,
      long rows,
      String destination) {
    actor.require(Permission.EXPORT_DATA);
    audit.append(
        new AuditEvent(
            actor.username(),
            clock.instant(),
            ENTITY,
            what,
            AuditAction.EXPORT,
            "",
            Json.write(new ExportRecord(format, rows, destination, new TreeMap<>(parameters))),
            "export"));
  }

  /**
   * Checks the permission before any work is done (the export itself is recorded when it is
   * written).
   */
  public void checkMayExport(Actor actor) {
    actor.require(Permission.EXPORT_DATA);
  }

  /** What the audit trail records of an export; the parameters sorted by name. */
  private record ExportRecord(
      String format, long rows, String destination, Map<String, String> parameters) {}
}
