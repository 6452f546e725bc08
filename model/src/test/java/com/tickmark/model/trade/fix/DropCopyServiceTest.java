package com.tickmark.model.trade.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.position.PositionChanges;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeStore;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The booking rules, over in-memory stores. */
class DropCopyServiceTest {
  final Trades trades = new Trades();
  final Reports reports = new Reports();
  final List<AuditEvent> audited = new ArrayList<>();
  final Actor clerk = new Actor(new UserId(1), "clerk", Set.of(Role.CLERK));
  final DropCopyService service =
      new DropCopyService(
          trades,
          reports,
          new RefData(),
          new Audit(),
          Transactions.DIRECT,
          Clock.fixed(Instant.parse("2025-04-30T15:00:00Z"), ZoneOffset.UTC),
          Map.of("OMS1", "GSCO"));

  static ExecutionReport exec(String type, String execId, String ref, String qty, String... extra) {
    Map<Integer, String> f = DropCopyTranslatorTest.fill();
    f.put(150, type);
    f.put(17, execId);
    f.put(32, qty);
    if (ref != null) {
      f.put(19, ref);
    }
    for (int i = 0; i < extra.length; i += 2) {
      f.put(Integer.parseInt(extra[i]), extra[i + 1]);
    }
    return DropCopyTranslatorTest.report(f);
  }

  List<ReportOutcome> outcomes(List<ReceivedReport> r) {
    return r.stream().map(ReceivedReport::outcome).toList();
  }

  @Test
  void aRepeatedExecIdIsIgnoredAndCountedWithinABatchAndAcrossBatches() {
    assertThat(
            outcomes(
                service.process(
                    clerk, List.of(exec("F", "E1", null, "100"), exec("F", "E1", null, "100")))))
        .containsExactly(ReportOutcome.CREATED, ReportOutcome.DUPLICATE);
    assertThat(outcomes(service.process(clerk, List.of(exec("F", "E1", null, "100", "43", "Y")))))
        .containsExactly(ReportOutcome.DUPLICATE);
    assertThat(trades.current).hasSize(1);
    assertThat(service.counts(clerk))
        .containsEntry(ReportOutcome.CREATED, 1)
        .containsEntry(ReportOutcome.DUPLICATE, 2);
  }

  @Test
  void aCorrectionAndABustInTheSameBatchAsTheExecutionApplyInOrder() {
    List<ReceivedReport> r =
        service.process(
            clerk,
            List.of(
                exec("F", "E1", null, "100"),
                exec("G", "C1", "E1", "90"),
                exec("F", "E2", null, "50"),
                exec("H", "B1", "E2", "50")));
    assertThat(outcomes(r))
        .containsExactly(
            ReportOutcome.CREATED,
            ReportOutcome.CORRECTED,
            ReportOutcome.CREATED,
            ReportOutcome.BUSTED);
    Trade e1 = trades.current.get(r.get(0).tradeId());
    assertThat(e1.version()).isEqualTo(2);
    assertThat(e1.quantity()).isEqualByComparingTo("90");
    Trade e2 = trades.current.get(r.get(2).tradeId());
    assertThat(e2.id()).isNotEqualTo(e1.id());
    assertThat(e2.status()).isEqualTo(TradeStatus.CANCELLED);
    assertThat(audited)
        .extracting(e -> e.entityId() + " " + e.action() + " " + e.reason())
        .containsExactly(
            "T00000001 CREATE FIX drop copy E1",
            "T00000001 AMEND FIX drop copy C1",
            "T00000002 CREATE FIX drop copy E2",
            "T00000002 CANCEL FIX drop copy B1");
    assertThat(audited).extracting(AuditEvent::actor).containsOnly("clerk");
  }

