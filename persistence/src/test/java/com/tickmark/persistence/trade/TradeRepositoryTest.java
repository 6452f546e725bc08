package com.tickmark.persistence.trade;

import static com.tickmark.persistence.trade.TestTrades.trade;
import static com.tickmark.persistence.trade.TestTrades.trades;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.tickmark.model.intake.QuarantinedRow;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.imports.ImportRecord;
import com.tickmark.model.trade.imports.QuarantineStatus;
import com.tickmark.model.trade.integrity.TradeDataCheck;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trades on a real, migrated workspace database: capture, versions, bulk loads and their undo. */
class TradeRepositoryTest extends OnMigratedWorkspace {
  private static final Instant T1 = Instant.parse("2025-07-02T14:31:00.250001Z");
  private static final Instant T2 = Instant.parse("2025-07-02T16:00:00Z");
  private static final Instant T3 = Instant.parse("2025-07-03T09:15:00Z");

  TradeRepository trades;

  @BeforeEach
  void open() {
    trades = new TradeRepository(ws.dsl());
  }

  @Test
  void aCapturedTradeReadsBackExactlyWithWhoRecordedItAndWhy() {
    Trade t = trade(1);
    ws.run(() -> trades.insert(t, "clerk", T1, "phone trade"));

    assertThat(trades.find(new TradeId(1))).contains(t);
    assertThat(trades.find(new TradeId(2))).isEmpty();
    assertThat(trades.history(new TradeId(1)))
        .containsExactly(new TradeVersion(t, "clerk", T1, "phone trade"));
  }

  @Test
  void aTradesHistoryListsEveryVersionInOrderWithWhoRecordedEach() {
    Trade v1 = trade(1);
    Trade v2 = v1.nextVersionWithStatus(TradeStatus.CONFIRMED);
    Trade v3 = v2.nextVersionWithStatus(TradeStatus.AFFIRMED);
    ws.run(() -> trades.insert(v1, "clerk", T1, "phone trade"));
    ws.run(() -> trades.supersede(v2, "ops", T2, "confirmed by the broker"));
    ws.run(() -> trades.supersede(v3, "risk", T3, "affirmed"));

    assertThat(trades.history(new TradeId(1)))
        .containsExactly(
            new TradeVersion(v1, "clerk", T1, "phone trade"),
            new TradeVersion(v2, "ops", T2, "confirmed by the broker"),
            new TradeVersion(v3, "risk", T3, "affirmed"));
    assertThat(trades.find(new TradeId(1))).contains(v3);
  }

