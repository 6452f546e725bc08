package com.tickmark.model.audit;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.util.List;

/** Reading and verifying the audit trail: for compliance and administrators. */
public final class AuditService {
  private final AuditTrail trail;

  public AuditService(AuditTrail trail) {
    this.trail = trail;
  }

  public AuditVerification verify(Actor actor) {
    actor.require(Permission.VIEW_AUDIT);
    return trail.verify();
  }

  public List<AuditRecord> search(Actor actor, AuditFilter filter) {
    actor.require(Permission.VIEW_AUDIT);
    return trail.search(filter);
  }
}
