package com.tickmark.model.trade.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The repair queue: a report retried once its reference data is right, or dismissed; both audited.
 */
class DropCopyRepairTest {
  final DropCopyServiceTest.Trades trades = new DropCopyServiceTest.Trades();
  final Queue store = new Queue();
  final List<Instrument> instruments = new ArrayList<>();
  final List<AuditEvent> audited = new ArrayList<>();
  final Actor clerk = new Actor(new UserId(1), "clerk", Set.of(Role.CLERK));
  final DropCopyService service =
      new DropCopyService(
          trades,
          store,
          new RefData(),
          new Audit(),
          Transactions.DIRECT,
          Clock.fixed(Instant.parse("2025-04-30T15:00:00Z"), ZoneOffset.UTC),
          Map.of("OMS1", "GSCO"));

  static ExecutionReport exec(String execId) {
    Map<Integer, String> f = DropCopyTranslatorTest.fill();
    f.put(17, execId);
    String raw =
        new TreeMap<>(f)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\u0001", "", "\u0001"));
    return ExecutionReport.parse(raw, Instant.parse("2025-04-30T14:03:08Z"));
  }

  long waiting(String execId) {
    assertThat(service.process(clerk, List.of(exec(execId))))
        .extracting(ReceivedReport::outcome)
        .containsExactly(ReportOutcome.REPAIR);
    return service.openRepairs(clerk).stream()
        .filter(i -> i.execId().equals(execId))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void aReportRetriedAfterItsInstrumentWasAddedBecomesATradeAndLeavesTheQueue() {
    long id = waiting("E1");
    assertThat(store.repairItem(id).orElseThrow().reason()).contains("DE0007164600");

    instruments.add(DropCopyTranslatorTest.SAP);
    ReceivedReport booked = service.retryRepair(clerk, id, "SAP added to the instrument master");

    assertThat(booked.outcome()).isEqualTo(ReportOutcome.CREATED);
    assertThat(booked.detail()).isEqualTo("Repair item #" + id + ": New trade T00000001");
    assertThat(trades.current).containsKey(new TradeId(1));
    assertThat(service.openRepairs(clerk)).isEmpty();
    assertThat(store.states)
        .containsEntry(id, "REPAIRED by clerk: SAP added to the instrument master");
    assertThat(store.tradeFor("E1"))
        .as("a later correction finds the trade")
        .contains(new TradeId(1));
    assertThat(audited)
        .extracting(e -> e.entityType() + " " + e.action() + " " + e.reason())
        .containsExactly(
            "Trade CREATE FIX drop copy E1",
            "FixRepairItem STATUS_CHANGE SAP added to the instrument master");
    assertThat(audited.get(1).after()).contains("\"state\":\"REPAIRED\"", "New trade T00000001");
    assertThatThrownBy(() -> service.retryRepair(clerk, id, "again"))
        .hasMessage("Repair item #" + id + " is REPAIRED already.");
  }

  @Test
  void aRetryThatStillFailsChangesNothingAndSaysWhy() {
    long id = waiting("E1");
    int recorded = store.all.size();
    assertThatThrownBy(() -> service.retryRepair(clerk, id, "try again"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Repair item #" + id + " still cannot be booked: ")
        .hasMessageContaining("DE0007164600");
    assertThat(service.openRepairs(clerk)).extracting(RepairItem::id).containsExactly(id);
    assertThat(store.all).hasSize(recorded);
    assertThat(trades.current).isEmpty();
  }

  @Test
  void aDismissedReportLeavesTheQueueWithItsReasonAudited() {
    long id = waiting("E7");
    assertThatThrownBy(() -> service.dismissRepair(clerk, id, " "))
        .hasMessageContaining("needs a reason");
    RepairItem dismissed = service.dismissRepair(clerk, id, "test message from the OMS");
    assertThat(dismissed.state()).isEqualTo(RepairItem.DISMISSED);
    assertThat(service.openRepairs(clerk)).isEmpty();
    assertThat(audited)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.entityType()).isEqualTo(DropCopyService.REPAIR_ENTITY);
              assertThat(e.entityId()).isEqualTo(Long.toString(id));
              assertThat(e.action()).isEqualTo(AuditAction.STATUS_CHANGE);
              assertThat(e.reason()).isEqualTo("test message from the OMS");
            });
    assertThat(trades.current).isEmpty();
  }

