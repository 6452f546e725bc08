package com.tickmark.app.ui.table;

import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.audit.AuditVerification;
import java.util.ArrayList;
import java.util.List;

/** An audit trail in a list, for tests of what gets recorded. */
final class MemoryAuditTrail implements AuditTrail {
  final List<AuditEvent> events = new ArrayList<>();

  @Override
  public synchronized AuditRecord append(AuditEvent event) {
    events.add(event);
    return AuditRecord.chain(events.size(), event, AuditRecord.GENESIS);
  }

  @Override
  public AuditVerification verify() {
    return AuditVerification.intact(events.size());
  }

  @Override
  public List<AuditRecord> search(AuditFilter filter) {
    throw new UnsupportedOperationException("not needed by these tests");
  }
}
