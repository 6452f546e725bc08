package com.tickmark.model.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.json.Json;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.TradeAmendPayload;
import com.tickmark.model.trade.TradeCancelPayload;
import com.tickmark.model.tx.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApprovalServiceTest {
  static final Actor MAKER = new Actor(new UserId(1), "mia", Set.of(Role.CLERK));
  static final Actor CHECKER = new Actor(new UserId(2), "rita", Set.of(Role.RISK_MANAGER));

  final Store store = new Store();
  final List<AuditEvent> audited = new ArrayList<>();
  final List<TradeAmendPayload> applied = new ArrayList<>();
  ApprovalService approvals;

  @BeforeEach
  void setUp() {
    approvals =
        new ApprovalService(
            store,
            new Audit(),
            Transactions.DIRECT,
            Clock.fixed(Instant.parse("2025-11-20T09:00:00Z"), ZoneOffset.UTC));
    approvals.register(new AmendHandler());
  }

  @Test
  void thePayloadRecordIsStoredAsJsonAndReachesTheHandlerAsItWasSubmitted() {
    TradeAmendPayload payload =
        new TradeAmendPayload(
            42, 3, null, new BigDecimal("101.250"), null, null, LocalDate.of(2025, 11, 24));
    ApprovalRequest request = submit(payload);
    assertThat(Json.tree(request.payload()))
        .get()
        .satisfies(
            n -> {
              assertThat(n.get("trade").asLong()).isEqualTo(42);
              assertThat(n.get("price").asText()).isEqualTo("101.250");
              assertThat(n.has("quantity")).as("an unchanged field is left out").isFalse();
            });

    approvals.approve(CHECKER, request.id(), "ok");

    assertThat(applied).containsExactly(payload);
  }

  @Test
  void aRequestStoredBeforePayloadsWereJsonIsStillApplied() {
    // the Java properties text requests were stored with before, keys sorted
    ApprovalRequest old = pending("price=101.25\nsettlementDate=2025-11-24\ntrade=42\nversion=3\n");
    store.insert(old);

    approvals.approve(CHECKER, old.id(), "ok");

    assertThat(applied)
        .containsExactly(
            new TradeAmendPayload(
                42, 3, null, new BigDecimal("101.25"), null, null, LocalDate.of(2025, 11, 24)));
    assertThat(store.find(old.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.APPROVED);
  }

  @Test
  void aPayloadOfTheWrongKindIsRefusedAndNothingIsStored() {
    assertThatThrownBy(
            () ->
                approvals.submit(
                    MAKER,
                    "TRADE_AMEND",
                    "Trade",
                    "T1",
                    "",
                    "",
                    "",
                    new TradeCancelPayload(1, 1),
                    "why"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TradeAmendPayload");
    assertThat(store.requests).isEmpty();
  }

  @Test
  void theMakerStillCannotApproveTheirOwnRequest() {
    ApprovalRequest request =
        submit(new TradeAmendPayload(1, 1, BigDecimal.TEN, null, null, null, null));
    assertThatThrownBy(() -> approvals.approve(MAKER, request.id(), "mine"))
        .isInstanceOf(FourEyesViolationException.class);
    assertThat(applied).isEmpty();
  }

  @Test
  void theDecisionIsAuditedAsJson() {
    ApprovalRequest request =
        submit(new TradeAmendPayload(1, 1, BigDecimal.TEN, null, null, null, null));
    approvals.reject(CHECKER, request.id(), "no");
    AuditEvent decision = audited.get(audited.size() - 1);
    assertThat(decision.before()).isEqualTo("{\"status\":\"PENDING\"}");
    assertThat(decision.after()).isEqualTo("{\"status\":\"REJECTED\"}");
  }

  private ApprovalRequest submit(TradeAmendPayload payload) {
    return approvals.submit(
        MAKER, "TRADE_AMEND", "Trade", "T42", "Amend T42", "{}", "{}", payload, "typo");
  }

  private ApprovalRequest pending(String payload) {
    return new ApprovalRequest(
        store.nextId(),
        "TRADE_AMEND",
        "Trade",
        "T42",
        "Amend T42",
        "{}",
        "{}",
        payload,
        "typo",
        MAKER.username(),
        Instant.parse("2025-11-19T09:00:00Z"),
        ApprovalStatus.PENDING,
        null,
        null,
        null);
  }

  final class AmendHandler implements ApprovalHandler<TradeAmendPayload> {
    @Override
    public String kind() {
      return "TRADE_AMEND";
    }

    @Override
    public Permission approvePermission() {
      return Permission.APPROVE_TRADE_CHANGES;
    }

    @Override
    public Class<TradeAmendPayload> payloadType() {
      return TradeAmendPayload.class;
    }

    @Override
    public void apply(ApprovalRequest request, TradeAmendPayload payload, Actor checker) {
      applied.add(payload);
    }
  }

  static final class Store implements ApprovalStore {
    final TreeMap<Long, ApprovalRequest> requests = new TreeMap<>();
    long next;

    @Override
    public ApprovalId nextId() {
      return new ApprovalId(++next);
    }

    @Override
    public void insert(ApprovalRequest request) {
      requests.put(request.id().value(), request);
    }

    @Override
    public void update(ApprovalRequest request) {
      requests.put(request.id().value(), request);
    }

    @Override
    public Optional<ApprovalRequest> find(ApprovalId id) {
      return Optional.ofNullable(requests.get(id.value()));
    }

    @Override
    public List<ApprovalRequest> all() {
      return List.copyOf(requests.descendingMap().values());
    }
  }

  final class Audit implements AuditTrail {
    @Override
    public AuditRecord append(AuditEvent event) {
      audited.add(event);
      return AuditRecord.chain(audited.size(), event, AuditRecord.GENESIS);
    }

    @Override
    public AuditVerification verify() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<AuditRecord> search(AuditFilter filter) {
      return List.of();
    }
  }
}