  @Test
  void aCorrectionOrBustOfAnExecutionWeDoNotHaveWaitsForRepair() {
    List<ReceivedReport> r =
        service.process(
            clerk,
            List.of(
                exec("G", "C9", "E9", "90"),
                exec("H", "B9", "E9", "90"),
                exec("G", "C8", null, "90")));
    assertThat(outcomes(r)).containsOnly(ReportOutcome.REPAIR);
    assertThat(service.repairQueue(clerk))
        .extracting(RepairItem::reason)
        .containsExactly(
            "Correction C9 names execution E9, which is not a trade here",
            "Bust B9 names execution E9, which is not a trade here",
            "Correction C8 has no ExecRefID (19)");
  }

  @Test
  void aConfirmedTradeIsNotChangedByACorrection() {
    TradeId id = service.process(clerk, List.of(exec("F", "E1", null, "100"))).get(0).tradeId();
    Trade t = trades.current.get(id);
    trades.supersede(
        t.nextVersionWithStatus(TradeStatus.CONFIRMED), "clerk", Instant.EPOCH, "confirmed");
    ReceivedReport r = service.process(clerk, List.of(exec("G", "C1", "E1", "90"))).get(0);
    assertThat(r.outcome()).isEqualTo(ReportOutcome.REPAIR);
    assertThat(r.detail()).contains("CONFIRMED", "second person");
    assertThat(trades.current.get(id).quantity()).isEqualByComparingTo("100");
  }

  @Test
  void anOrderEventIsKeptButBooksNothing() {
    assertThat(outcomes(service.process(clerk, List.of(exec("0", "A1", null, "0")))))
        .containsExactly(ReportOutcome.IGNORED);
    assertThat(trades.current).isEmpty();
  }

  @Test
  void recoveryBooksOnlyWhatWasNeverReceived() {
    service.process(clerk, List.of(exec("F", "E1", null, "100")));
    List<ReceivedReport> r =
        service.recover(clerk, List.of(exec("F", "E1", null, "100"), exec("F", "E2", null, "100")));
    assertThat(r).extracting(x -> x.report().execId()).containsExactly("E2");
    assertThat(service.counts(clerk)).doesNotContainKey(ReportOutcome.DUPLICATE);
  }

  @Test
  void aReportTheDatabaseRefusesGoesToRepairAndTheOthersOfItsBatchAreBookedLiveAndOnReplay() {
    trades.refusedExecId = "E2";
    List<ReceivedReport> live =
        service.processOrRepair(
            clerk,
            List.of(
                exec("F", "E1", null, "100"),
                exec("F", "E2", null, "100"),
                exec("F", "E3", null, "100")));
    assertThat(outcomes(live))
        .containsExactly(ReportOutcome.CREATED, ReportOutcome.REPAIR, ReportOutcome.CREATED);
    assertThat(live.get(1).detail()).isEqualTo("Could not be booked: the store refuses E2");

    List<ReceivedReport> replay =
        service.recover(
            clerk,
            List.of(
                exec("F", "E2", null, "100"),
                exec("F", "E4", null, "100"),
                exec("F", "E5", null, "100")));
    assertThat(replay)
        .as("E2 was received (and sent to repair): replay leaves it alone and books the rest")
        .extracting(x -> x.report().execId() + " " + x.outcome())
        .containsExactly("E4 CREATED", "E5 CREATED");
    assertThat(trades.current.values())
        .extracting(Trade::execId)
        .containsExactly("E1", "E3", "E4", "E5");
  }

  static final class Trades implements TradeStore {
    final Map<TradeId, Trade> current = new LinkedHashMap<>();

    /** A trade from this execution is refused, as a database refuses a value it cannot hold. */
    String refusedExecId;

    @Override
    public Optional<Trade> find(TradeId id) {
      return Optional.ofNullable(current.get(id));
    }

    @Override
    public TradeId nextId() {
      return new TradeId(current.keySet().stream().mapToLong(TradeId::value).max().orElse(0) + 1);
    }