  @Test
  void refusesAVersionThatDoesNotFollowTheStoredOneAndKeepsTheTradeAsItWas() {
    Trade v1 = trade(1);
    ws.run(() -> trades.insert(v1, "clerk", T1, "phone trade"));
    Trade v3 =
        v1.nextVersionWithStatus(TradeStatus.CONFIRMED).nextVersionWithStatus(TradeStatus.AFFIRMED);

    assertThatThrownBy(() -> ws.run(() -> trades.supersede(v3, "ops", T2, "skips a version")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is at version 1; version 3 cannot follow it");
    assertThatThrownBy(
            () ->
                ws.run(
                    () ->
                        trades.supersede(
                            trade(9).nextVersionWithStatus(TradeStatus.CONFIRMED),
                            "ops",
                            T2,
                            "no such trade")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not exist");
    assertThat(trades.find(new TradeId(1))).contains(v1);
    assertThat(trades.history(new TradeId(1))).hasSize(1);
  }

  @Test
  void tradesCapturedTogetherEachKeepTheirOwnReason() {
    ws.run(
        () ->
            trades.insertAll(
                trades(1, 3), "clerk", T1, t -> "drop copy " + t.execId() + " booked"));

    assertThat(trades.history(new TradeId(2)))
        .containsExactly(new TradeVersion(trade(2), "clerk", T1, "drop copy E2 booked"));
    assertThat(trades.count()).isEqualTo(3);
  }

  /** The settlement status import looks up only the references its files quote. */
  @Test
  void liveTradesAreFoundByTheExecutionIdsAskedForAndCancelledOnesAreNot() {
    ws.run(() -> trades.insertAll(trades(1, 3), "clerk", T1, t -> "file"));
    Trade cancelled = trade(2).nextVersionWithStatus(TradeStatus.CANCELLED);
    ws.run(() -> trades.supersede(cancelled, "ops", T2, "cancelled by the broker"));

    assertThat(trades.liveByExecId(Set.of("E1", "E2", "E3", "E404")))
        .containsOnly(entry("E1", trade(1)), entry("E3", trade(3)));
    assertThat(trades.liveByExecId(Set.of())).isEmpty();
  }

  /**
   * Issue #11, point 8: the demo firm's trades were stored at version 1 in their last status;
   * loaded with their lifecycle, each step is a version with who recorded it, when and why.
   */
  @Test
  void tradesLoadedWithTheirLifecycleKeepEveryStepAsAVersion() {
    Instant failedAt = Instant.parse("2025-07-03T19:05:00Z");
    Trade one = trade(1);
    Trade two = trade(2);
    List<TradeVersion> loaded =
        List.of(
            new TradeVersion(one, "clerk", T1, "FIX drop copy E1"),
            new TradeVersion(two, "clerk", T1, "FIX drop copy E2"),
            new TradeVersion(two.asVersion(2, TradeStatus.CONFIRMED), "clerk", T2, "confirmed"),
            new TradeVersion(two.asVersion(3, TradeStatus.AFFIRMED), "clerk", T3, "affirmed"),
            new TradeVersion(
                two.asVersion(4, TradeStatus.FAILED), "clerk", failedAt, "failed: LACK"));
    ws.run(() -> trades.insertWithHistory(loaded));

    assertThat(trades.history(new TradeId(1))).containsExactly(loaded.get(0));
    assertThat(trades.history(new TradeId(2))).containsExactlyElementsOf(loaded.subList(1, 5));
    assertThat(trades.find(new TradeId(2))).contains(two.asVersion(4, TradeStatus.FAILED));
    assertThat(new BlotterRepository(ws.dsl()).byIds(List.of(new TradeId(1), new TradeId(2))))
        .extracting(t -> t.affirmedAt())
        .as("first affirmed at the AFFIRMED version's time")
        .containsExactly(null, T3);
    assertThat(
            ws.dsl()
                .fetch(
                    "SELECT trade_version, affirmed_at FROM trade_history ORDER BY trade_version")
                .map(r -> r.get(1) != null))
        .as("the history's versions carry it from the AFFIRMED one on")
        .containsExactly(false, false, true);

    List<String> read = new ArrayList<>();
    trades
        .stored()
        .forEachVersion(
            new TradeDataCheck.Visitor() {
              @Override
              public void trade(Trade t, boolean current) {
                read.add(t.id() + " v" + t.version() + (current ? " current" : ""));
              }

              @Override
              public void unreadable(long id, int version, String why) {
                read.add("unreadable " + id);
              }
            });
    assertThat(read)
        .containsExactly(
            "T00000001 v1 current",
            "T00000002 v1",
            "T00000002 v2",
            "T00000002 v3",
            "T00000002 v4 current");
  }

  @Test
  void theNextIdFollowsTheHighestStoredOne() {
    assertThat(trades.nextId()).isEqualTo(new TradeId(1));
    ws.run(() -> trades.insertBulk(List.of(trade(1), trade(2), trade(10))));

    assertThat(trades.nextId()).isEqualTo(new TradeId(11));
    assertThat(trades.maxId()).isEqualTo(10);
  }

  @Test
  void deletingAnIdRangeLeavesTheNeighbouringTrades() {
    ws.run(() -> trades.insertBulk(trades(1, 10)));

    ws.run(() -> trades.deleteBulk(new TradeId(4), new TradeId(7)));

    assertThat(trades.count()).isEqualTo(6);
    assertThat(trades.find(new TradeId(3))).contains(trade(3));
    assertThat(trades.find(new TradeId(8))).contains(trade(8));
    for (long id = 4; id <= 7; id++) {
      assertThat(trades.find(new TradeId(id))).isEmpty();
    }
  }

  @Test
  void aBulkLoadedTradesFirstVersionNamesTheImportThatLoadedIt() {
    TradeImportRepository imports = new TradeImportRepository(ws.dsl());
    ws.run(
        () -> {
          trades.insertBulk(trades(1, 3));
          imports.recordImport(
              new ImportRecord(1, "fills.csv", "ab12", "default", "clerk", T1, 3, 0, 1L, 3L),
              List.of());
        });
    ws.run(
        () ->
            trades.supersede(
                trade(2).nextVersionWithStatus(TradeStatus.CONFIRMED), "ops", T2, "confirmed"));

    assertThat(trades.history(new TradeId(2)))
        .extracting(TradeVersion::recordedBy, TradeVersion::recordedAt, TradeVersion::reason)
        .containsExactly(
            tuple("clerk", T1, "imported from fills.csv (import 1)"),
            tuple("ops", T2, "confirmed"));
  }

  @Test
  void aTradeBookedFromARepairedQuarantinedRowNamesTheRepair() {
    TradeImportRepository imports = new TradeImportRepository(ws.dsl());
    ws.run(
        () ->
            imports.recordImport(
                new ImportRecord(1, "fills.csv", "ab12", "default", "clerk", T1, 0, 1, null, null),
                List.of(
                    new QuarantinedRow(7, "E7,ACME,BUY,-5", "line 7: quantity must be positive"))));
    ws.run(
        () -> {
          trades.insertBulk(List.of(trade(7)));
          imports.resolveQuarantined(
              1, 7, QuarantineStatus.REPAIRED, "ops", T2, "quantity corrected to 5", 7L);
        });

    assertThat(trades.history(new TradeId(7)))
        .containsExactly(new TradeVersion(trade(7), "ops", T2, "quantity corrected to 5"));
  }
}
