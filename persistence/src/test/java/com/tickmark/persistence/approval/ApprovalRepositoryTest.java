package com.tickmark.persistence.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.model.approval.ApprovalId;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.approval.ApprovalStatus;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Four-eyes requests on a real, migrated workspace: submitted, decided, read back. */
class ApprovalRepositoryTest extends OnMigratedWorkspace {
  private static final Instant SUBMITTED = Instant.parse("2025-07-02T10:00:00.000001Z");
  private static final Instant DECIDED = Instant.parse("2025-07-02T11:30:00Z");

  ApprovalRepository approvals;

  @BeforeEach
  void open() {
    approvals = new ApprovalRepository(ws.dsl());
  }

  private ApprovalRequest submit(String kind, String payload) {
    ApprovalRequest r =
        new ApprovalRequest(
            approvals.nextId(),
            kind,
            "TRADE",
            "t00000042",
            "Cancel t00000042",
            "{\"status\":\"CONFIRMED\"}",
            "{\"status\":\"CANCELLED\"}",
            payload,
            "the broker busted it",
            "clerk",
            SUBMITTED,
            ApprovalStatus.PENDING,
            null,
            null,
            null);
    ws.run(() -> approvals.insert(r));
    return r;
  }

  @Test
  void aPendingRequestReadsBackAsSubmitted() {
    ApprovalRequest r = submit("TRADE_CANCEL", "{\"trade\":42,\"version\":2}");

    assertThat(approvals.find(r.id())).contains(r);
    assertThat(approvals.find(r.id()).orElseThrow().isPending()).isTrue();
    assertThat(approvals.find(new ApprovalId(r.id().value() + 100))).isEmpty();
  }

  @Test
  void aDecisionIsRecordedAndNothingElseAboutTheRequestChanges() {
    ApprovalRequest r = submit("TRADE_CANCEL", "{\"trade\":42,\"version\":2}");

    ApprovalRequest approved = r.decided(ApprovalStatus.APPROVED, "risk", DECIDED, "agreed");
    ws.run(() -> approvals.update(approved));

    ApprovalRequest read = approvals.find(r.id()).orElseThrow();
    assertThat(read).isEqualTo(approved);
    assertThat(read.checker()).isEqualTo("risk");
    assertThat(read.decidedAt()).isEqualTo(DECIDED);
    assertThat(read.payload()).isEqualTo(r.payload());
  }

  @Test
  void theInboxListsRequestsNewestFirstWithDistinctIds() {
    ApprovalRequest first = submit("TRADE_CANCEL", "{\"trade\":42,\"version\":1}");
    ApprovalRequest second = submit("USER_ROLES", "{\"username\":\"carla\",\"roles\":[\"CLERK\"]}");
    ws.run(() -> approvals.update(first.decided(ApprovalStatus.REJECTED, "risk", DECIDED, "no")));

    assertThat(second.id().value()).isGreaterThan(first.id().value());
    assertThat(approvals.all())
        .extracting(ApprovalRequest::id, ApprovalRequest::status)
        .containsExactly(
            tuple(second.id(), ApprovalStatus.PENDING), tuple(first.id(), ApprovalStatus.REJECTED));
  }

  @Test
  void aPayloadComesBackExactlyWhateverCharactersItHolds() {
    String awkward =
        "{\"reason\":\"a=b: #1 !important \\\\ back\\\\slash\\nsecond line\\r\\n\","
            + "\"name\":\"  two leading spaces \",\"tab\":\"\\tindented\","
            + "\"unicode\":\"Müller – 株式会社\",\"empty\":\"\"}";
    ApprovalRequest r = submit("TRADE_AMEND", awkward);

    assertThat(approvals.find(r.id()).orElseThrow().payload()).isEqualTo(awkward);
  }
}
