package com.tickmark.persistence.refdata;

import com.tickmark.model.approval.ApprovalService;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.refdata.ReferenceDataMaintenance;
import com.tickmark.persistence.approval.ApprovalRepository;
import com.tickmark.persistence.audit.JooqAuditTrail;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A new workspace with the reference-data maintenance wired to the real approvals and audit trail,
 * at a fixed time; the test fills in the reference data it needs.
 */
final class MaintenanceFixture implements AutoCloseable {
  final Workspace ws;
  final ReferenceDataRepository refdata;
  final JooqAuditTrail audit;
  final ApprovalService approvals;
  final ReferenceDataMaintenance maintenance;

  MaintenanceFixture(Path dir) {
    ws = Workspace.open(dir);
    refdata = new ReferenceDataRepository(ws.dsl());
    Clock clock = Clock.fixed(Instant.parse("2025-11-20T09:00:00Z"), ZoneOffset.UTC);
    audit = new JooqAuditTrail(ws.dsl());
    approvals = new ApprovalService(new ApprovalRepository(ws.dsl()), audit, ws, clock);
    maintenance = new ReferenceDataMaintenance(refdata, approvals, audit, ws, clock);
    maintenance.approvalHandlers().forEach(approvals::register);
  }

  /** The audit records of {@code entity}, oldest first. */
  List<AuditRecord> trail(String entity) {
    List<AuditRecord> newestFirst =
        new ArrayList<>(audit.search(new AuditFilter(null, entity, null, null, null, null, 0)));
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  @Override
  public void close() {
    ws.close();
  }
}
