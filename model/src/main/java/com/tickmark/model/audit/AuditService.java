package com.tickmark.model.audit;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Reading and verifying the audit trail: for compliance and administrators. */
public final class AuditService {
  private final AuditTrail trail;
  private final List<DataCheck> dataChecks = new CopyOnWriteArrayList<>();

  public AuditService(AuditTrail trail) {
    this.trail = trail;
  }

  /** Adds an area's check of its stored records against the trail. */
  public void register(DataCheck check) {
    dataChecks.add(check);
  }

  public AuditVerification verify(Actor actor) {
    actor.require(Permission.VIEW_AUDIT);
    return trail.verify();
  }

  /**
   * Verifies the chain and then, if it holds, that the stored business records are what the trail
   * says: each area's {@link DataCheck} in turn.
   */
  public DataVerification verifyData(Actor actor) {
    actor.require(Permission.VIEW_AUDIT);
    AuditVerification chain = trail.verify();
    List<DataCheckResult> results = new ArrayList<>();
    if (chain.isIntact()) {
      for (DataCheck check : dataChecks) {
        results.add(check.run());
      }
    }
    return new DataVerification(chain, results);
  }

  public List<AuditRecord> search(Actor actor, AuditFilter filter) {
    actor.require(Permission.VIEW_AUDIT);
    return trail.search(filter);
  }
}
