package com.tickmark.persistence.trade.fix;

import static com.tickmark.persistence.trade.TestTrades.trades;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.fix.ExecutionReport;
import com.tickmark.model.trade.fix.ReceivedReport;
import com.tickmark.model.trade.fix.RepairItem;
import com.tickmark.model.trade.fix.ReportOutcome;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Received FIX execution reports and the repair queue on a real, migrated workspace. */
class DropCopyRepositoryTest extends OnMigratedWorkspace {
  private static final Instant AT = Instant.parse("2025-07-02T14:30:00.654321Z");

  DropCopyRepository store;

  @BeforeEach
  void open() {
    store = new DropCopyRepository(ws.dsl());
    ws.run(() -> new TradeRepository(ws.dsl()).insertBulk(trades(1, 3)));
  }

  /** An execution report as the acceptor receives it (SOH-separated). */
  private static ExecutionReport report(int seq, String execId, String execType, String ref) {
    String raw =
        String.join(
            "\u0001",
            "8=FIX.4.4",
            "35=8",
            "49=NBS",
            "56=TICKMARK",
            "34=" + seq,
            "17=" + execId,
            "150=" + execType,
            "19=" + ref,
            "55=ACME",
            "");
    return ExecutionReport.parse(raw, AT.plusSeconds(seq));
  }

  private static ReceivedReport received(
      int seq, String execId, ReportOutcome outcome, Long tradeId, String detail) {
    return new ReceivedReport(
        report(seq, execId, "F", ""),
        outcome,
        tradeId == null ? null : new TradeId(tradeId),
        tradeId == null ? 0 : 1,
        detail);
  }

  @Test
  void knowsWhichExecIdsItHasReceivedWhateverBecameOfThem() {
    ws.run(
        () ->
            store.record(
                List.of(
                    received(1, "E1", ReportOutcome.CREATED, 1L, "booked"),
                    received(2, "X9", ReportOutcome.REPAIR, null, "unknown instrument NOPE"))));
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      asked.add("NEW-" + i); // more than one IN list's worth
    }
    asked.add("X9");
    asked.add("E1");
    asked.add("E1");

    assertThat(store.knownExecIds(asked)).containsExactlyInAnyOrder("E1", "X9");
    assertThat(store.knownExecIds(List.of())).isEmpty();
  }

  @Test
  void anExecIdLongerThanTheColumnIsKnownByItselfNotByAnotherWithTheSameBeginning() {
    String first = "L".repeat(64) + "-first";
    String second = "L".repeat(64) + "-second";
    ws.run(() -> store.record(List.of(received(1, first, ReportOutcome.REPAIR, null, "too long"))));
    assertThat(store.knownExecIds(List.of(first, second))).containsExactly(first);
    assertThat(store.repairQueue().get(0).execId()).hasSize(64).startsWith("L".repeat(40) + "#");
  }

  @Test
  void findsTheTradeAnExecIdBookedButNotOneItOnlyMentioned() {
    ws.run(
        () ->
            store.record(
                List.of(
                    received(1, "E1", ReportOutcome.CREATED, 1L, "booked"),
                    received(2, "E1", ReportOutcome.DUPLICATE, 1L, "already booked"),
                    received(3, "E2", ReportOutcome.DUPLICATE, 2L, "already booked"),
                    received(4, "X9", ReportOutcome.REPAIR, null, "unknown instrument"))));
    ws.run(
        () ->
            store.record(
                List.of(
                    new ReceivedReport(
                        report(5, "C1", "G", "E1"),
                        ReportOutcome.CORRECTED,
                        new TradeId(1),
                        2,
                        "quantity corrected"))));

    assertThat(store.tradeFor("E1")).contains(new TradeId(1));
    assertThat(store.tradeFor("C1")).contains(new TradeId(1));
    assertThat(store.tradeFor("E2")).as("only a duplicate named it").isEmpty();
    assertThat(store.tradeFor("X9")).isEmpty();
    assertThat(store.tradeFor("nope")).isEmpty();
    assertThat(store.countByOutcome())
        .isEqualTo(
            Map.of(
                ReportOutcome.CREATED, 1,
                ReportOutcome.DUPLICATE, 2,
                ReportOutcome.REPAIR, 1,
                ReportOutcome.CORRECTED, 1));
  }

  @Test
  void reportsThatNeedRepairQueueInArrivalOrderAndAreResolvedOnce() {
    ws.run(
        () ->
            store.record(
                List.of(
                    received(1, "X1", ReportOutcome.REPAIR, null, "unknown instrument NOPE"),
                    received(2, "E1", ReportOutcome.CREATED, 1L, "booked"),
                    received(3, "X2", ReportOutcome.REPAIR, null, "unknown account ZZ"))));

    List<RepairItem> queue = store.repairQueue();
    assertThat(queue)
        .extracting(RepairItem::execId, RepairItem::reason, RepairItem::state)
        .containsExactly(
            tuple("X1", "unknown instrument NOPE", RepairItem.OPEN),
            tuple("X2", "unknown account ZZ", RepairItem.OPEN));
    RepairItem first = queue.get(0);
    assertThat(first.receivedAt()).isEqualTo(AT.plusSeconds(1));
    assertThat(first.readableMessage()).contains("|17=X1|", "|55=ACME|");
    assertThat(store.repairItem(first.id())).contains(first);

    assertThat(store.resolveRepair(first.id(), RepairItem.DISMISSED, "ops", AT, "test message"))
        .isTrue();
    assertThat(store.resolveRepair(first.id(), RepairItem.REPAIRED, "clerk", AT, "again"))
        .as("a second person resolving the same item")
        .isFalse();
    assertThat(store.repairItem(first.id()).orElseThrow().state()).isEqualTo(RepairItem.DISMISSED);
    assertThat(store.repairItem(queue.get(1).id()).orElseThrow().isOpen()).isTrue();
    assertThat(store.repairItem(-1)).isEmpty();
  }
}
