package com.tickmark.persistence.approval;

import static com.tickmark.persistence.jooq.Sequences.APPROVAL_REQUEST_SEQ;
import static com.tickmark.persistence.jooq.Tables.APPROVAL_REQUEST;

import com.tickmark.model.approval.ApprovalId;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalStatus;
import com.tickmark.model.approval.ApprovalStore;
import com.tickmark.persistence.jooq.tables.records.ApprovalRequestRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Four-eyes requests. The payload is stored as the JSON text the approval service wrote. */
public final class ApprovalRepository implements ApprovalStore {
  private final DSLContext dsl;

  public ApprovalRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public ApprovalId nextId() {
    return new ApprovalId(dsl.nextval(APPROVAL_REQUEST_SEQ));
  }

  @Override
  public void insert(ApprovalRequest r) {
    dsl.insertInto(APPROVAL_REQUEST)
        .set(APPROVAL_REQUEST.ID, r.id().value())
        .set(APPROVAL_REQUEST.KIND, r.kind())
        .set(APPROVAL_REQUEST.ENTITY_TYPE, r.entityType())
        .set(APPROVAL_REQUEST.ENTITY_ID, r.entityId())
        .set(APPROVAL_REQUEST.SUMMARY, r.summary())
        .set(APPROVAL_REQUEST.BEFORE_VALUE, r.before())
        .set(APPROVAL_REQUEST.AFTER_VALUE, r.after())
        .set(APPROVAL_REQUEST.PAYLOAD, r.payload())
        .set(APPROVAL_REQUEST.REASON, r.reason())
        .set(APPROVAL_REQUEST.MAKER, r.maker())
        .set(
            APPROVAL_REQUEST.SUBMITTED_AT,
            OffsetDateTime.ofInstant(r.submittedAt(), ZoneOffset.UTC))
        .set(APPROVAL_REQUEST.STATUS, r.status().name())
        .set(APPROVAL_REQUEST.CHECKER, r.checker())
        .set(
            APPROVAL_REQUEST.DECIDED_AT,
            r.decidedAt() == null ? null : OffsetDateTime.ofInstant(r.decidedAt(), ZoneOffset.UTC))
        .set(APPROVAL_REQUEST.DECISION_COMMENT, r.comment())
        .execute();
  }

  /** Records a decision; only the status, checker, time and comment ever change. */
  @Override
  public void update(ApprovalRequest r) {
    dsl.update(APPROVAL_REQUEST)
        .set(APPROVAL_REQUEST.STATUS, r.status().name())
        .set(APPROVAL_REQUEST.CHECKER, r.checker())
        .set(
            APPROVAL_REQUEST.DECIDED_AT,
            r.decidedAt() == null ? null : OffsetDateTime.ofInstant(r.decidedAt(), ZoneOffset.UTC))
        .set(APPROVAL_REQUEST.DECISION_COMMENT, r.comment())
        .where(APPROVAL_REQUEST.ID.eq(r.id().value()))
        .execute();
  }

  @Override
  public Optional<ApprovalRequest> find(ApprovalId id) {
    return dsl.selectFrom(APPROVAL_REQUEST)
        .where(APPROVAL_REQUEST.ID.eq(id.value()))
        .fetchOptional(ApprovalRepository::toRequest);
  }

  @Override
  public List<ApprovalRequest> all() {
    return dsl.selectFrom(APPROVAL_REQUEST)
        .orderBy(APPROVAL_REQUEST.ID.desc())
        .fetch(ApprovalRepository::toRequest);
  }

  private static ApprovalRequest toRequest(ApprovalRequestRecord r) {
    return new ApprovalRequest(
        new ApprovalId(r.getId()),
        r.getKind(),
        r.getEntityType(),
        r.getEntityId(),
        r.getSummary(),
        r.getBeforeValue(),
        r.getAfterValue(),
        r.getPayload(),
        r.getReason(),
        r.getMaker(),
        r.getSubmittedAt().toInstant(),
        ApprovalStatus.valueOf(r.getStatus()),
        r.getChecker(),
        r.getDecidedAt() == null ? null : r.getDecidedAt().toInstant(),
        r.getDecisionComment());
  }
}
