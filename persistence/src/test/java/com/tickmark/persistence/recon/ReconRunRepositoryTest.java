package com.tickmark.persistence.recon;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.recon.run.BreakDifference;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.BreakState;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.persistence.workspace.OnMigratedWorkspace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Breaks on the real H2 database after every migration: the queue's read gives back what was kept.
 */
class ReconRunRepositoryTest extends OnMigratedWorkspace {
  static final LocalDate NOV_9 = LocalDate.of(2026, 11, 9);
  static final Instant AT = Instant.parse("2026-11-09T18:05:12.123456Z");

  static ReconBreak made(long id, String recon, LocalDate runDate, List<BreakDifference> diffs) {
    return new ReconBreak(
        id,
        recon,
        runDate,
        diffs.isEmpty() ? BreakKind.MISSING_THEIRS : BreakKind.FIELD_MISMATCH,
        "FIELD_MISMATCH|E" + id + "|GSX_20261109.csv:" + id,
        "E" + id,
        "confirmations/GSX_20261109.csv",
        (int) id + 1,
        "T" + id,
        diffs.isEmpty() ? "" : "confirmations/GSX_20261109.csv:" + (id + 1),
        diffs.isEmpty() ? "" : "price",
        diffs.isEmpty() ? "" : "price: 181.5 → 181.6 (0.1)",
        diffs,
        diffs.isEmpty() ? "" : "execution id",
        new BigDecimal("47193.580000"),
        "USD",
        id % 2 == 0 ? BreakState.OPEN : BreakState.INVESTIGATING,
        id % 2 == 0 ? "" : "clerk",
        "",
        id % 2 == 0 ? "" : "asked the broker",
        3,
        4,
        id % 2 == 0 ? 0 : 1,
        "clerk",
        AT);
  }

  @Test
  void theQueueReadsEveryBreakBackExactlyOldestRunDateFirstThenById() {
    ReconRunRepository repo = new ReconRunRepository(ws.dsl());
    List<BreakDifference> price =
        List.of(
            new BreakDifference("price", "181.5", "181.6", "0.1", false),
            new BreakDifference("net_amount", "47193.58", "47193.59", "0.01", true));
    ReconBreak newest = made(1, "trades-confirmations", NOV_9, price);
    ReconBreak older = made(2, "trades-confirmations", NOV_9.minusDays(1), List.of());
    ReconBreak otherRecon = made(3, "cash-bank", NOV_9.minusDays(1), List.of());
    ReconBreak sameDayAsNewest = made(4, "cash-bank", NOV_9, List.of());
    ws.run(() -> repo.insertBreaks(List.of(newest, older, otherRecon, sameDayAsNewest)));

    List<ReconBreak> all = repo.breaks(Optional.empty());

    assertThat(all).containsExactly(older, otherRecon, newest, sameDayAsNewest);
    assertThat(all.get(2).differences()).containsExactlyElementsOf(price);
    assertThat(all.get(2).amount()).isEqualByComparingTo("47193.58");
    assertThat(repo.breaks(Optional.of("cash-bank"))).containsExactly(otherRecon, sameDayAsNewest);
    assertThat(repo.find(1)).contains(newest);
  }
}