  @Test
  void aReportBookedSinceCannotBeBookedTwice() {
    long id = waiting("E1");
    instruments.add(DropCopyTranslatorTest.SAP);
    // the trading system sent it again after the fix, and that was booked
    store.all.add(
        new ReceivedReport(exec("E1"), ReportOutcome.CREATED, new TradeId(9), 1, "booked"));
    assertThatThrownBy(() -> service.retryRepair(clerk, id, "retry"))
        .hasMessage(
            "Execution E1 was booked since, as T00000009; dismiss repair item #"
                + id
                + " instead.");
  }

  @Test
  void onlyThoseWhoCaptureTradesRepairThem() {
    long id = waiting("E1");
    Actor viewer = new Actor(new UserId(2), "vera", Set.of(Role.VIEWER));
    assertThatThrownBy(() -> service.dismissRepair(viewer, id, "no"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(service.openRepairs(viewer)).hasSize(1);
    Actor admin = new Actor(new UserId(3), "alex", Set.of(Role.ADMIN));
    assertThat(service.process(admin, List.of(exec("E2"))))
        .as("who runs the connection books the feed")
        .hasSize(1);
  }

  /** Received reports and the repair queue, with states. */
  static final class Queue implements DropCopyStore {
    final List<ReceivedReport> all = new ArrayList<>();
    final Map<Long, RepairItem> items = new LinkedHashMap<>();
    final Map<Long, String> states = new LinkedHashMap<>();

    @Override
    public Set<String> knownExecIds(Collection<String> execIds) {
      return all.stream()
          .map(r -> r.report().execId())
          .filter(execIds::contains)
          .collect(Collectors.toCollection(HashSet::new));
    }

    @Override
    public Optional<TradeId> tradeFor(String execId) {
      return all.stream()
          .filter(
              r ->
                  r.report().execId().equals(execId)
                      && r.tradeId() != null
                      && r.outcome() != ReportOutcome.REPAIR)
          .map(ReceivedReport::tradeId)
          .findFirst();
    }

    @Override
    public void record(List<ReceivedReport> reports) {
      all.addAll(reports);
      for (ReceivedReport r : reports) {
        if (r.outcome() == ReportOutcome.REPAIR) {
          long id = items.size() + 1;
          items.put(
              id,
              new RepairItem(
                  id,
                  r.report().receivedAt(),
                  r.report().execId(),
                  r.detail(),
                  RepairItem.OPEN,
                  r.report().raw()));
        }
      }
    }

    @Override
    public List<RepairItem> repairQueue() {
      return List.copyOf(items.values());
    }

    @Override
    public boolean resolveRepair(long id, String state, String by, Instant at, String note) {
      RepairItem i = items.get(id);
      if (i == null || !i.isOpen()) {
        return false;
      }
      items.put(
          id, new RepairItem(id, i.receivedAt(), i.execId(), i.reason(), state, i.rawMessage()));
      states.put(id, state + " by " + by + ": " + note);
      return true;
    }

    @Override
    public Map<ReportOutcome, Integer> countByOutcome() {
      return Map.of();
    }
  }

  final class RefData implements ReferenceDataStore {
    private final DropCopyServiceTest.RefData base = new DropCopyServiceTest.RefData();

    @Override
    public List<Currency> currencies() {
      return base.currencies();
    }

    @Override
    public Map<String, HolidayCalendar> calendars() {
      return base.calendars();
    }

    @Override
    public List<Strategy> strategies() {
      return List.of();
    }

    @Override
    public List<Book> books() {
      return base.books();
    }

    @Override
    public List<Counterparty> counterparties() {
      return base.counterparties();
    }

    @Override
    public List<Instrument> instruments() {
      return List.copyOf(instruments);
    }

    @Override
    public List<Account> accounts() {
      return base.accounts();
    }

    @Override
    public List<Ssi> ssis() {
      return base.ssis();
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