    @Override
    public void insert(Trade trade, String recordedBy, Instant recordedAt, String reason) {
      if (trade.execId().equals(refusedExecId)) {
        throw new IllegalStateException("the store refuses " + trade.execId());
      }
      assertThat(current).doesNotContainKey(trade.id());
      current.put(trade.id(), trade);
    }

    @Override
    public void insertBulk(List<Trade> trades) {
      trades.forEach(t -> insert(t, "", null, ""));
    }

    @Override
    public void postBulk(PositionChanges changes) {}

    /** All or nothing, as in one database transaction. */
    @Override
    public void insertAll(
        List<Trade> trades, String recordedBy, Instant recordedAt, Function<Trade, String> reason) {
      trades.stream()
          .filter(t -> t.execId().equals(refusedExecId))
          .findFirst()
          .ifPresent(
              t -> {
                throw new IllegalStateException("the store refuses " + t.execId());
              });
      TradeStore.super.insertAll(trades, recordedBy, recordedAt, reason);
    }

    @Override
    public void deleteBulk(TradeId first, TradeId last) {
      current.keySet().removeIf(id -> id.value() >= first.value() && id.value() <= last.value());
    }

    @Override
    public void supersede(Trade next, String recordedBy, Instant recordedAt, String reason) {
      assertThat(current.get(next.id()).version() + 1).isEqualTo(next.version());
      current.put(next.id(), next);
    }

    @Override
    public List<TradeVersion> history(TradeId id) {
      return List.of();
    }
  }

  static final class Reports implements DropCopyStore {
    final List<ReceivedReport> all = new ArrayList<>();

    @Override
    public Set<String> knownExecIds(Collection<String> execIds) {
      Set<String> known = new HashSet<>();
      all.forEach(
          r -> {
            if (execIds.contains(r.report().execId())) {
              known.add(r.report().execId());
            }
          });
      return known;
    }

    @Override
    public Optional<TradeId> tradeFor(String execId) {
      return all.stream()
          .filter(r -> r.report().execId().equals(execId) && r.tradeId() != null)
          .map(ReceivedReport::tradeId)
          .findFirst();
    }

    @Override
    public void record(List<ReceivedReport> reports) {
      all.addAll(reports);
    }

    @Override
    public List<RepairItem> repairQueue() {
      return all.stream()
          .filter(r -> r.outcome() == ReportOutcome.REPAIR)
          .map(
              r ->
                  new RepairItem(
                      0,
                      r.report().receivedAt(),
                      r.report().execId(),
                      r.detail(),
                      "OPEN",
                      r.report().raw()))
          .toList();
    }

    @Override
    public boolean resolveRepair(long id, String state, String by, Instant at, String note) {
      throw new UnsupportedOperationException("DropCopyRepairTest covers the repair queue");
    }

    @Override
    public Map<ReportOutcome, Integer> countByOutcome() {
      Map<ReportOutcome, Integer> counts = new EnumMap<>(ReportOutcome.class);
      all.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
      return counts;
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

  static final class RefData implements ReferenceDataStore {
    @Override
    public List<Currency> currencies() {
      return List.of(new Currency(DropCopyTranslatorTest.EUR, "Euro", 2));
    }

    @Override
    public Map<String, HolidayCalendar> calendars() {
      return new HashMap<>(Map.of("TARGET2", DropCopyTranslatorTest.TARGET2));
    }

    @Override
    public List<Strategy> strategies() {
      return List.of();
    }

    @Override
    public List<Book> books() {
      return List.of(DropCopyTranslatorTest.EQ);
    }

    @Override
    public List<Counterparty> counterparties() {
      return List.of(DropCopyTranslatorTest.BROKER);
    }

    @Override
    public List<Instrument> instruments() {
      return List.of(DropCopyTranslatorTest.SAP);
    }

    @Override
    public List<Account> accounts() {
      return List.of(DropCopyTranslatorTest.TRADING);
    }

    @Override
    public List<Ssi> ssis() {
      return List.of();
    }
  }
}
